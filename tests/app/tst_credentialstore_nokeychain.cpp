#include "connectionprofile.h"
#include "credentialstore.h"
#include "credentialwait.h"
#include "profilestore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

// The credential store with no usable keychain. Built twice (tests/app/CMakeLists.txt):
//  - tst_credentialstore_nokeychain: no session bus at all, every keychain job fails at once;
//  - tst_credentialstore_stalledkeychain (CE_STALLED_KEYCHAIN): a private bus whose Secret
//    Service never starts, so keychain jobs hang and only the store's own timeout ends them.
// Either way: say so once, keep secrets in memory for this run, never write them to disk.
class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstFailureSaysSoOnceAndKeepsInMemory();
    void readBeforeAnyWriteIsUnavailableNotNotFound();
    void newStoreDoesNotRemember();
    void forgetClearsTheMemoryCopy();
    void queuedJobsSettleTogether();
    void waitingDoesNotBlockTheEventLoop();
    void finishedIsQueuedEvenFromMemory();
    void deletingAJobLeavesTheStoreWorking();
    void nothingSecretIsWrittenUnderHome();

private:
    QString secret(const QString &name);
    CredentialOutcome run(CredentialJob *job);
    void makeStore(std::unique_ptr<CredentialStore> &store);

    QTemporaryDir m_home;
    QStringList m_secrets;
};

namespace {

#ifdef CE_STALLED_KEYCHAIN
// Small, so the suite stays quick; every fresh store pays it once on a hanging keychain.
constexpr int storeTimeoutMs = 500;
#else
constexpr int storeTimeoutMs = 8000;
#endif

const QUrl tenant(QStringLiteral("https://sod2.superoffice.com/Cust12345"));

QString key(const QString &user)
{
    return CredentialStore::keyFor(user, tenant);
}

} // namespace

QString TestCredentialStoreNoKeychain::secret(const QString &name)
{
    // Distinctive enough that finding it in a file cannot be a coincidence.
    const QString value =
        QStringLiteral("S3cret-%1-%2").arg(name, QString::number(m_secrets.size() * 7919 + 104729));
    m_secrets.append(value);
    return value;
}

CredentialOutcome TestCredentialStoreNoKeychain::run(CredentialJob *job)
{
    const auto outcome = waitForJob(job, storeTimeoutMs * 4);
    if (!outcome) {
        QTest::qFail("The credential job never finished: the store's own timeout did not end it",
                     __FILE__, __LINE__);
        return {};
    }
    return *outcome;
}

void TestCredentialStoreNoKeychain::makeStore(std::unique_ptr<CredentialStore> &store)
{
    store = std::make_unique<CredentialStore>(QStringLiteral("contact-editor-tests"));
    store->setTimeout(storeTimeoutMs);
}

void TestCredentialStoreNoKeychain::initTestCase()
{
#ifdef CE_STALLED_KEYCHAIN
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("Run through ctest: this suite needs the private bus with a Secret Service that "
              "never starts (dbus-run-session --config-file, see tests/app/CMakeLists.txt).");
#else
    if (qgetenv("DBUS_SESSION_BUS_ADDRESS") != "unix:path=/nonexistent")
        QFAIL("Run through ctest: this suite needs DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent "
              "(see tests/app/CMakeLists.txt).");
#endif
    qunsetenv("DISPLAY");
    // A private home (and temp dir inside it) for the whole process, so the scan at the end
    // covers everything the store, QSettings or libsecret could have written.
    QVERIFY(m_home.isValid());
    const QString home = m_home.path();
    for (const char *dir : {"config", "data", "cache", "tmp"})
        QVERIFY(QDir(home).mkpath(QString::fromLatin1(dir)));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/cache")));
    qputenv("TMPDIR", QFile::encodeName(home + QStringLiteral("/tmp")));
}

void TestCredentialStoreNoKeychain::firstFailureSaysSoOnceAndKeepsInMemory()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    QSignalSpy unavailable(store.get(), &CredentialStore::keychainUnavailable);
    using Status = CredentialJob::Status;
    QVERIFY(store->isKeychainUsable()); // nothing has proved otherwise yet

    const QString first = secret(QStringLiteral("first"));
    const CredentialOutcome written = run(store->write(key(QStringLiteral("jane")), first));
    QCOMPARE(written.status, Status::StoredInMemory);
    QVERIFY(written.errorText.contains(QStringLiteral("this session only")));
#ifdef CE_STALLED_KEYCHAIN
    // The keychain hung; our timeout ended the wait, not the keychain's 25 s.
    QVERIFY2(
        written.elapsedMs >= storeTimeoutMs - 50,
        qPrintable(
            QStringLiteral("finished after %1 ms: the bus did not stall").arg(written.elapsedMs)));
#else
    QVERIFY2(written.elapsedMs < storeTimeoutMs / 2,
             qPrintable(
                 QStringLiteral("no bus should fail at once, took %1 ms").arg(written.elapsedMs)));
#endif
    QCOMPARE(unavailable.count(), 1);
    const QString message = unavailable.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("for this session only")), qPrintable(message));
    QVERIFY(!message.contains(first));
    QVERIFY(!store->isKeychainUsable());

    CredentialOutcome read = run(store->read(key(QStringLiteral("jane"))));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, first);
    // From memory, without going back to the keychain.
    QVERIFY(read.elapsedMs < storeTimeoutMs / 2);

    const QString second = secret(QStringLiteral("second"));
    QCOMPARE(run(store->write(key(QStringLiteral("jane")), second)).status, Status::StoredInMemory);
    QCOMPARE(run(store->read(key(QStringLiteral("jane")))).secret, second);
    const QString token = secret(QStringLiteral("apptoken"));
    QCOMPARE(run(store->write(key(QStringLiteral("apptoken:jane")), token)).status,
             Status::StoredInMemory);
    QCOMPARE(run(store->read(key(QStringLiteral("apptoken:jane")))).secret, token);
    QCOMPARE(run(store->read(key(QStringLiteral("jane")))).secret, second);

    QCOMPARE(unavailable.count(), 1);
}

void TestCredentialStoreNoKeychain::readBeforeAnyWriteIsUnavailableNotNotFound()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    QSignalSpy unavailable(store.get(), &CredentialStore::keychainUnavailable);

    const CredentialOutcome read = run(store->read(key(QStringLiteral("nobody"))));
    // "Not found" would tell the caller there is no password; the truth is that nobody knows.
    QCOMPARE(read.status, CredentialJob::Status::Unavailable);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.errorText.isEmpty());
    QCOMPARE(unavailable.count(), 1);

    // Asking again gives the same answer, and no second announcement.
    QCOMPARE(run(store->read(key(QStringLiteral("nobody")))).status,
             CredentialJob::Status::Unavailable);
    QCOMPARE(unavailable.count(), 1);
}

void TestCredentialStoreNoKeychain::newStoreDoesNotRemember()
{
    const QString value = secret(QStringLiteral("this-run"));
    {
        std::unique_ptr<CredentialStore> thisRun;
        makeStore(thisRun);
        QCOMPARE(run(thisRun->write(key(QStringLiteral("jane")), value)).status,
                 CredentialJob::Status::StoredInMemory);
        QCOMPARE(run(thisRun->read(key(QStringLiteral("jane")))).secret, value);
    }
    std::unique_ptr<CredentialStore> nextRun;
    makeStore(nextRun);
    QSignalSpy unavailable(nextRun.get(), &CredentialStore::keychainUnavailable);
    const CredentialOutcome read = run(nextRun->read(key(QStringLiteral("jane"))));
    QCOMPARE(read.status, CredentialJob::Status::Unavailable);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(unavailable.count(), 1); // each store says it once
}

void TestCredentialStoreNoKeychain::forgetClearsTheMemoryCopy()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    const QString value = secret(QStringLiteral("forget-me"));
    QCOMPARE(run(store->write(key(QStringLiteral("jane")), value)).status,
             CredentialJob::Status::StoredInMemory);
    QCOMPARE(run(store->write(key(QStringLiteral("bob")), value + QLatin1Char('b'))).status,
             CredentialJob::Status::StoredInMemory);
    m_secrets.append(value + QLatin1Char('b'));

    const CredentialOutcome removed = run(store->remove(key(QStringLiteral("jane"))));
    // Gone from memory, but a copy in the keychain from an earlier run could not be deleted.
    QCOMPARE(removed.status, CredentialJob::Status::Unavailable);
    QVERIFY(!removed.errorText.isEmpty());
    QCOMPARE(run(store->read(key(QStringLiteral("jane")))).status,
             CredentialJob::Status::Unavailable);
    QCOMPARE(run(store->read(key(QStringLiteral("bob")))).secret, value + QLatin1Char('b'));
}

void TestCredentialStoreNoKeychain::queuedJobsSettleTogether()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    QSignalSpy unavailable(store.get(), &CredentialStore::keychainUnavailable);
    const QString one = secret(QStringLiteral("one"));
    const QString two = secret(QStringLiteral("two"));

    // Someone told of the trouble asks again at once: the write queued before must count.
    CredentialJob::Status reentrantStatus = CredentialJob::Status::Error;
    QString reentrantSecret;
    connect(store.get(), &CredentialStore::keychainUnavailable, this, [&] {
        connect(store->read(key(QStringLiteral("one"))), &CredentialJob::finished, this,
                [&](CredentialJob *job) {
                    reentrantStatus = job->status();
                    reentrantSecret = job->secret();
                });
    });

    QList<CredentialJob *> jobs{
        store->write(key(QStringLiteral("one")), one), store->read(key(QStringLiteral("one"))),
        store->write(key(QStringLiteral("two")), two), store->read(key(QStringLiteral("two"))),
        store->read(key(QStringLiteral("three")))};
    QList<CredentialJob::Status> statuses(jobs.size(), CredentialJob::Status::Error);
    QStringList secrets(jobs.size());
    QList<int> counts(jobs.size(), 0);
    QList<int> order;
    for (int i = 0; i < jobs.size(); ++i) {
        connect(jobs[i], &CredentialJob::finished, this, [&, i](CredentialJob *job) {
            statuses[i] = job->status();
            secrets[i] = job->secret();
            ++counts[i];
            order.append(i);
        });
    }
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), jobs.size(), storeTimeoutMs * 4);
    const qint64 elapsed = clock.elapsed();
    QTest::qWait(100);

    using Status = CredentialJob::Status;
    QCOMPARE(counts, QList<int>(jobs.size(), 1));
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(statuses, (QList<Status>{Status::StoredInMemory, Status::Ok, Status::StoredInMemory,
                                      Status::Ok, Status::Unavailable}));
    QCOMPARE(secrets, (QStringList{QString(), one, QString(), two, QString()}));
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(reentrantStatus, Status::Ok);
    QCOMPARE(reentrantSecret, one);
    // One wait for the keychain, not one per job.
    QVERIFY2(elapsed < storeTimeoutMs * 2, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestCredentialStoreNoKeychain::waitingDoesNotBlockTheEventLoop()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    CredentialJob *job = store->read(key(QStringLiteral("jane")));
    const CredentialOutcome read = run(job);
    QCOMPARE(read.status, CredentialJob::Status::Unavailable);
    QVERIFY(!read.errorText.isEmpty());
#ifdef CE_STALLED_KEYCHAIN
    // Ended by the store's timeout, and the event loop kept running all along.
    QVERIFY2(read.elapsedMs >= storeTimeoutMs - 50, qPrintable(QString::number(read.elapsedMs)));
    QVERIFY2(read.errorText.contains(QStringLiteral("did not answer in time")),
             qPrintable(read.errorText));
    QVERIFY2(ticks >= storeTimeoutMs / 10 / 2,
             qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(read.elapsedMs)));
#else
    QVERIFY2(read.elapsedMs < storeTimeoutMs / 2, qPrintable(QString::number(read.elapsedMs)));
    QVERIFY(read.errorText.contains(QStringLiteral("no Secret Service")));
    QVERIFY(ticks >= int(read.elapsedMs / 10 / 2));
#endif
}

void TestCredentialStoreNoKeychain::finishedIsQueuedEvenFromMemory()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    const QString value = secret(QStringLiteral("queued"));
    QCOMPARE(run(store->write(key(QStringLiteral("jane")), value)).status,
             CredentialJob::Status::StoredInMemory);

    CredentialJob *job = store->read(key(QStringLiteral("jane")));
    const QPointer<CredentialJob> alive(job);
    QSignalSpy finished(job, &CredentialJob::finished);
    // The answer is known already, yet nobody has been told before the event loop runs.
    QVERIFY(job->isFinished());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(alive.isNull());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestCredentialStoreNoKeychain::deletingAJobLeavesTheStoreWorking()
{
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    QSignalSpy unavailable(store.get(), &CredentialStore::keychainUnavailable);
    const QPointer<CredentialJob> abandoned = store->read(key(QStringLiteral("jane")));
    QSignalSpy abandonedFinished(abandoned.data(), &CredentialJob::finished);
#ifdef CE_STALLED_KEYCHAIN
    QTest::qWait(20); // now it hangs in the keychain
    QVERIFY(abandoned && !abandoned->isFinished());
#endif
    // Without a bus it would fail at the first turn of the event loop: deleted before that.
    delete abandoned.data();

    const QString value = secret(QStringLiteral("after-delete"));
    const CredentialOutcome written = run(store->write(key(QStringLiteral("jane")), value));
    QCOMPARE(written.status, CredentialJob::Status::StoredInMemory);
    QCOMPARE(run(store->read(key(QStringLiteral("jane")))).secret, value);
    QCOMPARE(abandonedFinished.count(), 0);
    QCOMPARE(unavailable.count(), 1);
}

void TestCredentialStoreNoKeychain::nothingSecretIsWrittenUnderHome()
{
    // The app's own flow once more: a profile in the settings, its password and app token.
    ProfileStore profiles;
    ConnectionProfile profile;
    profile.setName(QStringLiteral("Tenant"));
    profile.setBaseUrl(tenant);
    profile.setUserName(QStringLiteral("jane.doe.unique.user"));
    profile.setHasAppToken(true);
    profiles.save(profile);
    std::unique_ptr<CredentialStore> store;
    makeStore(store);
    QCOMPARE(run(store->write(profile.credentialKey(), secret(QStringLiteral("password")))).status,
             CredentialJob::Status::StoredInMemory);
    QCOMPARE(run(store->write(profile.appTokenKey(), secret(QStringLiteral("token")))).status,
             CredentialJob::Status::StoredInMemory);

    QVERIFY(m_secrets.size() >= 10);
    int files = 0;
    bool sawProfile = false;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++files;
        sawProfile = sawProfile || content.contains("jane.doe.unique.user");
        for (const QString &s : std::as_const(m_secrets)) {
            const QByteArray utf16(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
            QVERIFY2(!content.contains(s.toUtf8()) && !content.contains(utf16),
                     qPrintable(QStringLiteral("%1 holds a secret").arg(path)));
        }
    }
    // The scan did read what the app writes (the settings file), so finding nothing means
    // something.
    QVERIFY2(files > 0 && sawProfile, qPrintable(QStringLiteral("%1 files scanned").arg(files)));
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoKeychain)
#include "tst_credentialstore_nokeychain.moc"
