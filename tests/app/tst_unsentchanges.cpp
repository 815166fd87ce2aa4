#include "contactsession.h"
#include "draftstore.h"
#include "getcontactentityjob.h"
#include "profilestore.h"
#include "sandboxprocess.h"
#include "unsentchangesmodel.h"
#include "webapiclient.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

namespace {
// Enough persons for a draft over Workspace::kReadElsewhereBytes.
constexpr int kLargePersons = 6000;
} // namespace

// Coming back to many unsent companies: the workspace lists every draft from the store at once
// and loads them as sessions a little at a time, with no tab; UnsentChangesModel lists what is
// not on the server (name, kind, what changed, state, last edit) from the store first and from
// the sessions once loaded; one opens on demand, and "all" waits for every draft. Against
// contact-sandbox and a real SQLite draft store.
class TestUnsentChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyDraftIsListedBeforeAnyLoads();
    void aDraftOpensOnDemandOnce();
    void sendAllWaitsForEveryDraftAndEmptiesTheList();
    void anEditThisRunIsListedAndNamed();
    void aVeryLargeDraftIsReadOffTheWindowThread();
    void aVeryLargeDraftWantedNowIsReadAtOnce();

private:
    ConnectionProfile profile() const;
    QString storePath() const { return m_dir->filePath(QStringLiteral("drafts.sqlite")); }
    QJsonObject serverCopy(int contactId);
    // Drafts of companies 1..count as a user leaves them: every fourth opened only, every fourth
    // queued in the outbox, the rest edited (Department) and not sent. Returns the unsent ones.
    QList<qint64> makeDrafts(int count);
    std::unique_ptr<Workspace> startWorkspace(QSignalSpy **listed = nullptr);
    Workspace::StartOptions startOptions() const;
    // Drafts of companies 1, 2 and 3, each edited; the second with thousands of persons, too
    // large to read on the window's thread. Returns the three draft ids.
    QList<qint64> makeDraftsWithALargeOne();

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSignalSpy> m_listed;
};

void TestUnsentChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_unsentchanges"));
    // The 25 demo companies and more, so there are drafts enough for many to load.
    QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("40")}));
}

void TestUnsentChanges::init()
{
    m_sandbox.reset();
    QSettings().clear();
    ProfileStore profiles;
    for (const ConnectionProfile &p : profiles.profiles())
        profiles.remove(p.name());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUnsentChanges::cleanup()
{
    m_listed.reset();
    QSettings().clear();
    m_dir.reset();
}

ConnectionProfile TestUnsentChanges::profile() const
{
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox-demo"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    p.setLanguage(QStringLiteral("en"));
    return p;
}

QJsonObject TestUnsentChanges::serverCopy(int contactId)
{
    WebApiClient client;
    client.setProfile(profile());
    client.setSecret(QStringLiteral("demo"));
    GetContactEntityJob *job = client.getContactEntity(contactId);
    QSignalSpy finished(job, &ApiJob::finished);
    finished.wait(15000);
    return job->succeeded() ? job->entity().json() : QJsonObject();
}

QList<qint64> TestUnsentChanges::makeDrafts(int count)
{
    DraftStore store;
    if (!store.open(storePath()))
        return {};
    QList<qint64> unsent;
    for (int id = 1; id <= count; ++id) {
        const QJsonObject base = serverCopy(id);
        if (base.isEmpty())
            return {};
        QJsonObject working = base;
        if (id % 4 != 0)
            working.insert(QStringLiteral("Department"), QStringLiteral("Unsent %1").arg(id));
        const qint64 draftId = store.create(profile().credentialKey(), base, working);
        if (id % 4 == 3)
            store.setState(draftId, Draft::State::Queued);
        if (id % 4 != 0)
            unsent.append(draftId);
    }
    return unsent;
}

Workspace::StartOptions TestUnsentChanges::startOptions() const
{
    Workspace::StartOptions options;
    options.profile = profile();
    options.secret = QStringLiteral("demo");
    return options;
}

std::unique_ptr<Workspace> TestUnsentChanges::startWorkspace(QSignalSpy **listed)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->openDrafts(storePath()).isEmpty())
        return nullptr;
    m_listed = std::make_unique<QSignalSpy>(workspace.get(), &Workspace::draftsListed);
    if (listed)
        *listed = m_listed.get();
    workspace->start(startOptions());
    return workspace;
}

void TestUnsentChanges::everyDraftIsListedBeforeAnyLoads()
{
    const QList<qint64> unsent = makeDrafts(24);
    QCOMPARE(unsent.size(), 18);
    auto workspace = std::make_unique<Workspace>();
    QVERIFY(workspace->openDrafts(storePath()).isEmpty());
    UnsentChangesModel model(workspace.get());
    // What the model holds the moment the drafts are known, before the event loop runs again.
    int rowsWhenListed = -1;
    int sessionsWhenListed = -1;
    connect(workspace.get(), &Workspace::draftsListed, this, [&] {
        rowsWhenListed = model.rowCount();
        sessionsWhenListed = int(workspace->sessions().size());
    });
    workspace->start(startOptions());
    QCOMPARE(sessionsWhenListed, 0);
    QCOMPARE(rowsWhenListed, 18);
    QCOMPARE(workspace->pendingDrafts().size(), 24);
    // Listed from the store: names and states without loading anything.
    QCOMPARE(model.data(model.index(0, UnsentChangesModel::Name)).toString(),
             serverCopy(1).value(QLatin1String("Name")).toString());
    QCOMPARE(model.data(model.index(0, UnsentChangesModel::Kind)).toString(),
             QStringLiteral("Company"));
    QCOMPARE(model.data(model.index(2, UnsentChangesModel::State)).toString(),
             QStringLiteral("In the outbox"));
    QCOMPARE(model.data(model.index(0, UnsentChangesModel::State)).toString(),
             QStringLiteral("Not sent yet"));
    // Queued drafts count in the outbox before they load.
    QCOMPARE(workspace->waitingCount(), 6);

    // Then they load as sessions, without the rows changing.
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isReopeningDrafts(), 15000);
    QCOMPARE(workspace->unsentSessions().size(), 18);
    // The model takes the last sessions in its next pass, a turn after they load.
    const auto everyRowLoaded = [&model] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.session(row))
                return false;
        }
        return true;
    };
    QTRY_VERIFY(everyRowLoaded());
    QCOMPARE(model.rowCount(), 18);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.draftId(row), unsent.at(row));
        QVERIFY(model.session(row));
        QCOMPARE(model.session(row)->draftId(), unsent.at(row));
    }
    // What changed is named from the loaded entity.
    QCOMPARE(model.data(model.index(0, UnsentChangesModel::Changes)).toString(),
             QStringLiteral("Department"));
    // Opened only and never changed: nothing to keep, so neither session nor draft is left.
    QCOMPARE(workspace->sessions().size(), 18);
    QCOMPARE(workspace->drafts()->draftIds(profile().credentialKey()).size(), 18);
}

void TestUnsentChanges::aDraftOpensOnDemandOnce()
{
    const QList<qint64> unsent = makeDrafts(40);
    QCOMPARE(unsent.size(), 30);
    QSignalSpy *listed = nullptr;
    auto workspace = startWorkspace(&listed);
    QVERIFY(workspace);
    QCOMPARE(listed->count(), 1);
    // The last draft, long before its turn.
    const qint64 wanted = unsent.last();
    EntitySession *session = workspace->draftSession(wanted);
    QVERIFY(session);
    QVERIFY(session->document());
    QCOMPARE(session->draftId(), wanted);
    QVERIFY(workspace->isReopeningDrafts());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isReopeningDrafts(), 15000);
    // Loaded once: asked again, the same session; no other session has its draft.
    QCOMPARE(workspace->draftSession(wanted), session);
    int withDraft = 0;
    for (EntitySession *s : workspace->sessions())
        withDraft += s->draftId() == wanted;
    QCOMPARE(withDraft, 1);
    QCOMPARE(workspace->draftSession(999999), nullptr);
}

void TestUnsentChanges::sendAllWaitsForEveryDraftAndEmptiesTheList()
{
    const QList<qint64> unsent = makeDrafts(16);
    QCOMPARE(unsent.size(), 12);
    auto workspace = std::make_unique<Workspace>();
    QVERIFY(workspace->openDrafts(storePath()).isEmpty());
    UnsentChangesModel model(workspace.get());
    bool ranEarly = false;
    bool ran = false;
    connect(workspace.get(), &Workspace::draftsListed, this, [&] {
        // Asked for "all" while the drafts are still loading.
        workspace->whenDraftsReopened(this, [&] {
            ranEarly = workspace->isReopeningDrafts();
            ran = true;
        });
        workspace->saveAll();
    });
    QSignalSpy signedIn(workspace.get(), &Workspace::signedIn);
    workspace->start(startOptions());
    QVERIFY(!ran);
    QTRY_VERIFY_WITH_TIMEOUT(ran, 15000);
    QVERIFY(!ranEarly);
    // Every unsent one went to the server, also those loaded after Send all was asked.
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 60000);
    for (int id = 1; id <= 16; ++id) {
        const QString department = serverCopy(id).value(QLatin1String("Department")).toString();
        if (id % 4 != 0)
            QCOMPARE(department, QStringLiteral("Unsent %1").arg(id));
        else
            QVERIFY(department != QStringLiteral("Unsent %1").arg(id));
    }
    QVERIFY(workspace->unsentSessions().isEmpty());
}

void TestUnsentChanges::anEditThisRunIsListedAndNamed()
{
    auto workspace = startWorkspace();
    QVERIFY(workspace);
    UnsentChangesModel model(workspace.get());
    QSignalSpy signedIn(workspace.get(), &Workspace::signedIn);
    QVERIFY(signedIn.wait(15000));
    ContactSession *session = workspace->openContact(5);
    QVERIFY(QTest::qWaitFor([&] { return session->document() && !session->isBusy(); }, 15000));
    QCOMPARE(model.rowCount(), 0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    session->document()->setValue(JsonPath("Department"), QStringLiteral("Typed now"));
    session->document()->setValue(JsonPath("OrgNr"), QStringLiteral("987654321"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.session(0), session);
    QCOMPARE(model.data(model.index(0, UnsentChangesModel::Changes)).toString(),
             QStringLiteral("Department, Org. number"));
    QVERIFY(model.data(model.index(0, UnsentChangesModel::LastEdit), UnsentChangesModel::SortRole)
                .toDateTime() >= before);
    // Undone, it is on the server again as far as anyone can tell: the row goes.
    session->document()->undoStack()->undo();
    session->document()->undoStack()->undo();
    QTRY_COMPARE(model.rowCount(), 0);
}

QList<qint64> TestUnsentChanges::makeDraftsWithALargeOne()
{
    DraftStore store;
    if (!store.open(storePath()))
        return {};
    QList<qint64> ids;
    for (int id = 1; id <= 3; ++id) {
        QJsonObject base = serverCopy(id);
        if (base.isEmpty())
            return {};
        if (id == 2) {
            QJsonArray persons;
            for (int i = 0; i < kLargePersons; ++i)
                persons.append(
                    QJsonObject{{QStringLiteral("TableRight"),
                                 QJsonObject{{QStringLiteral("Mask"), QStringLiteral("FULL")},
                                             {QStringLiteral("Reason"), QString()}}},
                                {QStringLiteral("PersonId"), 10000 + i},
                                {QStringLiteral("Firstname"), QStringLiteral("Kari %1").arg(i)},
                                {QStringLiteral("Lastname"), QStringLiteral("Nordmann")}});
            base.insert(QStringLiteral("Persons"), persons);
        }
        QJsonObject working = base;
        working.insert(QStringLiteral("Department"), QStringLiteral("Unsent %1").arg(id));
        ids.append(store.create(profile().credentialKey(), base, working));
    }
    QElapsedTimer written;
    written.start();
    while (store.backgroundWrites() > 0 && written.elapsed() < 15000)
        QTest::qWait(10);
    const std::optional<StoredDraft> large = store.stored(ids.at(1));
    if (!large || large->size() < Workspace::kReadElsewhereBytes) {
        qWarning("the large draft has %lld bytes", large ? qint64(large->size()) : -1LL);
        return {};
    }
    return ids;
}

void TestUnsentChanges::aVeryLargeDraftIsReadOffTheWindowThread()
{
    const QList<qint64> ids = makeDraftsWithALargeOne();
    QCOMPARE(ids.size(), 3);
    const qint64 large = ids.at(1);
    auto workspace = std::make_unique<Workspace>();
    QVERIFY(workspace->openDrafts(storePath()).isEmpty());
    // The sessions as they arrive, and whether the workspace was seen between two turns of the
    // event loop while a pool thread read the large one.
    QList<qint64> arrived;
    connect(workspace.get(), &Workspace::draftsReopened, this,
            [&](const QList<EntitySession *> &sessions) {
                for (EntitySession *session : sessions)
                    arrived.append(session->draftId());
            });
    bool seenReading = false;
    connect(workspace.get(), &Workspace::stateChanged, this, [&] {
        if (workspace->isReadingElsewhere(large)) {
            seenReading = true;
            QVERIFY(!arrived.contains(large));
            QVERIFY(workspace->isReopeningDrafts());
        }
    });
    bool allRan = false;
    bool largeLoadedWhenAllRan = false;
    workspace->start(startOptions());
    workspace->whenDraftsReopened(this, [&] {
        allRan = true;
        largeLoadedWhenAllRan = arrived.contains(large);
    });
    QTRY_VERIFY_WITH_TIMEOUT(allRan, 15000);
    QVERIFY(!workspace->isReopeningDrafts());
    QVERIFY(seenReading);
    std::sort(arrived.begin(), arrived.end());
    QCOMPARE(arrived, ids);
    // "All" means the large one too.
    QVERIFY(largeLoadedWhenAllRan);
    QVERIFY(!workspace->isReadingElsewhere(large));
    EntitySession *session = workspace->draftSession(large);
    QVERIFY(session && session->document());
    const QJsonObject working = session->document()->working();
    QCOMPARE(working.value(QLatin1String("Department")).toString(), QStringLiteral("Unsent 2"));
    QCOMPARE(working.value(QLatin1String("Persons")).toArray().size(), kLargePersons);
    QCOMPARE(session->document()->base().persons().size(), kLargePersons);
}

void TestUnsentChanges::aVeryLargeDraftWantedNowIsReadAtOnce()
{
    const QList<qint64> ids = makeDraftsWithALargeOne();
    QCOMPARE(ids.size(), 3);
    const qint64 large = ids.at(1);
    auto workspace = std::make_unique<Workspace>();
    QVERIFY(workspace->openDrafts(storePath()).isEmpty());
    workspace->start(startOptions());
    // Asked for while a pool thread reads it: read here at once, the same session from then on.
    QTRY_VERIFY_WITH_TIMEOUT(workspace->isReadingElsewhere(large), 15000);
    EntitySession *session = workspace->draftSession(large);
    QVERIFY(session && session->document());
    QVERIFY(!workspace->isReadingElsewhere(large));
    QCOMPARE(session->document()->working().value(QLatin1String("Department")).toString(),
             QStringLiteral("Unsent 2"));
    // What the pool thread brings later is dropped: still one session for that draft.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isReopeningDrafts(), 15000);
    QTest::qWait(50);
    int withDraft = 0;
    for (EntitySession *s : workspace->sessions())
        withDraft += s->draftId() == large;
    QCOMPARE(withDraft, 1);
    QCOMPARE(workspace->draftSession(large), session);
}

QTEST_GUILESS_MAIN(TestUnsentChanges)
#include "tst_unsentchanges.moc"
