#include "connectivitymonitor.h"
#include "draftstore.h"
#include "getcontactentityjob.h"
#include "getpersonentityjob.h"
#include "outbox.h"
#include "personsession.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// A person through the company's machinery: open, edit and save through the Person agent; new
// persons online and offline; drafts that survive a crash; merging with the server's changes;
// the rights of the person's card; no second create after a timed-out one. Against
// contact-sandbox with real drafts on disk.
class TestPersonSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openEditSaveShowsInCompany();
    void newPersonBelongsToCompany();
    void newPersonOfflineIsSentLater();
    void sameNameAtCompanyIsAskedFirst();
    void timedOutCreateIsNotDuplicated();
    void reopenRestoresDraftExactly();
    void serverChangesAreMergedAndConflictsAsked();
    void restrictedUserMustGiveFirstName();

private:
    void signInAs(const QString &user);
    PersonSession *session();
    bool waitOpen(EntitySession *s);
    bool waitSaved(EntitySession *s);
    ContactEntity company(int id);
    PersonEntity serverCopy(int personId);
    QJsonObject listed(int contactId, int personId);
    int countNamed(int contactId, const QString &first, const QString &last);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    WebApiClient *m_client = nullptr;
    ConnectivityMonitor *m_monitor = nullptr;
    QString m_server;
};

void TestPersonSession::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestPersonSession::init()
{
    m_sandbox.reset();
    m_sandbox.clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("d.sqlite"))));
    m_client = new WebApiClient;
    m_client->setTimeout(4000);
    signInAs(QStringLiteral("demo"));
    m_monitor = new ConnectivityMonitor(m_client, m_client);
    m_monitor->setProbeInterval(200);
}

void TestPersonSession::signInAs(const QString &user)
{
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(user);
    m_client->setProfile(p);
    m_client->setSecret(user);
    m_server = p.credentialKey();
}

void TestPersonSession::cleanup()
{
    delete m_client;
    m_store.reset();
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.restart());
}

PersonSession *TestPersonSession::session()
{
    auto *s = new PersonSession(m_client, m_client);
    s->setDraftStore(m_store.get(), m_server);
    s->setConnectivity(m_monitor);
    return s;
}

bool TestPersonSession::waitOpen(EntitySession *s)
{
    if (s->document())
        return true;
    QSignalSpy spy(s, &EntitySession::documentReady);
    return spy.wait(10000);
}

bool TestPersonSession::waitSaved(EntitySession *s)
{
    QSignalSpy spy(s, &EntitySession::saved);
    return spy.wait(10000);
}

ContactEntity TestPersonSession::company(int id)
{
    GetContactEntityJob *job = m_client->getContactEntity(id);
    QSignalSpy spy(job, &ApiJob::finished);
    spy.wait(10000);
    return job->entity();
}

PersonEntity TestPersonSession::serverCopy(int personId)
{
    GetPersonEntityJob *job = m_client->getPersonEntity(personId);
    QSignalSpy spy(job, &ApiJob::finished);
    spy.wait(10000);
    return job->person();
}

QJsonObject TestPersonSession::listed(int contactId, int personId)
{
    for (const Person &p : company(contactId).persons()) {
        if (p.personId() == personId)
            return p.json();
    }
    return {};
}

int TestPersonSession::countNamed(int contactId, const QString &first, const QString &last)
{
    int n = 0;
    for (const Person &p : company(contactId).persons())
        n += p.firstname() == first && p.lastname() == last;
    return n;
}

void TestPersonSession::openEditSaveShowsInCompany()
{
    const QList<Person> persons = company(1).persons();
    QVERIFY(!persons.isEmpty());
    const int id = persons.first().personId();
    PersonSession *s = session();
    s->open(id);
    QVERIFY(waitOpen(s));
    QCOMPARE(s->document()->kind(), EntityKind::Person);
    QCOMPARE(s->contactId(), 1);
    QCOMPARE(m_store->drafts(m_server).first().kind, EntityKind::Person);
    s->document()->setValue(JsonPath("Title"), QStringLiteral("Head of Sales"));
    s->document()->insertElement(
        JsonPath("MobilePhones"), 0,
        QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 912 34 567")},
                    {QStringLiteral("Description"), QString()}});
    QVERIFY(s->save().isEmpty());
    QVERIFY(waitSaved(s));
    const PersonEntity saved = serverCopy(id);
    QCOMPARE(saved.title(), QStringLiteral("Head of Sales"));
    QCOMPARE(saved.elements(QStringLiteral("MobilePhones")).first().value(),
             QStringLiteral("+47 912 34 567"));
    // Saved through the Person agent, the company's list shows it.
    QCOMPARE(listed(1, id).value(QLatin1String("Title")).toString(),
             QStringLiteral("Head of Sales"));
    QVERIFY(!s->document()->isModified());
}

void TestPersonSession::newPersonBelongsToCompany()
{
    PersonSession *s = session();
    s->createNew(company(2).json());
    QVERIFY(waitOpen(s));
    QVERIFY(s->document()->isNew());
    QCOMPARE(s->document()->person().contactId(), 2);
    s->document()->setValue(JsonPath("Firstname"), QStringLiteral("Ingrid"));
    s->document()->setValue(JsonPath("Lastname"), QStringLiteral("Nyhus"));
    QVERIFY(s->save().isEmpty());
    QVERIFY(waitSaved(s));
    QVERIFY(s->personId() > 0);
    QCOMPARE(serverCopy(s->personId()).firstname(), QStringLiteral("Ingrid"));
    QCOMPARE(countNamed(2, QStringLiteral("Ingrid"), QStringLiteral("Nyhus")), 1);
    QCOMPARE(m_store->drafts(m_server).first().entityId, s->personId());
}

void TestPersonSession::newPersonOfflineIsSentLater()
{
    // Online once, so the default person is cached for offline work.
    {
        PersonSession *warm = session();
        warm->createNew(company(3).json());
        QVERIFY(waitOpen(warm));
        warm->closeDraft(true);
    }
    const QJsonObject company3 = company(3).json();
    m_sandbox.stop();
    m_monitor->setOnline(false);
    PersonSession *s = session();
    s->createNew(company3);
    QVERIFY(waitOpen(s)); // from the cache, no server
    QCOMPARE(s->document()->person().contactId(), 3);
    s->document()->setValue(JsonPath("Firstname"), QStringLiteral("Offline"));
    s->document()->setValue(JsonPath("Lastname"), QStringLiteral("Olsen"));
    QSignalSpy queued(s, &EntitySession::queued);
    QVERIFY(s->save().isEmpty());
    QCOMPARE(queued.count(), 1);
    QCOMPARE(s->draftState(), Draft::State::Queued);

    QVERIFY(m_sandbox.restart());
    QSignalSpy online(m_monitor, &ConnectivityMonitor::onlineChanged);
    QVERIFY(online.wait(10000));
    Outbox outbox;
    QSignalSpy done(&outbox, &Outbox::finished);
    outbox.send({s});
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toInt(), 1);
    QCOMPARE(countNamed(3, QStringLiteral("Offline"), QStringLiteral("Olsen")), 1);
    QCOMPARE(s->draftState(), Draft::State::Editing);
}

void TestPersonSession::sameNameAtCompanyIsAskedFirst()
{
    const Person existing = company(4).persons().first();
    PersonSession *s = session();
    s->createNew(company(4).json());
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Firstname"), existing.firstname());
    s->document()->setValue(JsonPath("Lastname"), existing.lastname());
    QSignalSpy earlier(s, &EntitySession::earlierCreateFound);
    QVERIFY(s->save().isEmpty());
    QVERIFY(earlier.wait(10000));
    const auto matches = earlier.first().first().value<QList<DuplicateEntry>>();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().contactId(), existing.personId()); // SoPrimaryKey: the person
    QCOMPARE(countNamed(4, existing.firstname(), existing.lastname()), 1); // nothing sent yet
    // The user says it is someone else: it is created.
    s->resolveEarlierCreate(0);
    QVERIFY(waitSaved(s));
    QCOMPARE(countNamed(4, existing.firstname(), existing.lastname()), 2);
}

void TestPersonSession::timedOutCreateIsNotDuplicated()
{
    PersonSession *s = session();
    s->createNew(company(5).json());
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Firstname"), QStringLiteral("Treg"));
    s->document()->setValue(JsonPath("Lastname"), QStringLiteral("Svarsen"));
    // The server creates the person but answers too late.
    m_client->setTimeout(500);
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("SavePersonEntity")},
                    {QStringLiteral("kind"), QStringLiteral("delay")},
                    {QStringLiteral("ms"), 1500}}));
    QSignalSpy queued(s, &EntitySession::queued);
    s->save();
    QVERIFY(queued.wait(10000));
    QTest::qWait(1500);
    m_sandbox.clearFaults();
    m_client->setTimeout(4000);
    QCOMPARE(countNamed(5, QStringLiteral("Treg"), QStringLiteral("Svarsen")), 1);
    m_monitor->setOnline(true);
    QSignalSpy earlier(s, &EntitySession::earlierCreateFound);
    QSignalSpy chosen(s, &EntitySession::existingChosen);
    s->save();
    QVERIFY(earlier.wait(10000));
    const auto matches = earlier.first().first().value<QList<DuplicateEntry>>();
    QCOMPARE(matches.size(), 1);
    s->resolveEarlierCreate(matches.first().contactId());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toInt(), matches.first().contactId());
    QCOMPARE(countNamed(5, QStringLiteral("Treg"), QStringLiteral("Svarsen")), 1);
}

void TestPersonSession::reopenRestoresDraftExactly()
{
    const int id = company(6).persons().first().personId();
    QJsonObject working;
    {
        PersonSession *s = session();
        s->open(id);
        QVERIFY(waitOpen(s));
        s->document()->setValue(JsonPath("Title"), QStringLiteral("Not saved yet"));
        s->document()->setValue(JsonPath("Retired"), true);
        working = s->document()->working();
        delete s; // the process could have died here
    }
    PersonSession *again = session();
    again->open(id);
    QVERIFY(waitOpen(again)); // from the draft, not the server
    QCOMPARE(again->document()->working(), working);
    QVERIFY(again->document()->isModified());
    QVERIFY(serverCopy(id).title() != QStringLiteral("Not saved yet"));
}

void TestPersonSession::serverChangesAreMergedAndConflictsAsked()
{
    const int id = company(7).persons().first().personId();
    PersonSession *s = session();
    s->open(id);
    QVERIFY(waitOpen(s));
    s->document()->setValue(JsonPath("Title"), QStringLiteral("Mine"));
    s->document()->setValue(JsonPath("Description"), QStringLiteral("My note"));
    QVERIFY(!m_sandbox
                 .touchPerson(id, QJsonObject{{QStringLiteral("Title"), QStringLiteral("Theirs")},
                                              {QStringLiteral("MiddleName"),
                                               QStringLiteral("Their middle")}})
                 .isEmpty());
    QSignalSpy conflicts(s, &EntitySession::conflictsFound);
    QVERIFY(s->save().isEmpty());
    QVERIFY(conflicts.wait(10000));
    QCOMPARE(s->pendingMerge().conflicts.size(), 1);
    QCOMPARE(s->pendingMerge().conflicts.first().theirsText, QStringLiteral("Theirs"));
    QCOMPARE(serverCopy(id).title(), QStringLiteral("Theirs")); // nothing saved meanwhile
    s->resolveConflicts({true});
    QVERIFY(waitSaved(s));
    const PersonEntity server = serverCopy(id);
    QCOMPARE(server.title(), QStringLiteral("Mine"));
    QCOMPARE(server.middleName(), QStringLiteral("Their middle")); // their change kept
    QCOMPARE(server.string(QStringLiteral("Description")), QStringLiteral("My note"));
}

void TestPersonSession::restrictedUserMustGiveFirstName()
{
    signInAs(QStringLiteral("restricted"));
    const int id = company(8).persons().first().personId();
    PersonSession *s = session();
    s->open(id);
    QVERIFY(waitOpen(s));
    const FieldRights &rights = s->document()->rights();
    QVERIFY(rights.field(QStringLiteral("Firstname")).mandatory);
    QVERIFY(!rights.field(QStringLiteral("Title")).editable);
    s->document()->setValue(JsonPath("Firstname"), QString());
    QSignalSpy blank(s, &EntitySession::mandatoryFieldsBlank);
    // (The restricted user's tenant also makes a person's custom field mandatory.)
    QVERIFY(s->save().contains(QStringLiteral("Firstname")));
    QCOMPARE(blank.count(), 1);
    QVERIFY(!s->isBusy()); // nothing was sent
}

QTEST_GUILESS_MAIN(TestPersonSession)
#include "tst_personsession.moc"
