#pragma once

#include "entitysession.h"

// One open person: EntitySession's pipeline over the Person agent. A new person belongs to the
// company it was added to, and before it is created (and again after a create whose answer never
// came) that company's persons are searched for one of the same name.
class PersonSession : public EntitySession
{
    Q_OBJECT

public:
    explicit PersonSession(WebApiClient *client, QObject *parent = nullptr);

    EntityKind kind() const override { return EntityKind::Person; }
    int personId() const { return entityId(); }
    // The company the person belongs to (as the document says once open).
    int contactId() const;
    QString displayName() const override;

    // A new person at the company: company is its light Contact carrier ({ContactId, Name, ...})
    // or a whole ContactEntity, whose identifying members are taken.
    void createNew(const QJsonObject &company);

    // The light Contact carrier a person's Contact member holds, made from a company.
    static QJsonObject companyReference(const QJsonObject &company);

protected:
    EntityJob *startGet(int id) override;
    EntityJob *startCreateDefault() override;
    EntityJob *startSave(const QJsonObject &entity) override;
    QJsonObject prepareNew(const QJsonObject &entity) const override;
    void findEarlierCreate(
        const std::function<void(const QList<DuplicateEntry> &)> &done) override;
    QString notice(Notice notice) const override;
    bool checksBeforeCreate() const override { return true; }

private:
    QJsonObject m_company;
};
