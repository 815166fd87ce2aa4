#pragma once

#include "apijob.h"
#include "contactentity.h"
#include "entitykind.h"
#include "personentity.h"

// Base of the calls that answer with a ContactEntity or a PersonEntity (get, create default,
// save, enrich).
class EntityJob : public ApiJob
{
    Q_OBJECT

public:
    EntityKind kind() const { return m_kind; }
    const QJsonObject &json() const { return m_entity.json(); }
    ContactEntity entity() const { return m_entity; }
    PersonEntity person() const { return PersonEntity(m_entity.json()); }

protected:
    EntityJob(WebApiClient *client, Method method, const QString &relativePath,
              EntityKind kind = EntityKind::Contact)
        : ApiJob(client, method, relativePath)
        , m_kind(kind)
    {}
    EntityJob(WebApiClient *client, Method method, const QString &relativePath,
              const QByteArray &body)
        : ApiJob(client, method, relativePath, body)
        , m_kind(EntityKind::Contact)
    {}
    bool parseResponse(const QByteArray &body, QString *whyNot) override;
    BackgroundDecoder backgroundDecoder() const override;
    void adoptDecoded(const QJsonObject &decoded) override;

private:
    CarrierSchema::Type schema() const;

    EntityKind m_kind;
    ContactEntity m_entity;
};
