#include "connectivitymonitor.h"
#include "contactsearchjob.h"
#include "contactsession.h"
#include "draftstore.h"
#include "getcontactentityjob.h"
#include "outbox.h"
#include "persontablemodel.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Open, save, offline and the outbox, merging with the server's changes, and creates that must
// not happen twice: a session against contact-sandbox with real drafts on disk.
class TestContactSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openEditSaveClearsDraft();
    void reopenRestoresDraftExactly();
    void offlineEditGoesToOutboxAndOutIsSaved();
    void serverOnlyChangeIsMergedBeforeSaving();
    void conflictingChangeAsksAndResolves();
    void conflictResolvedWithServerValue();
    void outboxWithOneFailingEntry();
    void timedOutCreateIsNotDuplicated();
    void timedOutCreateFoundByOrgNr();
    void createDroppedAfterWriteIsNotSentAgain();
    void openOfflineFromCache();
    void killedDuringSaveLosesNothing();
    void neverSavedIntoAnotherConnection();
    void outboxSurvivesRepeatsAndClosedCompanies();
    void aLargeCompanysPersonsAreComparedWhereTheAnswerIsDecoded();

private:
    ContactSession *session();
    bool waitOpen(ContactSession *s);
    bool waitSaved(ContactSession *s);
    ContactEntity serverCopy(int id);
    int countNamed(const QString &name);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    WebApiClient *m_client = nullptr;
    ConnectivityMonitor *m_monitor = nullptr;
    QString m_server;
};

void TestContactSession::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestContactSession::init()
{
    m_sandbox.reset();
    m_sandbox.clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("d.sqlite"))));
    m_client = new WebApiClient;
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    m_client->setProfile(p);
    m_client->setSecret(QStringLiteral("demo"));
    m_client->setTimeout(4000);
    m_monitor = new ConnectivityMonitor(m_client, m_client);
    m_monitor->setProbeInterval(200);
    m_server = p.credentialKey();
}

void TestContactSession::cleanup()
{
    delete m_client;
    m_store.reset();
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.restart());
}

ContactSession *TestContactSession::session()
{
    auto *s = new ContactSession(m_client, m_client);
    s->setDraftStore(m_store.get(), m_server);
    s->setConnectivity(m_monitor);
    return s;
}

bool TestContactSession::waitOpen(ContactSession *s)
{
    if (s->document())
        return true;
    QSignalSpy spy(s, &ContactSession::documentReady);
    return spy.wait(10000);
}

bool TestContactSession::waitSaved(ContactSession *s)
{
    QSignalSpy spy(s, &ContactSession::saved);
    return spy.wait(10000);
}

ContactEntity TestContactSession::serverCopy(int id)
{
    GetContactEntityJob *job = m_client->getContactEntity(id);
    QSignalSpy spy(job, &ApiJob::finished);
    spy.wait(10000);
    return job->entity();
}

int TestContactSession::countNamed(const QString &name)
{
    ContactSearchJob *job = m_client->searchContacts(name, 50);
    QSignalSpy spy(job, &ApiJob::finished);
    spy.wait(10000);
    int n = 0;
    for (const auto &row : job->rows())
        n += row.name == name;
    return n;
}

void TestContactSession::openEditSaveClearsDraft()
{
    ContactSession *s = session();
    s->open(1);
    QVERIFY(waitOpen(s));
    QCOMPARE(m_store->drafts(m_server).size(), 1);
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Saved dept"));
    QVERIFY(m_store->drafts(m_server).first().isModified());
    QVERIFY(s->save().isEmpty());
    QVERIFY(waitSaved(s));
    QCOMPARE(serverCopy(1).department(), QStringLiteral("Saved dept"));
    // Confirmed by the server: the draft holds nothing unsent, and its base is the server's
    // version (written by the recorder as the document took it).
    QVERIFY(!m_store->drafts(m_server).first().isModified());
    QCOMPARE(m_store->drafts(m_server).first().base, serverCopy(1).json());
    s->closeDraft(false);
    QCOMPARE(m_store->drafts(m_server).size(), 0);
}

void TestContactSession::reopenRestoresDraftExactly()
{
    QJsonObject working;
    {
        ContactSession *s = session();
        s->open(2);
        QVERIFY(waitOpen(s));
        s->document()->setValue(JsonPath("Name"), QStringLiteral("Unsaved name"));
        s->document()->removeElement(JsonPath("Phones"), 0);
        working = s->document()->working();
        delete s; // the process could have died here
    }
    ContactSession *again = session();
    again->open(2);
    QVERIFY(waitOpen(again)); // from the draft, not the server
    QCOMPARE(again->document()->working(), working);
    QVERIFY(again->document()->isModified());
    QCOMPARE(again->document()->base().json(), serverCopy(2).json());
}

void TestContactSession::offlineEditGoesToOutboxAndOutIsSaved()
{
    ContactSession *s = session();
    s->open(3);
    QVERIFY(waitOpen(s));
    m_sandbox.stop();
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Written offline"));
    QSignalSpy queued(s, &ContactSession::queued);
    QVERIFY(s->save().isEmpty());
    QVERIFY(queued.wait(10000));
    QCOMPARE(s->draftState(), Draft::State::Queued);
    QVERIFY(!m_monitor->isOnline());
    QCOMPARE(m_store->drafts(m_server).first().state, Draft::State::Queued);
    // Saving again while offline queues at once, without a request.
    QVERIFY(s->save().isEmpty());
    QCOMPARE(s->draftState(), Draft::State::Queued);

    QVERIFY(m_sandbox.restart());
    QSignalSpy online(m_monitor, &ConnectivityMonitor::onlineChanged);
    QVERIFY(online.wait(10000));
    QVERIFY(m_monitor->isOnline());
    Outbox outbox;
    QSignalSpy done(&outbox, &Outbox::finished);
    outbox.send({s});
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toInt(), 1);
    QCOMPARE(serverCopy(3).department(), QStringLiteral("Written offline"));
    QCOMPARE(s->draftState(), Draft::State::Editing);
}

void TestContactSession::serverOnlyChangeIsMergedBeforeSaving()
{
    ContactSession *s = session();
    s->open(4);
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Mine"));
    m_sandbox.touchContact(4, QJsonObject{{QStringLiteral("Number2"), QStringLiteral("Theirs")}});
    QSignalSpy merged(s, &ContactSession::mergedFromServer);
    QVERIFY(s->save().isEmpty());
    QVERIFY(waitSaved(s));
    QCOMPARE(merged.count(), 1);
    const ContactEntity server = serverCopy(4);
    QCOMPARE(server.department(), QStringLiteral("Mine"));
    QCOMPARE(server.number2(), QStringLiteral("Theirs")); // not overwritten with the old value
}

void TestContactSession::conflictingChangeAsksAndResolves()
{
    ContactSession *s = session();
    s->open(5);
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Mine"));
    m_sandbox.touchContact(5,
                           QJsonObject{{QStringLiteral("Department"), QStringLiteral("Theirs")}});
    QSignalSpy conflicts(s, &ContactSession::conflictsFound);
    QVERIFY(s->save().isEmpty());
    QVERIFY(conflicts.wait(10000));
    QCOMPARE(s->draftState(), Draft::State::Conflict);
    QCOMPARE(s->pendingMerge().conflicts.size(), 1);
    QCOMPARE(s->pendingMerge().conflicts.first().theirsText, QStringLiteral("Theirs"));
    // Nothing was saved while the user decides.
    QCOMPARE(serverCopy(5).department(), QStringLiteral("Theirs"));
    s->resolveConflicts({true});
    QVERIFY(waitSaved(s));
    QCOMPARE(serverCopy(5).department(), QStringLiteral("Mine"));
}

void TestContactSession::conflictResolvedWithServerValue()
{
    ContactSession *s = session();
    s->open(6);
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Mine"));
    s->document()->setValue(JsonPath("Number1"), QStringLiteral("Mine too"));
    m_sandbox.touchContact(6,
                           QJsonObject{{QStringLiteral("Department"), QStringLiteral("Theirs")}});
    QSignalSpy conflicts(s, &ContactSession::conflictsFound);
    s->save();
    QVERIFY(conflicts.wait(10000));
    s->resolveConflicts({false});
    QVERIFY(waitSaved(s));
    const ContactEntity server = serverCopy(6);
    QCOMPARE(server.department(), QStringLiteral("Theirs"));
    QCOMPARE(server.number1(), QStringLiteral("Mine too"));
}

void TestContactSession::outboxWithOneFailingEntry()
{
    QList<ContactSession *> sessions;
    for (int id : {7, 8, 9}) {
        ContactSession *s = session();
        s->open(id);
        QVERIFY(waitOpen(s));
        s->document()->setValue(JsonPath("Department"), QStringLiteral("Outbox %1").arg(id));
        sessions.append(s);
    }
    // The middle one breaks a rule the server enforces (a string longer than its FieldLength).
    sessions.at(1)->document()->setValue(JsonPath("Number1"), QString(300, QLatin1Char('9')));
    Outbox outbox;
    QSignalSpy done(&outbox, &Outbox::finished);
    QSignalSpy progress(&outbox, &Outbox::progress);
    outbox.send(sessions);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(0).toInt(), 2);
    QCOMPARE(done.first().at(1).toInt(), 1);
    QVERIFY(progress.count() >= 3);
    QCOMPARE(serverCopy(7).department(), QStringLiteral("Outbox 7"));
    QCOMPARE(serverCopy(9).department(), QStringLiteral("Outbox 9"));
    QCOMPARE(sessions.at(1)->draftState(), Draft::State::Failed);
    QVERIFY(!sessions.at(1)->draftMessage().isEmpty());
    QVERIFY(serverCopy(8).department() != QStringLiteral("Outbox 8"));
    // The failed one keeps its edits.
    QCOMPARE(sessions.at(1)->document()->entity().department(), QStringLiteral("Outbox 8"));
}

void TestContactSession::timedOutCreateIsNotDuplicated()
{
    const QString name = QStringLiteral("Tidsavbrudd Testfirma AS");
    ContactSession *s = session();
    s->createNew();
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Name"), name);
    s->document()->setValue(
        JsonPath("Category"),
        QJsonObject{{QStringLiteral("Id"), 1}, {QStringLiteral("Value"), QStringLiteral("x")}});
    s->document()->setValue(
        JsonPath("Business"),
        QJsonObject{{QStringLiteral("Id"), 1}, {QStringLiteral("Value"), QStringLiteral("x")}});
    // The server creates it but answers too late.
    m_client->setTimeout(500);
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("SaveContactEntity")},
                    {QStringLiteral("kind"), QStringLiteral("delay")},
                    {QStringLiteral("ms"), 1500}}));
    QSignalSpy queued(s, &ContactSession::queued);
    s->save();
    QVERIFY(queued.wait(10000));
    QTest::qWait(1500); // let the slow create land on the server
    QCOMPARE(countNamed(name), 1);
    m_client->setTimeout(4000);
    m_monitor->setOnline(true);
    QSignalSpy earlier(s, &ContactSession::earlierCreateFound);
    QSignalSpy chosen(s, &ContactSession::existingChosen);
    s->save();
    QVERIFY(earlier.wait(10000));
    const QList<DuplicateEntry> matches = earlier.first().first().value<QList<DuplicateEntry>>();
    QVERIFY(!matches.isEmpty());
    s->resolveEarlierCreate(matches.first().contactId());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(countNamed(name), 1); // not created twice
}

void TestContactSession::createDroppedAfterWriteIsNotSentAgain()
{
    // The server creates the company, then the connection drops before any answer. Qt's HTTP
    // layer sends a request again by itself when a kept-alive connection closes under it: a
    // second create. The editor must not let it; the next save asks first.
    const QString name = QStringLiteral("Avbrutt Forbindelse AS");
    ContactSession *s = session();
    s->open(1); // a kept-alive connection to the server, as in real use
    QVERIFY(waitOpen(s));
    ContactSession *fresh = session();
    fresh->createNew();
    QVERIFY(waitOpen(fresh));
    fresh->document()->setValue(JsonPath("Name"), name);
    const QJsonObject item{{QStringLiteral("Id"), 1},
                           {QStringLiteral("Value"), QStringLiteral("x")}};
    fresh->document()->setValue(JsonPath("Category"), item);
    fresh->document()->setValue(JsonPath("Business"), item);
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("SaveContactEntity")},
                    {QStringLiteral("kind"), QStringLiteral("dropafterwrite")}}));
    m_sandbox.clearRequests();
    QSignalSpy saved(fresh, &ContactSession::saved);
    QSignalSpy queued(fresh, &ContactSession::queued);
    QSignalSpy failed(fresh, &ContactSession::failed);
    fresh->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + queued.count() + failed.count() > 0, 15000);
    QCOMPARE(saved.count(), 0);
    int creates = 0;
    for (const QJsonValue &r : m_sandbox.requests())
        creates += r.toObject()
                       .value(QLatin1String("path"))
                       .toString()
                       .contains(QLatin1String("SaveContactEntity"));
    QCOMPARE(creates, 1);
    QCOMPARE(countNamed(name), 1);
    QVERIFY(fresh->document()->isNew()); // unknown outcome: not taken as saved
}

void TestContactSession::timedOutCreateFoundByOrgNr()
{
    ContactSession *s = session();
    s->createNew();
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Name"), QStringLiteral("Kvitfjell Kraft AS"));
    s->document()->setValue(JsonPath("OrgNr"), QStringLiteral("998877001"));
    s->document()->setValue(
        JsonPath("Category"),
        QJsonObject{{QStringLiteral("Id"), 1}, {QStringLiteral("Value"), QStringLiteral("x")}});
    s->document()->setValue(
        JsonPath("Business"),
        QJsonObject{{QStringLiteral("Id"), 1}, {QStringLiteral("Value"), QStringLiteral("x")}});
    m_client->setTimeout(500);
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("SaveContactEntity")},
                    {QStringLiteral("kind"), QStringLiteral("delay")},
                    {QStringLiteral("ms"), 1500}}));
    QSignalSpy queued(s, &ContactSession::queued);
    s->save();
    QVERIFY(queued.wait(10000));
    QTest::qWait(1500);
    m_client->setTimeout(4000);
    m_monitor->setOnline(true);
    // Renamed meanwhile: the name no longer finds it, the organisation number does.
    s->document()->setValue(JsonPath("Name"), QStringLiteral("Nordisk Vannkraft Holding"));
    QSignalSpy earlier(s, &ContactSession::earlierCreateFound);
    s->save();
    QVERIFY(earlier.wait(10000));
    const QList<DuplicateEntry> matches = earlier.first().first().value<QList<DuplicateEntry>>();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().name(), QStringLiteral("Kvitfjell Kraft AS"));
}

void TestContactSession::openOfflineFromCache()
{
    {
        ContactSession *s = session();
        s->open(10);
        QVERIFY(waitOpen(s));
        s->closeDraft(false);
    }
    m_sandbox.stop();
    m_monitor->setOnline(false);
    ContactSession *s = session();
    s->open(10);
    QVERIFY(waitOpen(s));
    QCOMPARE(s->document()->entity().contactId(), 10);
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Offline edit"));
    QCOMPARE(
        m_store->drafts(m_server).first().working.value(QLatin1String("Department")).toString(),
        QStringLiteral("Offline edit"));
}

void TestContactSession::aLargeCompanysPersonsAreComparedWhereTheAnswerIsDecoded()
{
    constexpr int kMany = 1000; // an answer well over ApiJob::BackgroundDecodeFrom
    QJsonArray records;
    for (int i = 0; i < kMany; ++i)
        records.append(QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Kari%1").arg(i)},
                                   {QStringLiteral("lastname"), QStringLiteral("Nordmann")}});
    QVERIFY(m_sandbox.addPersons(2, records) >= kMany);
    ContactSession *s = session();
    s->open(2);
    QVERIFY(waitOpen(s));
    EntityDocument *document = s->document();
    const int count = int(document->entity().persons().size());
    QVERIFY(count >= kMany);
    PersonTableModel model(document);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // The persons list the document had, and whether what came with the answer was worked out
    // for exactly that list and the answer's.
    QJsonArray before;
    bool known = false;
    connect(document, &EntityDocument::aboutToReset, this,
            [&] { before = document->working().value(QLatin1String("Persons")).toArray(); });
    connect(document, &EntityDocument::reset, this, [&] {
        known = document->knownChanges().isFor(
            JsonPath("Persons"), before,
            document->working().value(QLatin1String("Persons")).toArray());
    });
    document->setValue(JsonPath("Department"), QStringLiteral("Many persons"));
    QVERIFY(s->save().isEmpty());
    QVERIFY(waitSaved(s));
    QVERIFY(known);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(serverCopy(2).department(), QStringLiteral("Many persons"));
    QCOMPARE(document->entity().department(), QStringLiteral("Many persons"));
    QVERIFY(!document->isModified());
}

QTEST_GUILESS_MAIN(TestContactSession)
#include "tst_contactsession.moc"

void TestContactSession::killedDuringSaveLosesNothing()
{
    // A helper process opens company 11, edits it and starts a save the server holds back; it
    // is killed with SIGKILL while the save is in flight. The draft must still hold the edit,
    // and a new session saves it.
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("SaveContactEntity")},
                    {QStringLiteral("kind"), QStringLiteral("delay")},
                    {QStringLiteral("ms"), 5000}}));
    const QString db = m_dir->filePath(QStringLiteral("killed.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(CE_BINARY_DIR "/tests/app/draftwriter"),
                 {QStringLiteral("--save"), db, m_sandbox.baseUrl().toString()});
    QVERIFY(writer.waitForStarted());
    QByteArray out;
    while (!out.contains("saving") && writer.waitForReadyRead(10000))
        out += writer.readAllStandardOutput();
    QVERIFY2(out.contains("saving"), out.constData());
    QTest::qWait(300); // the request is on the wire
    writer.kill();
    QVERIFY(writer.waitForFinished());
    m_sandbox.clearFaults();

    DraftStore store;
    QVERIFY(store.open(db));
    ConnectionProfile p = m_client->profile();
    const QList<Draft> drafts = store.drafts(p.credentialKey());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().working.value(QLatin1String("Department")).toString(),
             QStringLiteral("Edited before the kill"));
    auto *s = new ContactSession(m_client, m_client);
    s->setDraftStore(&store, p.credentialKey());
    s->openDraft(drafts.first());
    QVERIFY(s->document());
    QVERIFY(s->save().isEmpty());
    QVERIFY(waitSaved(s));
    QCOMPARE(serverCopy(11).department(), QStringLiteral("Edited before the kill"));
    delete s;
}

void TestContactSession::neverSavedIntoAnotherConnection()
{
    ContactSession *s = session();
    s->open(12);
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Department"), QStringLiteral("Tenant A's edit"));
    // The window signs in as someone else (another tenant, another user).
    ConnectionProfile other = m_client->profile();
    other.setUserName(QStringLiteral("restricted"));
    m_client->setProfile(other);
    m_client->setSecret(QStringLiteral("restricted"));
    QSignalSpy failed(s, &ContactSession::failed);
    QVERIFY(s->save().isEmpty());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind(), ApiError::Kind::WrongServer);
    QVERIFY(serverCopy(12).department() != QStringLiteral("Tenant A's edit"));
    QVERIFY(s->document()->isModified()); // kept
}

void TestContactSession::outboxSurvivesRepeatsAndClosedCompanies()
{
    ContactSession *a = session();
    ContactSession *b = session();
    a->open(13);
    b->open(14);
    QVERIFY(waitOpen(a) && waitOpen(b));
    a->document()->setValue(JsonPath("Department"), QStringLiteral("A"));
    b->document()->setValue(JsonPath("Department"), QStringLiteral("B"));
    QVERIFY(
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("GetContactEntity")},
                                       {QStringLiteral("kind"), QStringLiteral("delay")},
                                       {QStringLiteral("ms"), 400},
                                       {QStringLiteral("times"), 2}}));
    Outbox outbox;
    QSignalSpy done(&outbox, &Outbox::finished);
    outbox.send({a, b});
    outbox.send({a}); // asked again while on its way: once only
    delete b;         // closed while on its way
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toInt(), 1);
    QCOMPARE(done.first().at(1).toInt(), 1);
    QVERIFY(!outbox.isRunning());
    QCOMPARE(serverCopy(13).department(), QStringLiteral("A"));
}
