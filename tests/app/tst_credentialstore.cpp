#include "credentialstore.h"
#include "credentialwait.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>
#include <QUuid>

// The credential store against a real Secret Service: the unlocked gnome-keyring inside the
// dbus-run-session that ./test.sh provides. Without it this suite fails; it does not skip.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyForNormalizesBaseUrl_data();
    void keyForNormalizesBaseUrl();
    void roundTrip();
    void entryIsInTheSecretService();
    void keysAndServicesAreSeparate();
    void unicodeSecret();
    void finishedOnceAsynchronouslyThenDeleted();

private:
    QString uniqueKey(const QString &user);
    CredentialOutcome run(CredentialJob *job);

    const QString m_service = QStringLiteral("contact-editor-tests");
    QStringList m_keys;
};

namespace {

// The QtKeychain 0.13 libsecret schema: user = key, server = service, type = plaintext.
std::unique_ptr<QProcess> secretTool(const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral("secret-tool"), args);
    return process;
}

} // namespace

CredentialOutcome TestCredentialStore::run(CredentialJob *job)
{
    const auto outcome = waitForJob(job);
    if (!outcome) {
        QTest::qFail("The credential job did not finish within 20 s", __FILE__, __LINE__);
        return {};
    }
    return *outcome;
}

QString TestCredentialStore::uniqueKey(const QString &user)
{
    const QString key = CredentialStore::keyFor(
        user, QUrl(QStringLiteral("https://sod2.superoffice.com/Cust%1")
                       .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))));
    m_keys.append(key);
    return key;
}

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus. Run this suite inside dbus-run-session with an unlocked "
              "gnome-keyring (gnome-keyring-daemon --unlock --components=secrets), as ./test.sh "
              "does.");
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QFAIL("secret-tool is missing (package libsecret-tools); ./test.sh installs it.");

    // Probe: a write that lands in memory means there is no usable keychain here.
    CredentialStore store(m_service);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    const CredentialOutcome probe =
        run(store.write(uniqueKey(QStringLiteral("probe")), QStringLiteral("probe")));
    if (probe.status != CredentialJob::Status::Ok || !unavailable.isEmpty()) {
        const QString why =
            unavailable.isEmpty() ? probe.errorText : unavailable.first().first().toString();
        QFAIL(qPrintable(QStringLiteral("No usable Secret Service on this session bus (%1). Run "
                                        "this suite inside dbus-run-session with an unlocked "
                                        "gnome-keyring, as ./test.sh does.")
                             .arg(why)));
    }
}

void TestCredentialStore::cleanupTestCase()
{
    CredentialStore store(m_service);
    for (const QString &key : std::as_const(m_keys))
        waitForJob(store.remove(key));
}

void TestCredentialStore::keyForNormalizesBaseUrl_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("online tenant") << "jane"
                                   << "https://sod2.superoffice.com/Cust12345"
                                   << "jane@https://sod2.superoffice.com/Cust12345";
    QTest::newRow("trailing slash") << "jane"
                                    << "https://sod2.superoffice.com/Cust12345/"
                                    << "jane@https://sod2.superoffice.com/Cust12345";
    QTest::newRow("several slashes") << "jane"
                                     << "https://sod2.superoffice.com/Cust12345//"
                                     << "jane@https://sod2.superoffice.com/Cust12345";
    QTest::newRow("upper-case scheme and host, path kept")
        << "jane"
        << "HTTPS://SOD2.SuperOffice.COM/Cust12345"
        << "jane@https://sod2.superoffice.com/Cust12345";
    QTest::newRow("host only") << "admin"
                               << "http://127.0.0.1:8080/"
                               << "admin@http://127.0.0.1:8080";
    QTest::newRow("on-premises path") << "admin"
                                      << "http://Host/SuperOffice"
                                      << "admin@http://host/SuperOffice";
    QTest::newRow("no user info, query or fragment")
        << "jane"
        << "https://jane:hunter2@sod2.superoffice.com/Cust1/?x=1#f"
        << "jane@https://sod2.superoffice.com/Cust1";
    QTest::newRow("e-mail user") << "jane@example.com"
                                 << "https://sod2.superoffice.com/Cust1"
                                 << "jane@example.com@https://sod2.superoffice.com/Cust1";
}

void TestCredentialStore::keyForNormalizesBaseUrl()
{
    QFETCH(QString, user);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(CredentialStore::keyFor(user, QUrl(url)), key);
}

void TestCredentialStore::roundTrip()
{
    const QString key = uniqueKey(QStringLiteral("jane"));
    CredentialStore store(m_service);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    using Status = CredentialJob::Status;

    QCOMPARE(run(store.read(key)).status, Status::NotFound);
    QCOMPARE(run(store.write(key, QStringLiteral("first-secret"))).status, Status::Ok);
    CredentialOutcome read = run(store.read(key));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("first-secret"));

    // Another store (as in the next run) finds it: it is in the keychain, not in memory.
    {
        CredentialStore nextRun(m_service);
        read = run(nextRun.read(key));
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("first-secret"));
    }

    QCOMPARE(run(store.write(key, QStringLiteral("second-secret"))).status, Status::Ok);
    read = run(store.read(key));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("second-secret"));

    QCOMPARE(run(store.remove(key)).status, Status::Ok);
    read = run(store.read(key));
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    // Forgetting twice is fine.
    QCOMPARE(run(store.remove(key)).status, Status::Ok);

    QCOMPARE(unavailable.count(), 0);
    QVERIFY(store.isKeychainUsable());
}

void TestCredentialStore::entryIsInTheSecretService()
{
    const QString key = uniqueKey(QStringLiteral("secret-tool"));
    CredentialStore store(m_service);
    QCOMPARE(run(store.write(key, QStringLiteral("seen-by-secret-tool"))).status,
             CredentialJob::Status::Ok);

    const QStringList lookup{QStringLiteral("lookup"),
                             QStringLiteral("user"),
                             key,
                             QStringLiteral("server"),
                             m_service,
                             QStringLiteral("type"),
                             QStringLiteral("plaintext")};
    const auto found = secretTool(lookup);
    QVERIFY(found->waitForFinished(20000));
    QCOMPARE(found->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(found->readAllStandardOutput()).trimmed(),
             QStringLiteral("seen-by-secret-tool"));

    QCOMPARE(run(store.remove(key)).status, CredentialJob::Status::Ok);
    const auto gone = secretTool(lookup);
    QVERIFY(gone->waitForFinished(20000));
    QVERIFY(gone->exitCode() != 0);
    QVERIFY(gone->readAllStandardOutput().isEmpty());
}

void TestCredentialStore::keysAndServicesAreSeparate()
{
    const QUrl url(QStringLiteral("https://sod2.superoffice.com/Cust%1")
                       .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const QString alice = CredentialStore::keyFor(QStringLiteral("alice"), url);
    const QString bob = CredentialStore::keyFor(QStringLiteral("bob"), url);
    m_keys << alice << bob;
    CredentialStore store(m_service);
    CredentialStore other(m_service + QStringLiteral("-other"));
    using Status = CredentialJob::Status;

    QCOMPARE(run(store.write(alice, QStringLiteral("alice-secret"))).status, Status::Ok);
    QCOMPARE(run(store.write(bob, QStringLiteral("bob-secret"))).status, Status::Ok);
    QCOMPARE(run(store.read(alice)).secret, QStringLiteral("alice-secret"));
    QCOMPARE(run(store.read(bob)).secret, QStringLiteral("bob-secret"));
    QCOMPARE(run(other.read(alice)).status, Status::NotFound);

    QCOMPARE(run(store.remove(alice)).status, Status::Ok);
    QCOMPARE(run(store.read(alice)).status, Status::NotFound);
    QCOMPARE(run(store.read(bob)).secret, QStringLiteral("bob-secret"));
}

void TestCredentialStore::unicodeSecret()
{
    const QString key = uniqueKey(QStringLiteral("jørgen"));
    const QString secret = QStringLiteral("pä$$wörd ✓ 🔑 \"quoted\" \\ end");
    CredentialStore store(m_service);
    QCOMPARE(run(store.write(key, secret)).status, CredentialJob::Status::Ok);
    const CredentialOutcome read = run(store.read(key));
    QCOMPARE(read.status, CredentialJob::Status::Ok);
    QCOMPARE(read.secret, secret);
}

void TestCredentialStore::finishedOnceAsynchronouslyThenDeleted()
{
    const QString key = uniqueKey(QStringLiteral("async"));
    CredentialStore store(m_service);
    QCOMPARE(run(store.write(key, QStringLiteral("s"))).status, CredentialJob::Status::Ok);

    CredentialJob *job = store.read(key);
    const QPointer<CredentialJob> alive(job);
    QCOMPARE(job->key(), key);
    QCOMPARE(job->operation(), CredentialJob::Operation::Read);
    // Connected after read() returned, and still told.
    QSignalSpy finished(job, &CredentialJob::finished);
    QVERIFY(!job->isFinished());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<CredentialJob *>(), job);
    QTRY_VERIFY(alive.isNull());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
