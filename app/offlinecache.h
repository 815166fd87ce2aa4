#pragma once

#include "entitykind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class ContactEntity;
class DraftStore;

// What one connection keeps in the draft store for offline work (companies and persons as last
// received, the default new company and person, the pickers' lists): the one place that knows
// its cache keys.
class OfflineCache
{
public:
    // server: ConnectionProfile::credentialKey. Without a store nothing is kept or found.
    OfflineCache(DraftStore *store, const QString &server);

    // An entity as the server last sent it (its id member says which one).
    void put(EntityKind kind, const QJsonObject &entity) const;
    std::optional<QJsonObject> entity(EntityKind kind, int id) const;
    void putDefault(EntityKind kind, const QJsonObject &entity) const;
    std::optional<QJsonObject> defaultEntity(EntityKind kind) const;

    void putContact(const ContactEntity &entity) const;
    std::optional<QJsonObject> contact(int contactId) const
    {
        return entity(EntityKind::Contact, contactId);
    }
    void putDefaultContact(const ContactEntity &entity) const;
    std::optional<QJsonObject> defaultContact() const { return defaultEntity(EntityKind::Contact); }
    void putList(const QString &name, const QJsonArray &items) const;
    // Every cached list, keyed by name (as MdoListCache::restore takes them).
    QJsonObject lists() const;
    // The tenant's custom-field definitions (CustomFieldDefinitions::snapshot).
    void putCustomFieldDefinitions(EntityKind kind, const QJsonObject &definitions) const;
    QJsonObject customFieldDefinitions(EntityKind kind) const;

private:
    std::optional<QJsonObject> object(const QString &kind, const QString &key) const;

    DraftStore *m_store;
    QString m_server;
};
