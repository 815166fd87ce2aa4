#include "contactsession.h"
#include "draftcheckpointer.h"
#include "draftrecorder.h"
#include "draftstore.h"
#include "entitydocument.h"
#include "personentity.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The draft store: write-through of every edit, reopening, bad databases, killed writers.
class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editsAreWrittenThroughAndReplayed();
    void snapshotCompactsTheLog();
    void statesAndOrder();
    void cacheRoundTrip();
    void corruptDatabaseIsSetAside();
    void foreignDatabaseIsSetAside();
    void unreadableDraftIsKeptAndReported();
    void killedWriterLosesNothing();
    void noSecretsInTheDatabase();
    void draftReopensWithItsUndoSteps();
    void previousVersionsLogStillReplays();
    void personDraftsAreTheirOwnKind();
    void fileFromBeforePersonsOpens();
    void theLogIsCopiedBackOffTheWritingThread();
    void aHugeCompanysSnapshotIsWrittenOffTheWindowThread();
    void aHugeDraftReadsIntoAboutOneCompany();
    void aHugeCompanysOfflineCopyReadsPersonByPerson();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("drafts.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QJsonObject m_entity = TestData::object(QStringLiteral("contact-real.json"));
    const QString m_server = QStringLiteral("demo@http://127.0.0.1:1");
};

namespace {

// Persons as the server sends them: each with its rights.
QJsonArray personsWithRights(int count)
{
    QJsonArray persons;
    for (int i = 0; i < count; ++i) {
        persons.append(QJsonObject{
            {QStringLiteral("TableRight"),
             QJsonObject{{QStringLiteral("Mask"), QStringLiteral("FULL")},
                         {QStringLiteral("Reason"), QString()}}},
            {QStringLiteral("FieldProperties"),
             QJsonObject{
                 {QStringLiteral("Firstname"),
                  QJsonObject{{QStringLiteral("FieldRight"),
                               QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Update")},
                                           {QStringLiteral("Reason"), QString()}}},
                              {QStringLiteral("FieldType"), QStringLiteral("System.String")},
                              {QStringLiteral("FieldLength"), 50}}}}},
            {QStringLiteral("PersonId"), i + 1},
            {QStringLiteral("Firstname"), QStringLiteral("Kari %1").arg(i)},
            {QStringLiteral("Lastname"), QStringLiteral("Nordmann")}});
    }
    return persons;
}

// What parsing these bytes whole keeps on the heap.
qint64 heapOfWholeParse(const QByteArray &bytes)
{
    const qint64 before = TestData::heapInUse();
    const QJsonDocument whole = QJsonDocument::fromJson(bytes);
    return TestData::heapInUse() - before;
}

} // namespace

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestDraftStore::editsAreWrittenThroughAndReplayed()
{
    QJsonObject expected;
    qint64 id = 0;
    {
        DraftStore store;
        QVERIFY(store.open(dbPath()));
        EntityDocument doc{ContactEntity(m_entity)};
        id = store.create(m_server, m_entity, m_entity);
        QVERIFY(id > 0);
        DraftRecorder recorder(&store, &doc, id);
        doc.setValue(JsonPath("Name"), QStringLiteral("Renamed"));
        doc.insertElement(JsonPath("Phones"), 0,
                          QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 1")}});
        doc.moveElement(JsonPath("Phones"), 0, 2);
        doc.removeElement(JsonPath("Emails"), 0);
        doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")),
                     QStringLiteral("x"));
        doc.undoStack()->undo(); // the undo is an edit too
        doc.setValue(JsonPath("Brandnew"), 1);
        doc.undoStack()->undo(); // removes a member
        expected = doc.working();
        QVERIFY(!recorder.hasFailed());
    }
    // A new store instance (a new run) sees exactly the working entity.
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const auto draft = store.draft(id);
    QVERIFY(draft);
    QCOMPARE(draft->working, expected);
    QCOMPARE(draft->base, m_entity);
    QCOMPARE(draft->name, QStringLiteral("Renamed"));
    QCOMPARE(draft->entityId, 42);
    QCOMPARE(draft->kind, EntityKind::Contact);
    QCOMPARE(draft->state, Draft::State::Editing);
    QVERIFY(draft->isModified());
    QCOMPARE(store.draftForContact(m_server, 42)->id, id);
    QVERIFY(!store.draftForContact(QStringLiteral("other@server"), 42));
}

void TestDraftStore::snapshotCompactsTheLog()
{
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.create(m_server, m_entity, m_entity);
    EntityDocument doc{ContactEntity(m_entity)};
    DraftRecorder recorder(&store, &doc, id);
    for (int i = 0; i < DraftRecorder::CompactAfter + 10; ++i)
        doc.setValue(JsonPath("Department"), QStringLiteral("D%1").arg(i));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM draft_ops")) && q.next());
    QVERIFY2(q.value(0).toInt() < 20, "the log was not compacted");
    q.finish();
    db.close();
    QCOMPARE(store.draft(id)->working, doc.working());
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestDraftStore::statesAndOrder()
{
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 a = store.create(m_server, m_entity, m_entity);
    const qint64 b = store.create(m_server, QJsonObject{{QStringLiteral("ContactId"), 0}},
                                  QJsonObject{{QStringLiteral("ContactId"), 0}});
    QVERIFY(store.setState(a, Draft::State::Failed, QStringLiteral("The server refused it")));
    QVERIFY(store.setState(b, Draft::State::Queued));
    QVERIFY(store.setCreateSent(b, true));
    const QList<Draft> all = store.drafts(m_server);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, a); // oldest first: the outbox order
    QCOMPARE(all.at(0).state, Draft::State::Failed);
    QCOMPARE(all.at(0).message, QStringLiteral("The server refused it"));
    QCOMPARE(all.at(1).state, Draft::State::Queued);
    QVERIFY(all.at(1).createSent);
    QVERIFY(store.remove(a));
    QCOMPARE(store.count(), 1);
}

void TestDraftStore::cacheRoundTrip()
{
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.cachePut(m_server, QStringLiteral("contact"), QStringLiteral("42"), m_entity));
    QVERIFY(store.cachePut(m_server, QStringLiteral("mdolist"), QStringLiteral("category"),
                           QJsonArray{1, 2}));
    QCOMPARE(store.cacheGet(m_server, QStringLiteral("contact"), QStringLiteral("42"))->toObject(),
             m_entity);
    QCOMPARE(store.cacheGet(m_server, QStringLiteral("mdolist"), QStringLiteral("category"))
                 ->toArray()
                 .size(),
             2);
    QVERIFY(!store.cacheGet(m_server, QStringLiteral("contact"), QStringLiteral("43")));
    QVERIFY(!store.cacheGet(QStringLiteral("x"), QStringLiteral("contact"), QStringLiteral("42")));
    QCOMPARE(store.cacheAll(m_server, QStringLiteral("mdolist")).size(), 1);
}

void TestDraftStore::corruptDatabaseIsSetAside()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, '\x5a'));
    f.close();
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(!store.setAsideMessage().isEmpty());
    QCOMPARE(store.count(), 0);
    // The bad file is kept, byte for byte, next to the new one.
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("drafts.sqlite.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, '\x5a'));
    QVERIFY(store.setAsideMessage().contains(aside.first()));
    QVERIFY(store.create(m_server, m_entity, m_entity) > 0);
}

void TestDraftStore::foreignDatabaseIsSetAside()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER, data BLOB)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO photos VALUES (1, 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(!store.setAsideMessage().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("drafts.sqlite.unreadable-*")}).size(),
             1);
}

void TestDraftStore::unreadableDraftIsKeptAndReported()
{
    qint64 id = 0;
    {
        DraftStore store;
        QVERIFY(store.open(dbPath()));
        id = store.create(m_server, m_entity, m_entity);
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE drafts SET working='{\"Name\": \"trunc' WHERE id=%1").arg(id)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("break"));
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.setAsideMessage().isEmpty());
    const QList<Draft> all = store.drafts(m_server);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().state, Draft::State::Unreadable);
    QVERIFY(!all.first().message.isEmpty());
    // Still there on the next read: reading does not delete it.
    QCOMPARE(store.count(), 1);
    // Nor does closing its tab: only the user's Discard removes it.
    ContactSession session(nullptr);
    session.setDraftStore(&store, m_server);
    session.openDraft(all.first());
    QVERIFY(!session.document());
    session.closeDraft(false);
    QCOMPARE(store.count(), 1);
    // The user's Discard removes it, though there is no document to look at.
    session.closeDraft(true);
    QCOMPARE(store.count(), 0);
}

void TestDraftStore::killedWriterLosesNothing()
{
    // A helper process edits as fast as it can and reports each committed edit; it is killed
    // with SIGKILL in the middle. Every edit it reported must be there.
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(CE_BINARY_DIR "/tests/app/draftwriter"),
                 {dbPath(), TestData::path(QStringLiteral("contact-real.json"))});
    QVERIFY(writer.waitForStarted());
    int reported = -1;
    QByteArray buffer;
    while (reported < 150 && writer.waitForReadyRead(10000)) {
        buffer += writer.readAllStandardOutput();
        const QList<QByteArray> lines = buffer.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("edit "))
                reported = qMax(reported, line.mid(5).toInt());
        }
    }
    QVERIFY2(reported >= 150, "the writer did not report its edits");
    writer.kill(); // SIGKILL
    QVERIFY(writer.waitForFinished());
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.setAsideMessage().isEmpty());
    const QList<Draft> drafts = store.drafts(QStringLiteral("writer@test"));
    QCOMPARE(drafts.size(), 1);
    const int stored =
        drafts.first().working.value(QLatin1String("Department")).toString().mid(5).toInt();
    QVERIFY2(stored >= reported,
             qPrintable(QStringLiteral("reported %1, stored %2").arg(reported).arg(stored)));
    QCOMPARE(drafts.first().working.value(QLatin1String("Phones")).toArray().size(),
             2 + stored / 10 + 1);
}

void TestDraftStore::noSecretsInTheDatabase()
{
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    store.create(m_server, m_entity, m_entity);
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll() + [&] {
        QFile wal(dbPath() + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    // The server key names the user and the server, never a password or token.
    QVERIFY(bytes.contains("demo@http://127.0.0.1:1"));
    for (const char *secret : {"Basic ", "Bearer ", "SOTICKET", "password"})
        QVERIFY2(!bytes.contains(secret), secret);
}

void TestDraftStore::draftReopensWithItsUndoSteps()
{
    qint64 id = 0;
    QJsonObject working;
    {
        DraftStore store;
        QVERIFY(store.open(dbPath()));
        EntityDocument doc{ContactEntity(m_entity)};
        id = store.create(m_server, m_entity, m_entity);
        DraftRecorder recorder(&store, &doc, id);
        doc.setValue(JsonPath("Name"), QStringLiteral("First"));
        doc.setValue(JsonPath("Name"), QStringLiteral("First step")); // typing, merged
        doc.breakMerge();
        doc.removeElement(JsonPath("Phones"), 1);
        doc.setValue(JsonPath("Department"), QStringLiteral("Third"));
        doc.undoStack()->undo(); // redo ahead
        working = doc.working();
    }
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const auto draft = store.draft(id);
    QVERIFY(draft && !draft->history.isEmpty());
    ContactSession session(nullptr);
    session.setDraftStore(&store, m_server);
    session.openDraft(*draft);
    EntityDocument *doc = session.document();
    QVERIFY(doc);
    QCOMPARE(doc->working(), working);
    QCOMPARE(doc->undoStack()->count(), 3);
    QCOMPARE(doc->undoStack()->index(), 2);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Remove Phone"));
    QVERIFY(doc->undoStack()->canRedo());
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->working(), m_entity);
    QVERIFY(!doc->isModified());
    doc->undoStack()->redo();
    QCOMPARE(doc->entity().name(), QStringLiteral("First step"));
}

// Edits as the previous version logged them (one value "v", "remove" for a member) still make
// the draft's working entity on disks that were written before the update.
void TestDraftStore::previousVersionsLogStillReplays()
{
    qint64 id = 0;
    {
        DraftStore store;
        QVERIFY(store.open(dbPath()));
        id = store.create(m_server, m_entity, m_entity);
        QVERIFY(id > 0);
    }
    const QJsonObject phone{{QStringLiteral("Value"), QStringLiteral("+47 9")}};
    const QString custom = JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")).toString();
    const QList<QJsonObject> old{
        QJsonObject{{"k", "set"}, {"p", "Name"}, {"v", "Old format"}},
        QJsonObject{{"k", "insert"}, {"p", "Phones"}, {"v", phone}, {"f", 0}},
        QJsonObject{{"k", "move"}, {"p", "Phones"}, {"f", 0}, {"t", 1}},
        QJsonObject{{"k", "removeElement"}, {"p", "Emails"}, {"f", 0}},
        QJsonObject{{"k", "set"}, {"p", "Brandnew"}, {"v", 1}},
        QJsonObject{{"k", "remove"}, {"p", "Brandnew"}},
        QJsonObject{{"k", "set"}, {"p", custom}, {"v", "x"}},
        QJsonObject{{"k", "remove"}, {"p", "Department"}},
    };
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QJsonObject &op : old) {
            q.prepare(QStringLiteral("INSERT INTO draft_ops (draft_id, op) VALUES (?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QJsonDocument(op).toJson(QJsonDocument::Compact));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));

    QJsonObject expected = m_entity;
    expected.insert(QStringLiteral("Name"), QStringLiteral("Old format"));
    QJsonArray phones = expected.value(QLatin1String("Phones")).toArray();
    phones.insert(1, phone);
    expected.insert(QStringLiteral("Phones"), phones);
    QJsonArray emails = expected.value(QLatin1String("Emails")).toArray();
    emails.removeFirst();
    expected.insert(QStringLiteral("Emails"), emails);
    JsonPath("CustomFields")
        .key(QStringLiteral("SuperOffice:1"))
        .set(expected, QStringLiteral("x"));
    expected.remove(QStringLiteral("Department"));

    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const auto draft = store.draft(id);
    QVERIFY(draft);
    QCOMPARE(draft->brokenOperations, 0);
    QCOMPARE(draft->state, Draft::State::Editing);
    QCOMPARE(draft->working, expected);
}

void TestDraftStore::personDraftsAreTheirOwnKind()
{
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QJsonObject person = TestData::object(QStringLiteral("person-real.json"));
    QCOMPARE(person.value(QLatin1String("PersonId")).toInt(), 210);
    QJsonObject company = m_entity;
    company.insert(QStringLiteral("ContactId"), 210); // the same id as the person
    const qint64 companyDraft = store.create(m_server, company, company);
    const qint64 personDraft = store.create(m_server, person, person, EntityKind::Person);
    QCOMPARE(store.draftFor(m_server, EntityKind::Person, 210)->id, personDraft);
    QCOMPARE(store.draftForContact(m_server, 210)->id, companyDraft);
    const auto draft = store.draft(personDraft);
    QCOMPARE(draft->kind, EntityKind::Person);
    QCOMPARE(draft->entityId, 210);
    // A person's draft is named by its name parts (it has no Name member).
    QCOMPARE(draft->name, PersonEntity(person).displayName());
    QVERIFY(!draft->name.isEmpty());
    person.insert(QStringLiteral("Firstname"), QStringLiteral("Renamed"));
    QVERIFY(store.writeSnapshot(personDraft, draft->base, person, 0));
    QVERIFY(store.draft(personDraft)->name.startsWith(QLatin1String("Renamed")));
}

void TestDraftStore::fileFromBeforePersonsOpens()
{
    // A draft database as the version before persons wrote it: no kind column.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
              "INSERT INTO meta VALUES ('app', 'contact-editor-drafts')",
              "INSERT INTO meta VALUES ('schema', '1')",
              "CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, server TEXT NOT NULL, "
              "contact_id INTEGER NOT NULL DEFAULT 0, name TEXT, base TEXT, working TEXT, "
              "undo_index INTEGER DEFAULT 0, state TEXT NOT NULL DEFAULT 'editing', message TEXT, "
              "created TEXT, updated TEXT, create_sent INTEGER NOT NULL DEFAULT 0, history TEXT)",
              "CREATE TABLE draft_ops (seq INTEGER PRIMARY KEY AUTOINCREMENT, draft_id INTEGER "
              "NOT NULL, op TEXT NOT NULL)",
              "CREATE TABLE cache (server TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, "
              "value TEXT, fetched TEXT, PRIMARY KEY (server, kind, key))"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO drafts (server, contact_id, name, base, working) "
                                 "VALUES (?, 42, 'Old', ?, ?)"));
        const QByteArray json = QJsonDocument(m_entity).toJson(QJsonDocument::Compact);
        q.addBindValue(m_server);
        q.addBindValue(json);
        q.addBindValue(json);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.setAsideMessage().isEmpty());
    const auto draft = store.draftForContact(m_server, 42);
    QVERIFY(draft);
    QCOMPARE(draft->kind, EntityKind::Contact);
    QCOMPARE(draft->working, m_entity);
    QVERIFY(!store.draftFor(m_server, EntityKind::Person, 42));
}

void TestDraftStore::theLogIsCopiedBackOffTheWritingThread()
{
    QList<qint64> ids;
    {
        DraftStore store;
        QVERIFY(store.open(dbPath()));
        // SQLite's own checkpoint would run inside one of these commits, on this thread.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
        QCOMPARE(store.checkpointer(), nullptr);
        for (int i = 0; i < 200; ++i) {
            QJsonObject working = m_entity;
            working.insert(QStringLiteral("Department"), QStringLiteral("Edit %1").arg(i));
            ids.append(store.create(m_server, m_entity, working));
        }
        QVERIFY(store.checkpointer());
        QTRY_VERIFY(store.checkpointer()->completed() >= 1);
        QVERIFY(store.checkpointer()->ranElsewhere());
        q = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }
    // Nothing was lost on the way into the database.
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QCOMPARE(store.draftIds(m_server), ids);
    QCOMPARE(store.draft(ids.last())->working.value(QLatin1String("Department")).toString(),
             QStringLiteral("Edit 199"));
}

void TestDraftStore::aHugeCompanysSnapshotIsWrittenOffTheWindowThread()
{
    QJsonArray persons;
    for (int i = 0; i < DraftStore::BackgroundPersons; ++i)
        persons.append(
            QJsonObject{{QStringLiteral("PersonId"), i + 1},
                        {QStringLiteral("Firstname"), QStringLiteral("Kari %1").arg(i)}});
    QJsonObject huge = m_entity;
    huge.insert(QStringLiteral("Persons"), persons);
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.create(m_server, m_entity, m_entity);
    QJsonObject saved = huge;
    saved.insert(QStringLiteral("Name"), QStringLiteral("Saved on the server"));
    // Returns before the snapshot is written: the window goes on.
    QVERIFY(store.writeSnapshot(id, saved, saved, 0));
    QCOMPARE(store.backgroundWrites(), 1);
    // The user types on at once: that edit is recorded now and must survive the snapshot.
    EntityEdit edit;
    edit.kind = EntityEdit::Kind::SetMember;
    edit.path = JsonPath("Department");
    edit.before = saved.value(QLatin1String("Department"));
    edit.after = QStringLiteral("Typed while it was written");
    QVERIFY(store.record(id, edit, 1));
    QTRY_COMPARE(store.backgroundWrites(), 0);
    QVERIFY(store.checkpointer()->ranElsewhere() || store.checkpointer()->completed() == 0);
    const std::optional<Draft> draft = store.draft(id);
    QVERIFY(draft);
    QCOMPARE(draft->base, saved);
    QCOMPARE(draft->working.value(QLatin1String("Name")).toString(),
             QStringLiteral("Saved on the server"));
    QCOMPARE(draft->working.value(QLatin1String("Department")).toString(),
             QStringLiteral("Typed while it was written"));
    QCOMPARE(draft->working.value(QLatin1String("Persons")).toArray().size(),
             DraftStore::BackgroundPersons);
    QCOMPARE(draft->replayedOperations, 1);

    // A huge company just opened: its row at once, its content from the store's thread.
    const qint64 opened = store.create(m_server, huge, huge);
    QVERIFY(opened > 0);
    QCOMPARE(store.backgroundWrites(), 1);
    QTRY_COMPARE(store.backgroundWrites(), 0);
    QCOMPARE(store.draft(opened)->working, huge);
    QCOMPARE(store.draft(opened)->base, huge);

    // Closing the store right after a huge write finishes it first: nothing queued is dropped.
    QJsonObject later = saved;
    later.insert(QStringLiteral("Name"), QStringLiteral("Written while closing"));
    {
        DraftStore closing;
        QVERIFY(closing.open(dbPath()));
        QVERIFY(closing.writeSnapshot(id, later, later, 0));
        QVERIFY(closing.setState(id, Draft::State::Queued));
    }
    DraftStore reopened;
    QVERIFY(reopened.open(dbPath()));
    QCOMPARE(reopened.draft(id)->working.value(QLatin1String("Name")).toString(),
             QStringLiteral("Written while closing"));
    QCOMPARE(reopened.draft(id)->state, Draft::State::Queued);
}

void TestDraftStore::aHugeDraftReadsIntoAboutOneCompany()
{
    QJsonObject base = m_entity;
    base.insert(QStringLiteral("Persons"), personsWithRights(3000));
    QJsonObject working = base;
    working.insert(QStringLiteral("Name"), QStringLiteral("Edited"));
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.create(m_server, base, working);
    QTRY_COMPARE(store.backgroundWrites(), 0);
    QVERIFY(store.draft(id)); // SQLite's page cache fills on the first read
    const qint64 before = TestData::heapInUse();
    const std::optional<Draft> draft = store.draft(id);
    const qint64 read = TestData::heapInUse() - before;
    QVERIFY(draft);
    QCOMPARE(draft->base, base);
    QCOMPARE(draft->working, working);
    // Against one copy parsed whole: the base read person by person and a working copy that
    // shares the persons it did not change take less than half of it together.
    const qint64 oneCopy = heapOfWholeParse(QJsonDocument(base).toJson(QJsonDocument::Compact));
    qInfo("draft read %lld bytes, one copy parsed whole %lld", read, oneCopy);
    QVERIFY2(read * 2 < oneCopy, qPrintable(QString::number(read)));
}

void TestDraftStore::aHugeCompanysOfflineCopyReadsPersonByPerson()
{
    QJsonObject huge = m_entity;
    huge.insert(QStringLiteral("Persons"), personsWithRights(3000));
    DraftStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.cachePut(m_server, QStringLiteral("contact"), QStringLiteral("42"), huge));
    QTRY_COMPARE(store.backgroundWrites(), 0);
    QVERIFY(store.cacheGet(m_server, QStringLiteral("contact"), QStringLiteral("42")));
    const qint64 before = TestData::heapInUse();
    const auto cached = store.cacheGet(m_server, QStringLiteral("contact"), QStringLiteral("42"));
    const qint64 read = TestData::heapInUse() - before;
    QVERIFY(cached);
    QCOMPARE(cached->toObject(), huge);
    const qint64 whole = heapOfWholeParse(QJsonDocument(huge).toJson(QJsonDocument::Compact));
    qInfo("offline copy read %lld bytes, parsed whole %lld", read, whole);
    QVERIFY2(read * 10 < whole * 6, qPrintable(QString::number(read)));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
