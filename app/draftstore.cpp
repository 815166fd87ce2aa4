#include "draftstore.h"

#include "appsettings.h"
#include "carrierlistdecoder.h"
#include "draftcheckpointer.h"
#include "personentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDrafts, "contacteditor.drafts", QtWarningMsg)

namespace {

const QString kApp = QStringLiteral("contact-editor-drafts");
// Writes between checkpoints: about a megabyte of log with companies of ordinary size.
constexpr int kWritesPerCheckpoint = 64;
// SQLite's own checkpoint, inside a commit on this thread, only if the checkpointer falls far
// behind (pages of 4 KiB: 80 MiB).
constexpr int kAutoCheckpointPages = 20000;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray encode(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Runs body's statements as one transaction: all of them, or (on the first error) none.
template <typename Body> QString inTransaction(QSqlDatabase db, Body body)
{
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    if (!body(q)) {
        const QString error = q.lastError().text();
        db.rollback();
        return error;
    }
    return db.commit() ? QString() : db.lastError().text();
}

} // namespace

DraftStore::DraftStore()
    : m_connection(QStringLiteral("drafts-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

DraftStore::~DraftStore()
{
    m_checkpointer.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString DraftStore::defaultPath()
{
    // The folder chosen in the settings dialog, else the user's data folder.
    return AppSettings::draftsPathIn(AppSettings::draftsFolder());
}

bool DraftStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

void DraftStore::wrote()
{
    if (++m_writes % kWritesPerCheckpoint != 0 || m_path.isEmpty())
        return;
    worker()->request();
}

DraftCheckpointer *DraftStore::worker()
{
    if (!m_checkpointer || m_checkpointer->path() != m_path) {
        m_checkpointer = std::make_unique<DraftCheckpointer>(m_path);
        m_pending = 0;
    }
    return m_checkpointer.get();
}

int DraftStore::backgroundWrites() const
{
    return m_pending;
}

bool DraftStore::apply(const Write &write)
{
    // While writes wait on the store's thread, this one queues behind them: never waiting here
    // for their lock, and never overtaking them.
    if (m_pending > 0)
        return post(write);
    const QString error = write(QSqlDatabase::database(m_connection, false));
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    wrote();
    return true;
}

bool DraftStore::post(const Write &write)
{
    DraftCheckpointer *thread = worker();
    ++m_pending;
    thread->post(
        [write](const QString &connection) {
            return write(QSqlDatabase::database(connection, false));
        },
        [this](const QString &error) {
            --m_pending;
            // The draft keeps what was written before: its earlier snapshot and every
            // edit since, so nothing is lost; the log is only longer.
            if (!error.isEmpty())
                fail(error);
            wrote();
        });
    return true;
}

void DraftStore::fail(const QString &what) const
{
    m_error = what;
    qCWarning(lcDrafts).noquote() << what;
}

bool DraftStore::check()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok"))
        return false;
    // An empty file is ours to fill; a database with other tables belongs to someone else.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table'")) ||
        !q.next())
        return false;
    if (q.value(0).toInt() == 0)
        return true;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key='app'")) || !q.next())
        return false;
    return q.value(0).toString() == kApp;
}

bool DraftStore::open(const QString &path, QString *error)
{
    m_path = path;
    m_setAside.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            QSqlDatabase db =
                QSqlDatabase::contains(m_connection)
                    ? QSqlDatabase::database(m_connection, false)
                    : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(path);
            bool ok = db.open();
            if (ok) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA busy_timeout=2000"));
                ok = check();
                // WAL: each edit is one small append, and a killed process loses nothing
                // that was committed.
                ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
                ok = ok && q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
                ok = ok &&
                     q.exec(
                         QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kAutoCheckpointPages));
                ok = ok && initSchema();
            }
            if (ok)
                return true;
            db.close();
        }
        if (attempt == 1)
            break;
        // Not ours or not readable: keep it for the user and start afresh, never empty it.
        const QString aside =
            path + QStringLiteral(".unreadable-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside)) {
            fail(tr("The draft database %1 cannot be read and cannot be moved aside.").arg(path));
            if (error)
                *error = m_error;
            return false;
        }
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
        m_setAside =
            tr("The draft database could not be read. It was kept as %1 and a new one was started.")
                .arg(aside);
        qCWarning(lcDrafts).noquote() << m_setAside;
    }
    fail(tr("The draft database %1 cannot be opened.").arg(path));
    if (error)
        *error = m_error;
    return false;
}

bool DraftStore::initSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("INSERT OR IGNORE INTO meta VALUES ('app', '%1')").arg(kApp),
        QStringLiteral("INSERT OR IGNORE INTO meta VALUES ('schema', '1')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "server TEXT NOT NULL, "
                       "contact_id INTEGER NOT NULL DEFAULT 0, name TEXT, base TEXT, working TEXT, "
                       "undo_index INTEGER "
                       "DEFAULT 0, state TEXT NOT NULL DEFAULT 'editing', message TEXT, created "
                       "TEXT, updated TEXT, "
                       "create_sent INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS drafts_server ON drafts (server, contact_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS draft_ops (seq INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, draft_id INTEGER "
                       "NOT NULL, op TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS draft_ops_draft ON draft_ops (draft_id, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS cache (server TEXT NOT NULL, kind TEXT NOT "
                       "NULL, key TEXT NOT NULL, "
                       "value TEXT, fetched TEXT, PRIMARY KEY (server, kind, key))"),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            fail(q.lastError().text());
            return false;
        }
    }
    // Added after the first schema: older files get the column on open.
    bool hasHistory = false;
    if (q.exec(QStringLiteral("PRAGMA table_info(drafts)"))) {
        while (q.next())
            hasHistory = hasHistory || q.value(1).toString() == QLatin1String("history");
    }
    if (!hasHistory && !q.exec(QStringLiteral("ALTER TABLE drafts ADD COLUMN history TEXT"))) {
        fail(q.lastError().text());
        return false;
    }
    // Persons came after companies: a file from before holds companies only, and contact_id is
    // the id of whichever kind the row is.
    bool hasKind = false;
    if (q.exec(QStringLiteral("PRAGMA table_info(drafts)"))) {
        while (q.next())
            hasKind = hasKind || q.value(1).toString() == QLatin1String("kind");
    }
    if (!hasKind && !q.exec(QStringLiteral(
                        "ALTER TABLE drafts ADD COLUMN kind TEXT NOT NULL DEFAULT 'contact'"))) {
        fail(q.lastError().text());
        return false;
    }
    return true;
}

bool DraftStore::writeHistory(qint64 id, const QJsonObject &history)
{
    const QByteArray bytes = history.isEmpty() ? QByteArray() : encode(history);
    return apply([=](QSqlDatabase db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE drafts SET history=? WHERE id=?"));
        q.addBindValue(bytes);
        q.addBindValue(id);
        return q.exec() ? QString() : q.lastError().text();
    });
}

QString DraftStore::nameOf(EntityKind kind, const QJsonObject &working)
{
    if (kind == EntityKind::Contact)
        return working.value(QLatin1String("Name")).toString();
    return PersonEntity(working).displayName();
}

qint64 DraftStore::create(const QString &server, const QJsonObject &base,
                          const QJsonObject &working, EntityKind kind)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO drafts (server, kind, contact_id, name, base, working, "
                             "state, created, updated) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'editing', ?, ?)"));
    const QString stamp = now();
    // A very large entity just opened gets its row here with a stub of itself (its id and name)
    // and its content from the store's thread, where encoding tens of megabytes belongs. Should
    // the program stop in between, the stub reopens unchanged and is dropped: nothing of the
    // user's was in it yet.
    const QString idMember = EntityKinds::idMember(kind);
    const bool huge = BackgroundRelease::isLarge(working) && base == working;
    QJsonObject stub;
    if (huge) {
        stub.insert(idMember, working.value(idMember));
        for (const char *member : {"Name", "Firstname", "Lastname"}) {
            if (working.contains(QLatin1String(member)))
                stub.insert(QLatin1String(member), working.value(QLatin1String(member)));
        }
    }
    q.addBindValue(server);
    q.addBindValue(EntityKinds::key(kind));
    q.addBindValue(working.value(idMember).toInt());
    q.addBindValue(nameOf(kind, working));
    q.addBindValue(encode(huge ? stub : base));
    q.addBindValue(encode(huge ? stub : working));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec()) {
        fail(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    wrote();
    if (huge)
        writeSnapshot(id, base, working, 0);
    return id;
}

bool DraftStore::record(qint64 id, const EntityEdit &edit, int undoIndex)
{
    const QByteArray op = encode(edit.toJson());
    const bool renames = edit.kind == EntityEdit::Kind::SetMember && edit.path.size() == 1 &&
                         edit.path.at(0).key == QLatin1String("Name");
    const QString name = renames ? edit.after.toString() : QString();
    const QString stamp = now();
    return apply([=](QSqlDatabase db) {
        return inTransaction(db, [&](QSqlQuery &q) {
            q.prepare(QStringLiteral("INSERT INTO draft_ops (draft_id, op) VALUES (?, ?)"));
            q.addBindValue(id);
            q.addBindValue(op);
            if (!q.exec())
                return false;
            q.prepare(
                renames
                    ? QStringLiteral("UPDATE drafts SET undo_index=?, updated=?, name=? WHERE id=?")
                    : QStringLiteral("UPDATE drafts SET undo_index=?, updated=? WHERE id=?"));
            q.addBindValue(undoIndex);
            q.addBindValue(stamp);
            if (renames)
                q.addBindValue(name);
            q.addBindValue(id);
            return q.exec();
        });
    });
}

bool DraftStore::writeSnapshot(qint64 id, const QJsonObject &base, const QJsonObject &working,
                               int undoIndex)
{
    const QString stamp = now();
    // The objects are shared, not copied: encoded where the write runs. Every edit recorded
    // before this snapshot was asked for is in it, and every later one is written after it
    // (writes run in order), so the whole log of the draft goes.
    const auto write = [=](QSqlDatabase db) {
        const QByteArray baseBytes = encode(base);
        const QByteArray workingBytes = encode(working);
        return inTransaction(db, [&](QSqlQuery &q) {
            // The kind decides which members name the draft and carry its id. Read where the
            // write runs: on the window's thread this read waited for the store's thread to
            // finish a large write (15 ms and more).
            q.prepare(QStringLiteral("SELECT kind FROM drafts WHERE id=?"));
            q.addBindValue(id);
            if (!q.exec())
                return false;
            const EntityKind kind =
                q.next() ? EntityKinds::fromKey(q.value(0).toString()) : EntityKind::Contact;
            q.prepare(QStringLiteral("UPDATE drafts SET base=?, working=?, undo_index=?, name=?, "
                                     "contact_id=?, updated=? WHERE id=?"));
            q.addBindValue(baseBytes);
            q.addBindValue(workingBytes);
            q.addBindValue(undoIndex);
            q.addBindValue(nameOf(kind, working));
            q.addBindValue(working.value(EntityKinds::idMember(kind)).toInt());
            q.addBindValue(stamp);
            q.addBindValue(id);
            if (!q.exec())
                return false;
            q.prepare(QStringLiteral("DELETE FROM draft_ops WHERE draft_id=?"));
            q.addBindValue(id);
            return q.exec();
        });
    };
    if (BackgroundRelease::isLarge(working))
        return post(write);
    return apply(write);
}

bool DraftStore::setState(qint64 id, Draft::State state, const QString &message)
{
    const QString stamp = now();
    return apply([=](QSqlDatabase db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE drafts SET state=?, message=?, updated=? WHERE id=?"));
        q.addBindValue(Draft::stateName(state));
        q.addBindValue(message);
        q.addBindValue(stamp);
        q.addBindValue(id);
        return q.exec() ? QString() : q.lastError().text();
    });
}

bool DraftStore::setCreateSent(qint64 id, bool sent)
{
    return apply([=](QSqlDatabase db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE drafts SET create_sent=? WHERE id=?"));
        q.addBindValue(sent ? 1 : 0);
        q.addBindValue(id);
        return q.exec() ? QString() : q.lastError().text();
    });
}

bool DraftStore::remove(qint64 id)
{
    return apply([=](QSqlDatabase db) {
        return inTransaction(db, [&](QSqlQuery &q) {
            q.prepare(QStringLiteral("DELETE FROM draft_ops WHERE draft_id=?"));
            q.addBindValue(id);
            if (!q.exec())
                return false;
            q.prepare(QStringLiteral("DELETE FROM drafts WHERE id=?"));
            q.addBindValue(id);
            return q.exec();
        });
    });
}

StoredDraft DraftStore::readStored(const QSqlQuery &q) const
{
    StoredDraft stored;
    Draft &d = stored.fields;
    d.id = q.value(0).toLongLong();
    d.server = q.value(1).toString();
    d.entityId = q.value(2).toInt();
    d.kind = EntityKinds::fromKey(q.value(13).toString());
    d.name = q.value(3).toString();
    d.undoIndex = q.value(6).toInt();
    d.state = Draft::stateFromName(q.value(7).toString());
    d.message = q.value(8).toString();
    d.created = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    d.updated = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    d.createSent = q.value(11).toInt() != 0;
    d.history = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
    stored.base = q.value(4).toByteArray();
    stored.working = q.value(5).toByteArray();
    QSqlQuery ops(QSqlDatabase::database(m_connection, false));
    ops.prepare(QStringLiteral("SELECT op FROM draft_ops WHERE draft_id=? ORDER BY seq"));
    ops.addBindValue(d.id);
    ops.exec();
    while (ops.next())
        stored.operations.append(ops.value(0).toByteArray());
    return stored;
}

Draft DraftStore::read(StoredDraft stored)
{
    Draft d = std::move(stored.fields);
    // Written by this program in canonical form: parse only, no member-name walk. A company's
    // persons are read one by one, and the working copy shares the ones its base has unchanged.
    QString whyNot;
    auto parse = [&whyNot, &d](const QByteArray &bytes,
                               const QJsonObject &like) -> std::optional<QJsonObject> {
        if (d.kind == EntityKind::Contact) {
            if (auto object = CarrierListDecoder::decode(bytes, QLatin1String("Persons"), like))
                return object;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            whyNot =
                error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object");
            return std::nullopt;
        }
        return doc.object();
    };
    const auto base = parse(stored.base, QJsonObject());
    auto working = base ? parse(stored.working, *base) : std::nullopt;
    if (!base || !working) {
        d.state = Draft::State::Unreadable;
        d.message = tr("This draft cannot be read (%1). It is kept unchanged.").arg(whyNot);
        return d;
    }
    d.base = *base;
    int applied = 0;
    int broken = 0;
    for (const QByteArray &op : std::as_const(stored.operations)) {
        const auto edit = EntityEdit::fromJson(QJsonDocument::fromJson(op).object());
        if (edit && edit->applyTo(*working))
            ++applied;
        else
            ++broken;
    }
    d.working = *working;
    d.brokenOperations = broken;
    d.replayedOperations = applied;
    if (broken > 0) {
        d.message =
            tr("%n edit(s) of this draft could not be read and were left out.", nullptr, broken);
        if (d.state == Draft::State::Editing)
            d.state = Draft::State::Failed;
    }
    return d;
}

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, server, contact_id, name, base, working, undo_index, state, "
                   "message, created, updated, create_sent, history, kind FROM drafts ");
}

std::optional<Draft> DraftStore::draft(qint64 id) const
{
    std::optional<StoredDraft> found = stored(id);
    if (!found)
        return std::nullopt;
    return read(std::move(*found));
}

std::optional<StoredDraft> DraftStore::stored(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(kSelect + QStringLiteral("WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readStored(q);
}

QList<Draft> DraftStore::drafts(const QString &server) const
{
    QList<Draft> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(kSelect + QStringLiteral("WHERE server=? ORDER BY id"));
    q.addBindValue(server);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(readRow(q));
    return out;
}

QList<qint64> DraftStore::draftIds(const QString &server) const
{
    QList<qint64> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM drafts WHERE server=? ORDER BY id"));
    q.addBindValue(server);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

QList<DraftSummary> DraftStore::summaries(const QString &server) const
{
    QList<DraftSummary> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // Both copies are written by this program in one canonical form, so equal text is an
    // unchanged entity; SQLite compares them without anything being parsed.
    q.prepare(QStringLiteral(
        "SELECT id, kind, contact_id, name, state, message, updated, create_sent, "
        "base IS NOT working OR EXISTS (SELECT 1 FROM draft_ops o WHERE o.draft_id = d.id) "
        "FROM drafts d WHERE server=? ORDER BY id"));
    q.addBindValue(server);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) {
        DraftSummary s;
        s.id = q.value(0).toLongLong();
        s.kind = EntityKinds::fromKey(q.value(1).toString());
        s.entityId = q.value(2).toInt();
        s.name = q.value(3).toString();
        s.state = Draft::stateFromName(q.value(4).toString());
        s.message = q.value(5).toString();
        s.updated = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        s.createSent = q.value(7).toInt() != 0;
        s.changed = q.value(8).toInt() != 0;
        out.append(s);
    }
    return out;
}

std::optional<Draft> DraftStore::draftFor(const QString &server, EntityKind kind,
                                          int entityId) const
{
    if (entityId <= 0)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(kSelect + QStringLiteral(
                            "WHERE server=? AND kind=? AND contact_id=? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(server);
    q.addBindValue(EntityKinds::key(kind));
    q.addBindValue(entityId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

int DraftStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM drafts")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool DraftStore::cachePut(const QString &server, const QString &kind, const QString &key,
                          const QJsonValue &value)
{
    const QString stamp = now();
    const auto write = [=](QSqlDatabase db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO cache (server, kind, key, value, fetched) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(server);
        q.addBindValue(kind);
        q.addBindValue(key);
        q.addBindValue(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        q.addBindValue(stamp);
        return q.exec() ? QString() : q.lastError().text();
    };
    // A very large company's offline copy is encoded and written on the store's thread.
    if (BackgroundRelease::isLarge(value.toObject()))
        return post(write);
    return apply(write);
}

std::optional<QJsonValue> DraftStore::cacheGet(const QString &server, const QString &kind,
                                               const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM cache WHERE server=? AND kind=? AND key=?"));
    q.addBindValue(server);
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray bytes = q.value(0).toByteArray();
    // A company's offline copy reads its persons one by one, as the codec does from the server.
    if (kind == EntityKinds::key(EntityKind::Contact) && bytes.startsWith('[') &&
        bytes.endsWith(']')) {
        const QByteArray inside = QByteArray::fromRawData(bytes.constData() + 1, bytes.size() - 2);
        if (auto object = CarrierListDecoder::decode(inside, QLatin1String("Persons")))
            return QJsonValue(*object);
    }
    const QJsonArray wrapped = QJsonDocument::fromJson(bytes).array();
    if (wrapped.isEmpty())
        return std::nullopt;
    return wrapped.at(0);
}

QList<std::pair<QString, QJsonValue>> DraftStore::cacheAll(const QString &server,
                                                           const QString &kind) const
{
    QList<std::pair<QString, QJsonValue>> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT key, value FROM cache WHERE server=? AND kind=? ORDER BY fetched DESC"));
    q.addBindValue(server);
    q.addBindValue(kind);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QJsonArray wrapped = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
        if (!wrapped.isEmpty())
            out.append({q.value(0).toString(), wrapped.at(0)});
    }
    return out;
}

int DraftStore::clearCache()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("DELETE FROM cache"))) {
        fail(q.lastError().text());
        return -1;
    }
    return q.numRowsAffected();
}
