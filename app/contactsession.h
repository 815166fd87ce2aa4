#pragma once

#include "duplicateentry.h"
#include "entitysession.h"

#include <functional>

// One open company: EntitySession's pipeline over the Contact agent, plus what only companies
// have: the duplicate check while a new company's name is typed, and an earlier create found by
// name or organisation number.
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

signals:
    // The server has companies that this new one may duplicate.
    void possibleDuplicates(const QList<DuplicateEntry> &matches);

protected:
    EntityJob *startGet(int id) override;
    EntityJob *startCreateDefault() override;
    EntityJob *startSave(const QJsonObject &entity) override;
    void findEarlierCreate(
        const std::function<void(const QList<DuplicateEntry> &)> &done) override;
    QString notice(Notice notice) const override;

private:
    // By name, then by organisation number (a twin shares it even under another name). Only the
    // save pipeline's lookup reports failures, as the save's.
    void findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                        std::function<void(const QList<DuplicateEntry> &)> done);

    JobRunner *m_lookup; // the duplicate check while typing (not busy)
    QString m_checkedDuplicatesFor;
};
