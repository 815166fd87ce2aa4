#include "connectivitymonitor.h"
#include "contactsearchjob.h"
#include "contactsession.h"
#include "draftstore.h"
#include "duplicateentry.h"
#include "enrichcontactentityjob.h"
#include "getcontactentityjob.h"
#include "mdolistjob.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#if defined(__SANITIZE_ADDRESS__)
#define CE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CE_ADDRESS_SANITIZER 1
#endif
#endif
#ifdef CE_ADDRESS_SANITIZER
// The bytes the program has allocated and not freed (AddressSanitizer's allocator).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

// Issue 14's soak: hundreds of saves, creates and enrichments against a sandbox that drops
// connections (before and after carrying out the save), answers past the timeout, fails with
// 500s and sends truncated or malformed answers, at random from a fixed seed. Afterwards every
// edit is on the server, no company was created twice, the event loop never stalled and memory
// did not keep growing. The figures are printed.
class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesCreatesAndEnrichmentsUnderRandomFaults();

private:
    enum class Outcome { Saved, Again, Existing };
    // One attempt of the save pipeline, answered as a user would; Existing: an earlier create
    // turned out to have gone through and that company was chosen.
    Outcome attemptSave(ContactSession *s, const QString &name);
    bool saveUntilDone(ContactSession *s, const QString &name, int *attempts);
    bool waitOpen(ContactSession *s);
    ContactSession *session();
    QJsonObject serverCopy(int id);
    int countNamed(const QString &name);
    // The resident size; under AddressSanitizer the live heap (see there).
    static qint64 rssKiB();

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<DraftStore> m_store;
    WebApiClient *m_client = nullptr;
    ConnectivityMonitor *m_monitor = nullptr;
    QString m_server;
};

namespace {

constexpr int kRounds = 100; // each: a save, a create and an enrichment
constexpr int kTimeoutMs = 700;
const QString kCalls = QStringLiteral(
    "GetContactEntity|SaveContactEntity|CreateDefaultContactEntity|EnrichContactEntity");

QJsonObject fault(const QString &path, const char *kind, double rate)
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("kind"), QString::fromLatin1(kind)},
            {QStringLiteral("rate"), rate},
            {QStringLiteral("times"), 0}};
}

} // namespace

void TestSoak::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_store = std::make_unique<DraftStore>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("drafts.sqlite"))));
    m_client = new WebApiClient;
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    m_client->setProfile(p);
    m_client->setSecret(QStringLiteral("demo"));
    m_client->setTimeout(kTimeoutMs);
    m_monitor = new ConnectivityMonitor(m_client, m_client);
    m_monitor->setProbeInterval(100);
    m_server = p.credentialKey();
}

void TestSoak::cleanupTestCase()
{
    delete m_client;
    m_store.reset();
}

ContactSession *TestSoak::session()
{
    auto *s = new ContactSession(m_client, m_client);
    s->setDraftStore(m_store.get(), m_server);
    s->setConnectivity(m_monitor);
    return s;
}

bool TestSoak::waitOpen(ContactSession *s)
{
    for (int attempt = 0; attempt < 30 && !s->document(); ++attempt) {
        QSignalSpy ready(s, &ContactSession::documentReady);
        QSignalSpy failed(s, &ContactSession::failed);
        if (!ready.wait(5000) && !s->document() && !s->isBusy()) {
            // Failed (a fault): ask again, as the editor's Retry does.
            if (QTest::qWaitFor([this] { return m_monitor->isOnline(); }, 10000))
                s->retry();
        }
    }
    return s->document() != nullptr;
}

TestSoak::Outcome TestSoak::attemptSave(ContactSession *s, const QString &name)
{
    // The connection may have been judged lost by the last fault; the probe finds it again.
    if (!QTest::qWaitFor([this] { return m_monitor->isOnline(); }, 10000))
        return Outcome::Again;
    QSignalSpy saved(s, &ContactSession::saved);
    QSignalSpy failed(s, &ContactSession::failed);
    QSignalSpy queued(s, &ContactSession::queued);
    QSignalSpy earlier(s, &ContactSession::earlierCreateFound);
    QSignalSpy conflicts(s, &ContactSession::conflictsFound);
    QSignalSpy chosen(s, &ContactSession::existingChosen);
    if (!s->save().isEmpty())
        qFatal("mandatory fields blank in the soak's own data");
    const bool answered = QTest::qWaitFor(
        [&] {
            return saved.count() || failed.count() || queued.count() || earlier.count() ||
                   conflicts.count();
        },
        30000);
    if (!answered)
        qFatal("a save neither ended nor asked anything within 30 s");
    if (saved.count())
        return Outcome::Saved;
    if (earlier.count()) {
        // The create whose answer never came: the user recognises theirs by its name.
        const auto matches = earlier.first().first().value<QList<DuplicateEntry>>();
        for (const DuplicateEntry &m : matches) {
            if (m.name() == name) {
                s->resolveEarlierCreate(m.contactId());
                return chosen.count() ? Outcome::Existing : Outcome::Again;
            }
        }
        s->resolveEarlierCreate(0);
        return Outcome::Again;
    }
    if (conflicts.count()) {
        // Only this test writes: a conflict can only be with an earlier attempt of its own.
        const int n = int(s->pendingMerge().conflicts.size());
        s->resolveConflicts(QList<bool>(n, true));
        return Outcome::Again;
    }
    return Outcome::Again;
}

bool TestSoak::saveUntilDone(ContactSession *s, const QString &name, int *attempts)
{
    for (int attempt = 1; attempt <= 40; ++attempt) {
        ++*attempts;
        switch (attemptSave(s, name)) {
        case Outcome::Saved:
        case Outcome::Existing:
            return true;
        case Outcome::Again:
            if (!s->hasUnsentWork() && s->document() && !s->document()->isNew())
                return true;
            break;
        }
    }
    return false;
}

QJsonObject TestSoak::serverCopy(int id)
{
    GetContactEntityJob *job = m_client->getContactEntity(id);
    QSignalSpy spy(job, &ApiJob::finished);
    spy.wait(10000);
    const QJsonObject json = job->json();
    job->deleteLater();
    return json;
}

int TestSoak::countNamed(const QString &name)
{
    ContactSearchJob *job = m_client->searchContacts(name, 50);
    QSignalSpy spy(job, &ApiJob::finished);
    spy.wait(10000);
    int n = 0;
    for (const auto &row : job->rows())
        n += row.name == name;
    job->deleteLater();
    return n;
}

qint64 TestSoak::rssKiB()
{
#ifdef CE_ADDRESS_SANITIZER
    // AddressSanitizer holds up to 256 MiB of freed memory in its quarantine before using it
    // again, so the resident size grows by that much (230 MiB here) with nothing kept. What
    // the program still holds is its live heap: a leak per call grows that just the same.
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
#endif
}

void TestSoak::savesCreatesAndEnrichmentsUnderRandomFaults()
{
    // An enrichment candidate, asked before the faults start.
    MdoListJob *candidates =
        m_client->mdoList(QStringLiteral("enrichcontact"), QStringLiteral("a"));
    QSignalSpy listed(candidates, &ApiJob::finished);
    QVERIFY(listed.wait(10000));
    QVERIFY(!candidates->items().isEmpty());
    const QString enrichId = candidates->items().first().extraInfo();

    QVERIFY(m_sandbox.addFault(QJsonObject{
        {QStringLiteral("seed"), 20261204},
        {QStringLiteral("faults"),
         QJsonArray{fault(kCalls, "drop", 0.05),
                    fault(QStringLiteral("SaveContactEntity"), "dropafterwrite", 0.06),
                    [] {
                        QJsonObject late = fault(kCalls, "delay", 0.04);
                        late.insert(QStringLiteral("ms"), kTimeoutMs + 300);
                        late.insert(QStringLiteral("maxMs"), kTimeoutMs + 1500);
                        return late;
                    }(),
                    [] {
                        QJsonObject status = fault(kCalls, "status", 0.05);
                        status.insert(QStringLiteral("status"), 500);
                        return status;
                    }(),
                    fault(kCalls, "truncated", 0.04), fault(kCalls, "malformed", 0.04)}}}));

    // The event loop's longest pause, as a window would feel it.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestPause = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this,
            [&] { longestPause = std::max(longestPause, sinceTick.restart()); });
    tick.start();

    QHash<int, QString> expectedDepartment;
    QStringList created;
    int saveAttempts = 0;
    int enrichOk = 0;
    int enrichFailed = 0;
    qint64 rssAfterWarmUp = 0;
    for (int round = 0; round < kRounds; ++round) {
        if (round == 10)
            rssAfterWarmUp = rssKiB();
        // A save of an existing company (the same ten, over and over).
        const int id = 1 + round % 10;
        ContactSession *open = session();
        open->open(id);
        QVERIFY2(waitOpen(open), qPrintable(QStringLiteral("company %1 never opened").arg(id)));
        const QString department = QStringLiteral("Soak %1").arg(round);
        open->document()->setValue(JsonPath("Department"), department);
        QVERIFY2(saveUntilDone(open, QString(), &saveAttempts),
                 qPrintable(QStringLiteral("company %1 never saved").arg(id)));
        expectedDepartment.insert(id, department);

        // An enrichment of it: either the enriched company itself or a clean failure.
        EnrichContactEntityJob *enrich =
            m_client->enrichContactEntity(open->document()->entity(), enrichId);
        QSignalSpy enriched(enrich, &ApiJob::finished);
        QVERIFY(enriched.wait(30000));
        if (enrich->succeeded()) {
            QCOMPARE(enrich->entity().contactId(), id);
            ++enrichOk;
        } else {
            QVERIFY(enrich->error().kind() != ApiError::Kind::None);
            ++enrichFailed;
        }
        enrich->deleteLater();
        open->closeDraft(false);
        open->deleteLater();

        // A new company.
        const QString name = QStringLiteral("Soak %1 AS").arg(round);
        ContactSession *fresh = session();
        fresh->createNew();
        QVERIFY(waitOpen(fresh));
        fresh->document()->setValue(JsonPath("Name"), name);
        const QJsonObject listItem{{QStringLiteral("Id"), 1}, {QStringLiteral("Value"), "x"}};
        fresh->document()->setValue(JsonPath("Category"), listItem);
        fresh->document()->setValue(JsonPath("Business"), listItem);
        QVERIFY2(saveUntilDone(fresh, name, &saveAttempts), qPrintable(name + " never saved"));
        created.append(name);
        // Chosen as the earlier create's company: this draft is not needed (the window opens
        // that company instead).
        fresh->closeDraft(fresh->document()->isNew());
        fresh->deleteLater();
    }
    tick.stop();
    const qint64 rssEnd = rssKiB();
    const QJsonObject stats = m_sandbox.faults();
    m_sandbox.clearFaults();

    // Nothing lost: each company holds its last department; no company created twice.
    for (auto it = expectedDepartment.cbegin(); it != expectedDepartment.cend(); ++it) {
        QCOMPARE(serverCopy(it.key()).value(QLatin1String("Department")).toString(), it.value());
    }
    for (const QString &name : std::as_const(created))
        QVERIFY2(countNamed(name) == 1, qPrintable(name));
    // Nothing left unsent in the draft store.
    for (const Draft &draft : m_store->drafts(m_server))
        QVERIFY2(!draft.isModified(), qPrintable(draft.name));

    int hits = 0;
    for (const QJsonValue &f : stats.value(QLatin1String("faults")).toArray())
        hits += f.toObject().value(QLatin1String("hits")).toInt();
    qInfo("soak: %d rounds, %d save attempts, %d enrichments ok, %d failed cleanly, %d faults "
          "hit; longest event-loop pause %lld ms; RSS %lld KiB after warm-up, %lld KiB at the end",
          kRounds, saveAttempts, enrichOk, enrichFailed, hits, longestPause, rssAfterWarmUp,
          rssEnd);
    QVERIFY2(hits > kRounds / 2, "the faults did not happen: the soak proves nothing");
    // A hang detector, not a timing: nothing may hold the loop for seconds.
    QVERIFY2(longestPause < 2000, qPrintable(QString::number(longestPause)));
    // Memory must level off: a leak per call would add far more over hundreds of calls.
    QVERIFY2(rssEnd - rssAfterWarmUp < 48 * 1024,
             qPrintable(QStringLiteral("%1 KiB more").arg(rssEnd - rssAfterWarmUp)));
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
