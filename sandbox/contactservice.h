#pragma once

#include "sandboxreply.h"
#include "sandboxuser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class ContactStore;
class EnrichmentCatalog;
class EntityFactory;
class ListCatalog;
class RightsPolicy;
class SandboxTexts;

// The Contact agent, REST Contact, MDO lists and the current principal, free of HTTP: each call
// takes the signed-in user and the request language and answers with a reply value. Saves merge
// into the stored record, enforce the announced rights and write in one transaction.
class ContactService
{
public:
    struct Context
    {
        const SandboxUser &user;
        QString language; // "en", "nb" or empty (no translation)
        QString baseUrl;  // "http://127.0.0.1:PORT"
    };

    ContactService(ContactStore &store, const ListCatalog &lists,
                   const EnrichmentCatalog &enrichment, const RightsPolicy &rights,
                   const SandboxTexts &texts, const EntityFactory &factory);

    SandboxReply createDefault(const Context &c) const;
    SandboxReply get(const Context &c, int contactId, const QString &select) const;
    // Agents SaveContactEntity (contactId -1: take it from the body) and REST PUT.
    SandboxReply save(const Context &c, const QJsonObject &body, int contactId = -1);
    SandboxReply validate(const Context &c, const QJsonObject &entity) const;
    SandboxReply enrich(const Context &c, const QJsonObject &entity, const QString &enrichId,
                        const QString &select) const;
    SandboxReply previewEnrich(const Context &c, const QString &enrichId) const;
    SandboxReply duplicates(const Context &c, const QString &name) const;
    SandboxReply principal(const Context &c) const;
    SandboxReply mdoList(const Context &c, const QString &list, const QString &query,
                         const QString &additional) const;
    SandboxReply search(const Context &c, const QString &select, const QString &filter,
                        const QString &top, const QString &skip, const QString &orderBy) const;
    // REST GET/PUT Contact/{id} with Last-Modified, If-Modified-Since and If-Unmodified-Since.
    SandboxReply restGet(const Context &c, int contactId, const QByteArray &ifModifiedSince) const;
    SandboxReply restPut(const Context &c, int contactId, const QJsonObject &body,
                         const QByteArray &ifUnmodifiedSince);

    // Test hook: another user edits a company. Returns the stored entity, or nothing when the id
    // is unknown.
    std::optional<QJsonObject> touch(int contactId, const QJsonObject &members);
    // Empties the store, then adds the demo companies and/or generated ones.
    void reseed(bool demo, int generated);

    SandboxReply notFound(const Context &c, int contactId) const;
    static QString wireDate(const QDateTime &utc);
    static QDateTime dateFromWire(const QString &text); // UTC; invalid for the empty date
    static QByteArray httpDate(const QDateTime &utc);
    static QDateTime dateFromHttp(const QByteArray &text);
    // Name without case, punctuation or legal suffixes (AS, AB, Oy, GmbH, Ltd, ...).
    static QString duplicateKey(const QString &name);

private:
    struct Merge
    {
        QJsonObject entity;
        QStringList problems; // references to unknown list items, wrong member types
    };
    Merge merge(const SandboxUser &user, const QJsonObject &before,
                const QJsonObject &incoming) const;
    void finish(QJsonObject &entity, const QJsonObject &before, int updaterAssociateId, bool isNew);
    QJsonObject present(QJsonObject stored, const Context &c) const;
    static QJsonObject incomingEntity(const QJsonObject &body);
    static void applySelect(QJsonObject &entity, const QString &select);

    ContactStore &m_store;
    const ListCatalog &m_lists;
    const EnrichmentCatalog &m_enrichment;
    const RightsPolicy &m_rights;
    const SandboxTexts &m_texts;
    const EntityFactory &m_factory;
};
