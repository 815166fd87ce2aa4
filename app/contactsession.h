#pragma once

#include "duplicateentry.h"
#include "entitysession.h"

#include <functional>

class ChangeCountryJob;
class CountryLayoutCache;

// One open company: EntitySession's pipeline over the Contact agent, plus what only companies
// have: the duplicate check while a new company's name is typed, an earlier create found by
// name or organisation number, and a change of country with the new country's rules.
class ContactSession : public EntitySession
{
    Q_OBJECT

public:
    explicit ContactSession(WebApiClient *client, QObject *parent = nullptr);
    ~ContactSession() override;

    EntityKind kind() const override { return EntityKind::Contact; }
    int contactId() const { return entityId(); }
    QString displayName() const override;

    void createNew() { startCreate(); }
    // A company not saved yet: asks the server for companies it may duplicate (by name), for
    // possibleDuplicates. Runs beside the other calls.
    void checkForDuplicates();

    // The user chose another country (the picker's Country carrier): asks the server for its
    // rules (ChangeCountry) and applies its Country, the address re-laid keeping every value by
    // part, and the other members it derives, as one undoable step. Offline, while another call
    // runs or when the call fails, the layout last cached for that country is used instead and
    // the change is checked with the server before the next save.
    void changeCountry(const QJsonObject &country);
    // The working country differs from the saved one and no server has confirmed its rules in
    // this session (changed offline, or a draft reopened).
    bool needsCountryCheck() const;

signals:
    // The server has companies that this new one may duplicate.
    void possibleDuplicates(const QList<DuplicateEntry> &matches);
    // A country change was applied; checked: with the server's rules, else the cached ones.
    void countryChanged(bool checked);

protected:
    EntityJob *startGet(int id) override;
    EntityJob *startCreateDefault() override;
    EntityJob *startSave(const QJsonObject &entity) override;
    void findEarlierCreate(const std::function<void(const QList<DuplicateEntry> &)> &done) override;
    QString notice(Notice notice) const override;
    bool checkBeforeSave() override;

private:
    // By name, then by organisation number (a twin shares it even under another name). Only the
    // save pipeline's lookup reports failures, as the save's.
    void findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                        std::function<void(const QList<DuplicateEntry> &)> done);

    CountryLayoutCache layouts() const;
    ChangeCountryJob *startChangeCountry(int toCountryId);
    void changeCountryLocally(const QJsonObject &country);
    void onCountryChecked(ChangeCountryJob *job);
    // Applies a ChangeCountry answer (or one made from the cache) to the working entity as one
    // step; sent is the entity it was made from.
    void applyCountryRules(const QJsonObject &sent, const QJsonObject &answer, const QString &text);

    JobRunner *m_lookup;        // the duplicate check while typing (not busy)
    int m_countryConfirmed = 0; // the country whose rules the server gave in this session
    QString m_checkedDuplicatesFor;
};
