#pragma once

#include "backgroundrelease.h"
#include "draft.h"
#include "draftsummary.h"
#include "entityedit.h"
#include "storeddraft.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlDatabase>

class DraftCheckpointer;

// Drafts on disk (SQLite, WAL): every open or edited company or person with its base, its working
// copy and its state, written through on every edit so a crash or a kill loses nothing, plus a
// cache of companies, lists and defaults for working offline. No secret is ever stored here.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    DraftStore();
    ~DraftStore();
    DraftStore(const DraftStore &) = delete;
    DraftStore &operator=(const DraftStore &) = delete;

    // The default file in the user's data directory.
    static QString defaultPath();
    // Opens (or creates) the store. A file that is not a readable draft database is renamed
    // aside and a fresh one started; setAsideMessage() then says where it went.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString setAsideMessage() const { return m_setAside; }

    // Drafts.
    qint64 create(const QString &server, const QJsonObject &base, const QJsonObject &working,
                  EntityKind kind = EntityKind::Contact);
    // Write-through of one edit (a transaction of its own).
    bool record(qint64 id, const EntityEdit &edit, int undoIndex);
    // Replace base and working (after a save, a merge, or to compact the operation log). A very
    // large entity (BackgroundPersons persons or more) is encoded and written on the store's own
    // thread, in order with its other writes there; edits recorded meanwhile stay in the log.
    static constexpr int BackgroundPersons = BackgroundRelease::kPersons;
    bool writeSnapshot(qint64 id, const QJsonObject &base, const QJsonObject &working,
                       int undoIndex);
    bool writeHistory(qint64 id, const QJsonObject &history);
    bool setState(qint64 id, Draft::State state, const QString &message = QString());
    bool setCreateSent(qint64 id, bool sent);
    bool remove(qint64 id);
    std::optional<Draft> draft(qint64 id) const;
    std::optional<StoredDraft> stored(qint64 id) const;
    // Reads a stored draft's JSON and replays its edits. Touches no database: any thread.
    static Draft read(StoredDraft stored);
    // Every draft for a server, oldest first (the outbox order).
    QList<Draft> drafts(const QString &server) const;
    // Only their ids, same order: cheap, for loading them one by one.
    QList<qint64> draftIds(const QString &server) const;
    // Every draft for a server as lists show it, same order, without reading or replaying any
    // entity: one query, fast with a thousand drafts.
    QList<DraftSummary> summaries(const QString &server) const;
    std::optional<Draft> draftFor(const QString &server, EntityKind kind, int entityId) const;
    std::optional<Draft> draftForContact(const QString &server, int contactId) const
    {
        return draftFor(server, EntityKind::Contact, contactId);
    }
    // What a draft is called in lists: the company's name, or the person's name parts.
    static QString nameOf(EntityKind kind, const QJsonObject &working);
    int count() const;

    // The offline cache: a JSON value per (server, kind, key).
    bool cachePut(const QString &server, const QString &kind, const QString &key,
                  const QJsonValue &value);
    std::optional<QJsonValue> cacheGet(const QString &server, const QString &kind,
                                       const QString &key) const;
    QList<std::pair<QString, QJsonValue>> cacheAll(const QString &server,
                                                   const QString &kind) const;
    // Empties the cache for every server (lists, definitions, companies kept for offline
    // work); drafts and the outbox stay. The number of entries removed, -1 on failure.
    int clearCache();

    QString lastError() const { return m_error; }
    // The write-ahead log is copied back into the database off this thread (null until the
    // first copy is due).
    const DraftCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    // Snapshots still being written on the store's thread (tests; a closing window may wait).
    int backgroundWrites() const;

private:
    // Counts a write; every so many, a checkpoint on the checkpointer's thread.
    void wrote();
    DraftCheckpointer *worker();
    // A write (an error text, empty when it worked): run here, or queued on the store's thread.
    using Write = std::function<QString(QSqlDatabase db)>;
    bool apply(const Write &write);
    bool post(const Write &write);
    bool initSchema();
    bool check();
    void fail(const QString &what) const;
    Draft readRow(const class QSqlQuery &query) const { return read(readStored(query)); }
    StoredDraft readStored(const class QSqlQuery &query) const;

    QString m_connection;
    QString m_path;
    QString m_setAside;
    std::unique_ptr<DraftCheckpointer> m_checkpointer;
    int m_writes = 0;
    // Writes queued on the store's thread and not done yet; while there are any, every write
    // goes there after them.
    int m_pending = 0;
    mutable QString m_error;
};
