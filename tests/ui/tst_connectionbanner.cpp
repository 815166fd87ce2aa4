#include "mainwindow.h"
#include "messagebanner.h"
#include "sandboxprocess.h"
#include "testdata.h"
#include "uitestsupport.h"
#include "workspace.h"

#include <QAccessible>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

// A server the editor cannot use until the user acts (here: a certificate this computer does not
// trust) is said in a banner with the certificate's details, readable by assistive technology;
// the company asked for on the command line opens once a connection works.
class TestConnectionBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsSaidAndTheCompanyOpensLater();
    void tryAgainAsksTheServerAgain();

private:
    std::unique_ptr<MainWindow> startAgainstUntrustedServer();

    SandboxProcess m_sandbox;
    QSslServer m_tls;
    int m_handshakes = 0;
};

void TestConnectionBanner::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    if (!QSslSocket::supportsSsl())
        QFAIL("This Qt has no TLS backend; HTTPS cannot work at all.");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(
        QSslCertificate(TestData::bytes(QStringLiteral("tls/selfsigned.crt")), QSsl::Pem));
    config.setPrivateKey(
        QSslKey(TestData::bytes(QStringLiteral("tls/selfsigned.key")), QSsl::Rsa, QSsl::Pem));
    m_tls.setSslConfiguration(config);
    connect(&m_tls, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    QVERIFY(m_tls.listen(QHostAddress::LocalHost, 0));
}

std::unique_ptr<MainWindow> TestConnectionBanner::startAgainstUntrustedServer()
{
    UiTest::forgetEverything();
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    MainWindow::StartOptions options;
    ConnectionProfile profile;
    profile.setName(QStringLiteral("untrusted"));
    profile.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tls.serverPort())));
    profile.setUserName(QStringLiteral("demo"));
    options.profile = profile;
    options.secret = QStringLiteral("demo");
    options.contactId = 1;
    window->start(options);
    return window;
}

void TestConnectionBanner::untrustedCertificateIsSaidAndTheCompanyOpensLater()
{
    auto window = startAgainstUntrustedServer();
    QVERIFY(window);
    MessageBanner *banner = window->connectionBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    const QString fingerprint = QString::fromLatin1(
        QSslCertificate(TestData::bytes(QStringLiteral("tls/selfsigned.crt")), QSsl::Pem)
            .digest(QCryptographicHash::Sha256)
            .toHex(':')
            .toUpper());
    QVERIFY2(banner->text().contains(QLatin1String("could not be verified")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(fingerprint), qPrintable(banner->text()));
    // Assistive technology reads the same words.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(accessible);
    QVERIFY(accessible->text(QAccessible::Description).contains(fingerprint));
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Connection problem"));
    // How it looks, for the screenshots folder (build/screenshots).
    window->resize(1100, 700);
    QTest::qWait(50);
    const QString dir = QStringLiteral(CE_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window->grab().save(dir + QStringLiteral("/connection-banner.png")));
    // Nothing was opened against a server that could not be trusted.
    QVERIFY(window->workspace()->sessions().isEmpty());

    // The user connects where it works: the company from the command line opens then.
    const ConnectionProfile good = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    window->workspace()->connectWith(good, QStringLiteral("demo"), QString(), false, QJsonObject{});
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace()->sessionFor(1) != nullptr, 15000);
    QTRY_VERIFY(!banner->isVisible());
}

void TestConnectionBanner::tryAgainAsksTheServerAgain()
{
    auto window = startAgainstUntrustedServer();
    QVERIFY(window);
    MessageBanner *banner = window->connectionBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    const int before = m_handshakes;
    auto *again = banner->findChild<QPushButton *>(QStringLiteral("retryConnection"));
    QVERIFY(again);
    again->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_handshakes > before, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("connectionSettings")));
}

QTEST_MAIN(TestConnectionBanner)
#include "tst_connectionbanner.moc"
