#include "currentprincipaljob.h"
#include "testdata.h"
#include "webapiclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

// TLS errors are never ignored: a server whose certificate this machine does not trust fails
// the call with a TLS error before any request (or credential) is sent.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void untrustedCertificateFails();
    void plainHttpToRemoteHostNeedsOptIn();
};

void TestTls::untrustedCertificateFails()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("This Qt has no TLS backend; HTTPS cannot work at all.");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile crt(TestData::path(QStringLiteral("tls/selfsigned.crt")));
    QFile key(TestData::path(QStringLiteral("tls/selfsigned.key")));
    QVERIFY(crt.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    config.setLocalCertificate(QSslCertificate(&crt, QSsl::Pem));
    config.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int requestsRead = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [&requestsRead, socket] {
                // Only reached after a completed handshake, which must not happen.
                socket->readAll();
                ++requestsRead;
            });
        }
    });

    WebApiClient client;
    ConnectionProfile p;
    p.setName(QStringLiteral("tls"));
    p.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    p.setUserName(QStringLiteral("demo"));
    client.setProfile(p);
    client.setSecret(QStringLiteral("demo"));
    CurrentPrincipalJob *job = client.currentPrincipal();
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().kind(), ApiError::Kind::Tls);
    QVERIFY(!job->error().detail().isEmpty()); // says which certificate problem
    QCOMPARE(requestsRead, 0);
    // The message names the certificate, so the user can tell it from the right one.
    const QString message = job->error().message();
    QVERIFY2(message.contains(QLatin1String("self signed")) ||
                 message.contains(QLatin1String("self-signed")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("issued to 127.0.0.1 by 127.0.0.1")),
             qPrintable(message));
    const QString fingerprint = QString::fromLatin1(
        QSslCertificate(TestData::bytes(QStringLiteral("tls/selfsigned.crt")), QSsl::Pem)
            .digest(QCryptographicHash::Sha256)
            .toHex(':')
            .toUpper());
    QVERIFY2(message.contains(fingerprint), qPrintable(message));
}

void TestTls::plainHttpToRemoteHostNeedsOptIn()
{
    ConnectionProfile p;
    p.setName(QStringLiteral("remote"));
    p.setUserName(QStringLiteral("demo"));
    p.setBaseUrl(QUrl(QStringLiteral("http://crm.example.com/SuperOffice")));
    QVERIFY(!p.validate().isEmpty());
    p.setAllowInsecureHttp(true);
    QVERIFY(p.validate().isEmpty());
    QVERIFY(p.needsInsecureWarning());
    p.setBaseUrl(QUrl(QStringLiteral("https://crm.example.com/SuperOffice")));
    QVERIFY(!p.needsInsecureWarning());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
