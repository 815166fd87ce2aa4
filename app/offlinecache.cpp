#include "offlinecache.h"

#include "contactentity.h"
#include "draftstore.h"

namespace {

const QString kDefault = QStringLiteral("default");
const QString kMdoList = QStringLiteral("mdolist");
const QString kCustomFields = QStringLiteral("customfields");

} // namespace

OfflineCache::OfflineCache(DraftStore *store, const QString &server)
    : m_store(store && store->isOpen() ? store : nullptr)
    , m_server(server)
{}

std::optional<QJsonObject> OfflineCache::object(const QString &kind, const QString &key) const
{
    if (!m_store)
        return std::nullopt;
    const auto cached = m_store->cacheGet(m_server, kind, key);
    if (!cached || !cached->isObject())
        return std::nullopt;
    return cached->toObject();
}

// Companies keep the keys they had before persons came ("contact", "default"/"contact").
void OfflineCache::put(EntityKind kind, const QJsonObject &entity) const
{
    const int id = entity.value(EntityKinds::idMember(kind)).toInt();
    if (m_store && id > 0)
        m_store->cachePut(m_server, EntityKinds::key(kind), QString::number(id), entity);
}

std::optional<QJsonObject> OfflineCache::entity(EntityKind kind, int id) const
{
    return object(EntityKinds::key(kind), QString::number(id));
}

void OfflineCache::putDefault(EntityKind kind, const QJsonObject &entity) const
{
    if (m_store)
        m_store->cachePut(m_server, kDefault, EntityKinds::key(kind), entity);
}

std::optional<QJsonObject> OfflineCache::defaultEntity(EntityKind kind) const
{
    return object(kDefault, EntityKinds::key(kind));
}

void OfflineCache::putContact(const ContactEntity &entity) const
{
    put(EntityKind::Contact, entity.json());
}

void OfflineCache::putDefaultContact(const ContactEntity &entity) const
{
    putDefault(EntityKind::Contact, entity.json());
}

void OfflineCache::putList(const QString &name, const QJsonArray &items) const
{
    if (m_store)
        m_store->cachePut(m_server, kMdoList, name, items);
}

QJsonObject OfflineCache::lists() const
{
    QJsonObject out;
    if (!m_store)
        return out;
    for (const auto &[name, value] : m_store->cacheAll(m_server, kMdoList))
        out.insert(name, value);
    return out;
}

void OfflineCache::putCustomFieldDefinitions(EntityKind kind, const QJsonObject &definitions) const
{
    if (m_store)
        m_store->cachePut(m_server, kCustomFields, EntityKinds::key(kind), definitions);
}

QJsonObject OfflineCache::customFieldDefinitions(EntityKind kind) const
{
    return object(kCustomFields, EntityKinds::key(kind)).value_or(QJsonObject());
}
