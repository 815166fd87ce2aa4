#pragma once

#include "apijob.h"
#include "contactentity.h"
#include "entitykind.h"
#include "listchanges.h"
#include "personentity.h"

#include <memory>
#include <utility>

// Base of the calls that answer with a ContactEntity or a PersonEntity (get, create default,
// save, enrich).
class EntityJob : public ApiJob
{
    Q_OBJECT

public:
    ~EntityJob() override;

    EntityKind kind() const { return m_kind; }
    const QJsonObject &json() const { return m_entity.json(); }
    ContactEntity entity() const { return m_entity; }
    PersonEntity person() const { return PersonEntity(m_entity.json()); }

    // Before it starts: the list as the document has it now, to be compared with the answer's
    // where the answer is decoded (off the window's thread when it is large).
    void compareList(const JsonPath &list, const QJsonArray &before);
    // That comparison, handed over (empty when the answer was decoded here, or not asked for).
    ListChanges takeListChanges() { return std::exchange(m_listChanges, ListChanges()); }

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
    // Which record the answer must be: an answer for another one than asked for (or with an id
    // no record can have) is refused, so it never reaches the document and is never saved over.
    enum class Expect {
        Exactly,  // the id given (0: a record not saved yet)
        Assigned, // any id of a saved record: the answer to a create
        // The id given when the answer carries one: calls whose $select may leave it out.
        ExactlyIfPresent,
    };
    void expectId(Expect expect, int id = 0)
    {
        m_expect = expect;
        m_expectedId = id;
    }

    bool parseResponse(const QByteArray &body, QString *whyNot) override;
    BackgroundDecoder backgroundDecoder() const override;
    bool adoptDecoded(const QJsonObject &decoded, QString *whyNot) override;

private:
    CarrierSchema::Type schema() const;
    bool accept(const QJsonObject &decoded, QString *whyNot);

    EntityKind m_kind;
    Expect m_expect = Expect::Exactly;
    int m_expectedId = 0;
    ContactEntity m_entity;
    JsonPath m_compared;
    QJsonArray m_before;
    ListChanges m_listChanges;
    // Where the pool thread leaves the comparison for adoptDecoded.
    std::shared_ptr<ListChanges> m_worked;
};
