// The sandbox's front door over real HTTP: version endpoints, the three authentication schemes,
// the current principal, error bodies for bad input and unknown routes, and the command line.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionEndpointsNeedNoCredentials();
    void authSchemes_data();
    void authSchemes();
    void missingOrWrongCredentialsGive401_data();
    void missingOrWrongCredentialsGive401();
    void currentPrincipalDescribesTheUser();
    void unknownRoutesGive404WithErrorBody();
    void agentsNeedPost();
    void malformedJsonGives400();
    void wrongMemberTypesGive400();
    void bodiesOverTheCapGive413();
    void tenantPrefixIsAccepted();
    void servesEightClientsAtOnce();
    void testHooksAreOffWithoutAdmin();
    void helpListsTheOptions();
    void listensOnLoopbackAndWritesThePortFile();

private:
    SandboxProcess m_sandbox;
};

void TestSandboxApi::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxApi::versionEndpointsNeedNoCredentials()
{
    SandboxClient client(m_sandbox.baseUrl());
    for (const char *path : {"/api", "/api/v1"}) {
        const auto r = client.get(QString::fromLatin1(path));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value("Version").toString(), QStringLiteral("v1"));
        QCOMPARE(o.value("v1").toString(),
                 m_sandbox.baseUrl().toString() + QStringLiteral("/api/v1/"));
        QVERIFY(!o.value("NetServerVersion").toString().isEmpty());
    }
}

void TestSandboxApi::authSchemes_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("user");
    QTest::newRow("basic demo") << QByteArray("Basic " + QByteArray("demo:demo").toBase64())
                                << "demo";
    QTest::newRow("basic user name ignores case")
        << QByteArray("Basic " + QByteArray("DEMO:demo").toBase64()) << "demo";
    QTest::newRow("soticket") << QByteArray("SOTICKET 7T:viewer-ticket") << "viewer";
    QTest::newRow("soticket mixed case scheme") << QByteArray("SoTicket 7T:demo-ticket") << "demo";
    QTest::newRow("bearer") << QByteArray("Bearer 8A:Cust12345.restricted-token") << "restricted";
}

void TestSandboxApi::authSchemes()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, user);
    SandboxClient client(m_sandbox.baseUrl());
    client.setAuthorization(authorization);
    const auto r = client.get(QStringLiteral("/api/v1/User/currentPrincipal"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("UserName").toString(), user);
}

void TestSandboxApi::missingOrWrongCredentialsGive401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong password") << QByteArray("Basic " + QByteArray("demo:wrong").toBase64());
    QTest::newRow("password case matters")
        << QByteArray("Basic " + QByteArray("demo:DEMO").toBase64());
    QTest::newRow("unknown user") << QByteArray("Basic " + QByteArray("nobody:demo").toBase64());
    QTest::newRow("not base64") << QByteArray("Basic !!!");
    QTest::newRow("wrong ticket") << QByteArray("SOTICKET 7T:nope");
    QTest::newRow("ticket as bearer") << QByteArray("Bearer 7T:demo-ticket");
    QTest::newRow("wrong token") << QByteArray("Bearer 8A:Cust12345.nope");
    QTest::newRow("unknown scheme") << QByteArray("Digest abc");
    QTest::newRow("scheme only") << QByteArray("Bearer");
}

void TestSandboxApi::missingOrWrongCredentialsGive401()
{
    QFETCH(QByteArray, authorization);
    SandboxClient client(m_sandbox.baseUrl());
    client.setAuthorization(authorization);
    for (const QString &path :
         {QStringLiteral("/api/v1/User/currentPrincipal"), QStringLiteral("/api/v1/Contact/1")}) {
        const auto r = client.get(path);
        QCOMPARE(r.status, 401);
        QVERIFY2(r.isErrorBody(), r.body.constData());
        QVERIFY(!r.object().contains("ContactId"));
    }
    const auto save = client.post(QStringLiteral("/api/v1/Agents/Contact/SaveContactEntity"),
                                  QJsonObject{{"ContactId", 1}, {"Name", "Hacked"}});
    QCOMPARE(save.status, 401);
    SandboxClient demo(m_sandbox.baseUrl());
    demo.setBasic("demo", "demo");
    QVERIFY(demo.get("/api/v1/Contact/1").object().value("Name").toString() !=
            QStringLiteral("Hacked"));
}

void TestSandboxApi::currentPrincipalDescribesTheUser()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("viewer", "viewer");
    const QJsonObject o = client.get("/api/v1/User/currentPrincipal").object();
    QCOMPARE(o.value("AssociateId").toInt(), 6);
    QCOMPARE(o.value("FullName").toString(), QStringLiteral("Vera Viewer"));
    QCOMPARE(o.value("HomeCountryId").toInt(), 578);
    QCOMPARE(o.value("RoleName").toString(), QStringLiteral("Viewer"));
    QVERIFY(o.value("FunctionRights").isArray());
}

void TestSandboxApi::unknownRoutesGive404WithErrorBody()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    for (const char *path :
         {"/api/v1/NoSuchThing", "/api/v2", "/nothing", "/api/v1/Agents/Contact/NoSuchMethod",
          "/api/v1/Contact/999999", "/api/v1/MDOList/nosuchlist"}) {
        const bool agents = QByteArray(path).contains("Agents");
        const auto r = agents ? client.post(QString::fromLatin1(path), QJsonObject{})
                              : client.get(QString::fromLatin1(path));
        QCOMPARE(r.status, 404);
        QVERIFY2(r.isErrorBody(), path);
    }
    const auto missing = client.get("/api/v1/Contact/999999");
    QCOMPARE(missing.object().value("ErrorType").toString(), QStringLiteral("SoNotFoundException"));
    QVERIFY(missing.object().value("ErrorMessage").toString().contains("999999"));
}

void TestSandboxApi::agentsNeedPost()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    const auto r = client.get("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1");
    QCOMPARE(r.status, 405);
    QVERIFY(r.isErrorBody());
}

void TestSandboxApi::malformedJsonGives400()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    for (const QByteArray &body : {QByteArray("{\"ContactId\": 1, \"Name\": "), QByteArray("[1,2]"),
                                   QByteArray("\"x\""), QByteArray()}) {
        const auto r = client.send("POST", "/api/v1/Agents/Contact/SaveContactEntity", body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.isErrorBody(), body.constData());
    }
    // The server is still fine afterwards.
    QCOMPARE(client.get("/api/v1/Contact/1").status, 200);
}

void TestSandboxApi::wrongMemberTypesGive400()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    const QString before = client.get("/api/v1/Contact/2").object().value("Name").toString();
    const QList<QJsonObject> bodies = {
        {{"ContactId", 2}, {"Name", 42}},
        {{"ContactId", 2}, {"Phones", "+47 1"}},
        {{"ContactId", 2}, {"Phones", QJsonArray{1, 2}}},
        {{"ContactId", 2}, {"Category", QJsonObject{{"Id", 9999}}}},
        {{"ContactId", 2}, {"Country", QJsonObject{{"CountryId", 1}}}},
        {{"ContactId", 2}, {"NoMailing", "yes"}},
        {{"ContactId", 2}, {"Address", "Storgata 1"}},
    };
    for (const QJsonObject &body : bodies) {
        const auto r = client.post("/api/v1/Agents/Contact/SaveContactEntity", body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.isErrorBody(), SandboxClient::json(body).constData());
    }
    QCOMPARE(client.get("/api/v1/Contact/2").object().value("Name").toString(), before);
    // Persons is display data a save ignores, whatever its shape.
    const auto persons = client.post("/api/v1/Agents/Contact/SaveContactEntity",
                                     QJsonObject{{"ContactId", 2}, {"Persons", QJsonObject{}}});
    QCOMPARE(persons.status, 200);
}

void TestSandboxApi::bodiesOverTheCapGive413()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    QByteArray body = "{\"ContactId\": 1, \"Description\": \"";
    body.append(QByteArray(17 * 1024 * 1024, 'a'));
    body.append("\"}");
    const auto r = client.send("POST", "/api/v1/Agents/Contact/SaveContactEntity", body);
    QCOMPARE(r.status, 413);
    QVERIFY(r.isErrorBody());
}

void TestSandboxApi::tenantPrefixIsAccepted()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    const auto r = client.get("/Cust12345/api/v1/Contact/1");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("ContactId").toInt(), 1);
}

void TestSandboxApi::servesEightClientsAtOnce()
{
    // Eight connections, each with a get and a save of the 20-person company in flight.
    QList<QNetworkAccessManager *> managers;
    QList<QNetworkReply *> replies;
    QObject owner;
    SandboxClient reader(m_sandbox.baseUrl());
    reader.setBasic("demo", "demo");
    const QByteArray entity = SandboxClient::json(
        reader.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").object());
    for (int i = 0; i < 8; ++i) {
        auto *network = new QNetworkAccessManager(&owner);
        for (int j = 0; j < 5; ++j) {
            QNetworkRequest get(
                reader.url("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1"));
            get.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
            replies.append(network->post(get, QByteArray()));
            QNetworkRequest save(reader.url("/api/v1/Agents/Contact/SaveContactEntity"));
            save.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
            save.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies.append(network->post(save, entity));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             60000);
    for (QNetworkReply *r : replies) {
        QCOMPARE(r->error(), QNetworkReply::NoError);
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(r->readAll()).object().value("Persons").toArray().size(),
                 20);
    }
}

void TestSandboxApi::testHooksAreOffWithoutAdmin()
{
    QTemporaryDir dir;
    // Started by hand without --admin: the hooks must not answer.
    QProcess process;
    const QString portFile = dir.filePath("port");
    process.start(QStringLiteral(CE_BINARY_DIR "/sandbox/contact-sandbox"),
                  {"--memory", "--port", "0", "--port-file", portFile});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 10000);
    QFile f(portFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    SandboxClient client(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(f.readAll()))));
    const auto r = client.post("/sandbox/faults", QJsonObject{{"kind", "drop"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(client.get("/sandbox/requests").status, 404);
    // Without --demo the store starts empty.
    client.setBasic("demo", "demo");
    QCOMPARE(client.get("/api/v1/Contact").object().value("value").toArray().size(), 0);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxApi::helpListsTheOptions()
{
    QProcess process;
    process.start(QStringLiteral(CE_BINARY_DIR "/sandbox/contact-sandbox"), {"--help"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port", "--port-file", "--data", "--memory", "--demo", "--config",
                               "--seed", "--fault", "--admin"})
        QVERIFY2(help.contains(option), option);
}

void TestSandboxApi::listensOnLoopbackAndWritesThePortFile()
{
    QTemporaryDir dir;
    QProcess process;
    const QString portFile = dir.filePath("port");
    process.start(QStringLiteral(CE_BINARY_DIR "/sandbox/contact-sandbox"),
                  {"--memory", "--port-file", portFile});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QByteArray line = process.readLine().trimmed();
    QFile f(portFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray port = f.readAll();
    QVERIFY(port.toUInt() > 0);
    QCOMPARE(line, QByteArray("contact-sandbox listening on http://127.0.0.1:" + port));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
