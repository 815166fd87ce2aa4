#include "offlinecache.h"

#include "contactentity.h"
#include "draftstore.h"

namespace {

const QString kContact = QStringLiteral("contact");
const QString kDefault = QStringLiteral("default");
const QString kMdoList = QStringLiteral("mdolist");

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

void OfflineCache::putContact(const ContactEntity &entity) const
{
    if (m_store)
        m_store->cachePut(m_server, kContact, QString::number(entity.contactId()), entity.json());
}

std::optional<QJsonObject> OfflineCache::contact(int contactId) const
{
    return object(kContact, QString::number(contactId));
}

void OfflineCache::putDefaultContact(const ContactEntity &entity) const
{
    if (m_store)
        m_store->cachePut(m_server, kDefault, kContact, entity.json());
}

std::optional<QJsonObject> OfflineCache::defaultContact() const
{
    return object(kDefault, kContact);
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
