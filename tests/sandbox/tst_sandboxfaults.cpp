// The test hooks over real HTTP: every fault kind, rated faults drawn once per request from a
// seed, the request log (never holding credentials),
// server-side edits, reset, command-line faults, users and seeding, and persistence across
// restarts and kills with --data.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPrincipal = QStringLiteral("/api/v1/User/currentPrincipal");
}

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void delayHoldsTheNormalAnswer();
    void delayedReplyToAGoneClientDoesNotHurt();
    void statusFaultGivesErrorBodyForTimes();
    void dropClosesWithoutAnswer();
    void malformedBody();
    void truncatedBody();
    void oversizeBodyIsValidJsonOfTheSize();
    void oversizeBodyCanBeAbandoned();
    void htmlPage();
    void wrongContentType();
    void redirectKeepsTheMethod();
    void faultsMatchThePath();
    void badFaultsAreRefused();
    void severalRatedFaultsShareOneDrawPerRequest();
    void aSeedRepeatsTheDraws();
    void commandLineSeedRepeatsTheDraws();
    void dropAfterWriteStoresTheSaveUnanswered();
    void requestLogRedactsCredentials();
    void requestLogKeepsTheLast200();
    void touchContactActsAsAnotherUser();
    void resetReseeds();
    void commandLineFaultsUsersAndSeed();
    void dataSurvivesStopAndKill();

private:
    SandboxClient client();
    // The statuses of n GETs of the current principal (0: no answer).
    static QList<int> statuses(SandboxClient &c, int n);
    SandboxProcess m_sandbox;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxFaults::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
}

SandboxClient TestSandboxFaults::client()
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    return c;
}

void TestSandboxFaults::delayHoldsTheNormalAnswer()
{
    QVERIFY(m_sandbox.addFault({{"path", "currentPrincipal"}, {"kind", "delay"}, {"ms", 600}}));
    SandboxClient c = client();
    QElapsedTimer timer;
    timer.start();
    const auto r = c.get(kPrincipal);
    QVERIFY2(timer.elapsed() >= 550, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("UserName").toString(), QStringLiteral("demo"));
    timer.restart();
    QCOMPARE(c.get(kPrincipal).status, 200);
    QVERIFY(timer.elapsed() < 500);
}

void TestSandboxFaults::delayedReplyToAGoneClientDoesNotHurt()
{
    QVERIFY(m_sandbox.addFault(
        {{"path", "currentPrincipal"}, {"kind", "delay"}, {"ms", 400}, {"times", 3}}));
    for (int i = 0; i < 3; ++i) {
        SandboxClient c = client();
        c.network().setTransferTimeout(80);
        const auto r = c.get(kPrincipal);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
    }
    QTest::qWait(600); // the timers fire after their clients left
    SandboxClient c = client();
    QCOMPARE(c.get(kPrincipal).status, 200);
    QVERIFY(m_sandbox.isRunning());
}

void TestSandboxFaults::statusFaultGivesErrorBodyForTimes()
{
    QVERIFY(m_sandbox.addFault(
        {{"path", "/api/v1/Contact/1"}, {"kind", "status"}, {"status", 503}, {"times", 2}}));
    SandboxClient c = client();
    for (int i = 0; i < 2; ++i) {
        const auto r = c.get("/api/v1/Contact/1");
        QCOMPARE(r.status, 503);
        QVERIFY(r.isErrorBody());
    }
    QCOMPARE(c.get("/api/v1/Contact/1").status, 200);
    QVERIFY(
        m_sandbox.addFault({{"path", "SaveContactEntity"}, {"kind", "status"}, {"status", 500}}));
    const QString department = c.get("/api/v1/Contact/2").object().value("Department").toString();
    const auto save = c.post("/api/v1/Agents/Contact/SaveContactEntity",
                             QJsonObject{{"ContactId", 2}, {"Department", "x"}});
    QCOMPARE(save.status, 500);
    QVERIFY(save.isErrorBody());
    // The failed request never reached the service.
    QCOMPARE(c.get("/api/v1/Contact/2").object().value("Department").toString(), department);
}

void TestSandboxFaults::dropClosesWithoutAnswer()
{
    // Until cleared: QNetworkAccessManager retries a dropped request on a new connection.
    QVERIFY(m_sandbox.addFault({{"path", "currentPrincipal"}, {"kind", "drop"}, {"times", 0}}));
    SandboxClient c = client();
    const auto r = c.get(kPrincipal);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    m_sandbox.clearFaults();
    QCOMPARE(c.get(kPrincipal).status, 200);
}

void TestSandboxFaults::malformedBody()
{
    QVERIFY(m_sandbox.addFault({{"path", "GetContactEntity"}, {"kind", "malformed"}}));
    SandboxClient c = client();
    const auto r = c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.isJson());
    QVERIFY(r.body.startsWith("{\"ContactId\": 1"));
}

void TestSandboxFaults::truncatedBody()
{
    QVERIFY(m_sandbox.addFault({{"path", "GetContactEntity"}, {"kind", "truncated"}}));
    SandboxClient c = client();
    const auto r = c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1");
    QVERIFY(r.finished);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(!r.isJson());
}

void TestSandboxFaults::oversizeBodyIsValidJsonOfTheSize()
{
    QVERIFY(m_sandbox.addFault({{"path", "Contact/3"}, {"kind", "oversize"}, {"bytes", 5000000}}));
    SandboxClient c = client();
    const auto r = c.get("/api/v1/Contact/3");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), 5000000);
    QVERIFY(r.isJson());
    QCOMPARE(r.object().value("ContactId").toInt(), 1);
}

void TestSandboxFaults::oversizeBodyCanBeAbandoned()
{
    QVERIFY(m_sandbox.addFault({{"path", "Contact/3"}, {"kind", "oversize"}, {"bytes", 70000000}}));
    SandboxClient c = client();
    QNetworkRequest request(c.url("/api/v1/Contact/3"));
    request.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
    QNetworkReply *reply = c.network().get(request);
    // A small read buffer keeps the download in step with the reads below, so it stops midway.
    reply->setReadBufferSize(256 * 1024);
    qint64 seen = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&seen, reply] {
        seen += reply->readAll().size();
        if (seen > 1000000)
            reply->abort();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(seen > 0 && seen < 70000000);
    reply->deleteLater();
    QCOMPARE(c.get(kPrincipal).status, 200);
}

void TestSandboxFaults::htmlPage()
{
    QVERIFY(m_sandbox.addFault({{"path", "currentPrincipal"}, {"kind", "html"}}));
    SandboxClient c = client();
    const auto r = c.get(kPrincipal);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
}

void TestSandboxFaults::wrongContentType()
{
    QVERIFY(m_sandbox.addFault({{"path", "currentPrincipal"}, {"kind", "contenttype"}}));
    SandboxClient c = client();
    const auto r = c.get(kPrincipal);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(r.object().value("UserName").toString(), QStringLiteral("demo"));
}

void TestSandboxFaults::redirectKeepsTheMethod()
{
    const QString target =
        m_sandbox.baseUrl().toString() + "/Cust12345/api/v1/Agents/Contact/SaveContactEntity";
    QVERIFY(m_sandbox.addFault({{"path", "/api/v1/Agents/Contact/SaveContactEntity"},
                                {"kind", "redirect"},
                                {"location", target}}));
    SandboxClient c = client();
    const auto r = c.post("/api/v1/Agents/Contact/SaveContactEntity",
                          QJsonObject{{"ContactId", 4}, {"Department", "Redirected"}});
    QCOMPARE(r.status, 307);
    QCOMPARE(QString::fromUtf8(r.header("Location")), target);
    // Nothing was saved by the redirected request; following it saves.
    QVERIFY(c.get("/api/v1/Contact/4").object().value("Department").toString() !=
            QStringLiteral("Redirected"));
    const auto followed = c.post("/Cust12345/api/v1/Agents/Contact/SaveContactEntity",
                                 QJsonObject{{"ContactId", 4}, {"Department", "Redirected"}});
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.object().value("Department").toString(), QStringLiteral("Redirected"));
}

void TestSandboxFaults::faultsMatchThePath()
{
    QVERIFY(m_sandbox.addFault(
        {{"path", "SaveContactEntity"}, {"kind", "status"}, {"status", 500}, {"times", 0}}));
    SandboxClient c = client();
    QCOMPARE(c.get(kPrincipal).status, 200);
    QCOMPARE(c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").status, 200);
    QCOMPARE(
        c.post("/api/v1/Agents/Contact/SaveContactEntity", QJsonObject{{"ContactId", 1}}).status,
        500);
    QCOMPARE(
        c.post("/api/v1/Agents/Contact/SaveContactEntity", QJsonObject{{"ContactId", 1}}).status,
        500);
    m_sandbox.clearFaults();
    QCOMPARE(
        c.post("/api/v1/Agents/Contact/SaveContactEntity", QJsonObject{{"ContactId", 1}}).status,
        200);
}

void TestSandboxFaults::badFaultsAreRefused()
{
    QVERIFY(!m_sandbox.addFault({{"kind", "explode"}}));
    QVERIFY(!m_sandbox.addFault({{"kind", "redirect"}}));
    QVERIFY(!m_sandbox.addFault({{"kind", "status"}, {"status", 42}}));
    QVERIFY(!m_sandbox.addFault({{"kind", "delay"}, {"ms", 500}, {"maxMs", 100}}));
    QVERIFY(!m_sandbox.addFault({{"seed", -1}}));
    QVERIFY(!m_sandbox.addFault({{"seed", "x"}}));
    QVERIFY(!m_sandbox.addFault({{"faults", QJsonArray{QJsonObject{{"kind", "explode"}}}}}));
    SandboxClient c = client();
    QCOMPARE(c.get(kPrincipal).status, 200);
}

QList<int> TestSandboxFaults::statuses(SandboxClient &c, int n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out.append(c.get(kPrincipal).status);
    return out;
}

namespace {
// Three faults on the same path, a fifth of the requests each; the rest are answered.
QJsonObject threeRatedFaults(int seed)
{
    QJsonArray faults;
    for (const int status : {500, 502, 503})
        faults.append(QJsonObject{{"path", "currentPrincipal|NeverMatches"},
                                  {"kind", "status"},
                                  {"status", status},
                                  {"rate", 0.2},
                                  {"times", 0}});
    return {{"seed", seed}, {"faults", faults}};
}
} // namespace

void TestSandboxFaults::severalRatedFaultsShareOneDrawPerRequest()
{
    QVERIFY(m_sandbox.addFault(threeRatedFaults(7)));
    SandboxClient c = client();
    const QList<int> seen = statuses(c, 300);
    // One draw per request picks at most one fault: about 60 of each, 120 answered.
    for (const int status : {500, 502, 503})
        QVERIFY2(seen.count(status) > 25 && seen.count(status) < 100,
                 qPrintable(QString::number(seen.count(status))));
    QVERIFY2(seen.count(200) > 70 && seen.count(200) < 170,
             qPrintable(QString::number(seen.count(200))));
    QCOMPARE(seen.count(200) + seen.count(500) + seen.count(502) + seen.count(503), 300);
    // Other paths draw nothing.
    QCOMPARE(c.get("/api/v1/Contact/1").status, 200);
    const QJsonObject state = QJsonDocument::fromJson(c.get("/sandbox/faults").body).object();
    QCOMPARE(state.value("seed").toInt(), 7);
    QCOMPARE(state.value("draws").toInt(), 300);
    const QJsonArray faults = state.value("faults").toArray();
    QCOMPARE(faults.size(), 3);
    QCOMPARE(faults.at(0).toObject().value("hits").toInt(), seen.count(500));
    QCOMPARE(faults.at(1).toObject().value("hits").toInt(), seen.count(502));
    QCOMPARE(faults.at(2).toObject().value("hits").toInt(), seen.count(503));
}

void TestSandboxFaults::aSeedRepeatsTheDraws()
{
    SandboxClient c = client();
    QVERIFY(m_sandbox.addFault(threeRatedFaults(42)));
    const QList<int> first = statuses(c, 60);
    // The same seed and faults again (they replace the ones there are): the same answers.
    QVERIFY(m_sandbox.addFault(threeRatedFaults(42)));
    QCOMPARE(statuses(c, 60), first);
    // A seed alone restarts the draws and keeps the faults.
    QVERIFY(m_sandbox.addFault({{"seed", 42}}));
    QCOMPARE(statuses(c, 60), first);
    QVERIFY(m_sandbox.addFault(threeRatedFaults(43)));
    QVERIFY(statuses(c, 60) != first);
}

void TestSandboxFaults::commandLineSeedRepeatsTheDraws()
{
    const QStringList args = {"--fault",
                              "seed=42",
                              "--fault",
                              "kind=status,status=500,rate=0.2,path=currentPrincipal|NeverMatches",
                              "--fault",
                              R"({"kind": "status", "status": 502, "rate": 0.2, "path": )"
                              R"("currentPrincipal|NeverMatches"})",
                              "--fault",
                              "kind=status,status=503,rate=0.2,path=currentPrincipal|NeverMatches"};
    SandboxProcess other;
    QVERIFY2(other.start(args), qPrintable(other.errorString()));
    SandboxClient c(other.baseUrl());
    c.setBasic("demo", "demo");
    const QList<int> fromCommandLine = statuses(c, 60);
    // The same draws as the admin endpoint's with the same seed and faults.
    QVERIFY(m_sandbox.addFault(threeRatedFaults(42)));
    SandboxClient mine = client();
    QCOMPARE(statuses(mine, 60), fromCommandLine);
    QVERIFY(fromCommandLine.contains(200) && fromCommandLine.contains(500));
}

void TestSandboxFaults::dropAfterWriteStoresTheSaveUnanswered()
{
    // A plain socket: QNetworkAccessManager would send the request again on a new connection.
    auto post = [this](const QByteArray &body) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox.port());
        if (!socket.waitForConnected(5000))
            return QByteArray("not connected");
        socket.write("POST /api/v1/Agents/Contact/SaveContactEntity HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Basic " +
                     QByteArray("demo:demo").toBase64() +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray got;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            got += socket.readAll();
        return got + socket.readAll();
    };
    QVERIFY(m_sandbox.addFault(
        {{"path", "SaveContactEntity"}, {"kind", "dropafterwrite"}, {"times", 2}}));
    QCOMPARE(post(R"({"ContactId": 6, "Department": "Stored, never confirmed"})"), QByteArray());
    SandboxClient c = client();
    QCOMPARE(c.get("/api/v1/Contact/6").object().value("Department").toString(),
             QStringLiteral("Stored, never confirmed"));
    // A new company is created though its creator never hears of it: sending it again makes a
    // duplicate.
    const int before = c.get("/api/v1/Contact").object().value("value").toArray().size();
    QCOMPARE(post(R"({"ContactId": 0, "Name": "Dobbelt AS"})"), QByteArray());
    QCOMPARE(c.get("/api/v1/Contact").object().value("value").toArray().size(), before + 1);
    const auto again = c.post("/api/v1/Agents/Contact/SaveContactEntity",
                              QJsonObject{{"ContactId", 0}, {"Name", "Dobbelt AS"}});
    QCOMPARE(again.status, 200);
    QCOMPARE(c.get("/api/v1/Contact").object().value("value").toArray().size(), before + 2);
    m_sandbox.reset();
}

void TestSandboxFaults::requestLogRedactsCredentials()
{
    SandboxClient basic = client();
    basic.get(kPrincipal, {{"SO-AppToken", "app-secret-123"}, {"X-Custom", "visible"}});
    SandboxClient ticket(m_sandbox.baseUrl());
    ticket.setTicket("7T:demo-ticket");
    ticket.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1");
    SandboxClient bearer(m_sandbox.baseUrl());
    bearer.setBearer("8A:Cust12345.demo-token");
    bearer.get("/api/v1/MDOList/category?flat=true");
    SandboxClient anonymous(m_sandbox.baseUrl());
    anonymous.get("/api");

    const QJsonArray log = m_sandbox.requests();
    QCOMPARE(log.size(), 4);
    const QByteArray text = QJsonDocument(log).toJson();
    for (const char *secret :
         {"app-secret-123", "7T:demo-ticket", "8A:Cust12345.demo-token", "ZGVtbzpkZW1v"})
        QVERIFY2(!text.contains(secret), secret);
    const QJsonObject first = log.at(0).toObject();
    QCOMPARE(first.value("method").toString(), QStringLiteral("GET"));
    QCOMPARE(first.value("path").toString(), kPrincipal);
    QCOMPARE(first.value("authScheme").toString(), QStringLiteral("Basic"));
    QCOMPARE(first.value("hasAuthorization").toBool(), true);
    QJsonObject headers;
    const QJsonObject raw = first.value("headers").toObject();
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
        headers.insert(it.key().toLower(), it.value());
    QCOMPARE(headers.value("authorization").toString(), QStringLiteral("<redacted>"));
    QCOMPARE(headers.value("so-apptoken").toString(), QStringLiteral("<redacted>"));
    QCOMPARE(headers.value("x-custom").toString(), QStringLiteral("visible"));
    QCOMPARE(log.at(1).toObject().value("authScheme").toString(), QStringLiteral("SoTicket"));
    QCOMPARE(log.at(1).toObject().value("query").toString(), QStringLiteral("contactEntityId=1"));
    QCOMPARE(log.at(2).toObject().value("authScheme").toString(), QStringLiteral("Bearer"));
    QCOMPARE(log.at(3).toObject().value("hasAuthorization").toBool(), false);
    QCOMPARE(log.at(3).toObject().value("authScheme").toString(), QString());
    m_sandbox.clearRequests();
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TestSandboxFaults::requestLogKeepsTheLast200()
{
    SandboxClient c(m_sandbox.baseUrl());
    for (int i = 0; i < 205; ++i)
        c.get(QStringLiteral("/api?n=%1").arg(i));
    const QJsonArray log = m_sandbox.requests();
    QCOMPARE(log.size(), 200);
    QCOMPARE(log.at(0).toObject().value("query").toString(), QStringLiteral("n=5"));
    QCOMPARE(log.at(199).toObject().value("query").toString(), QStringLiteral("n=204"));
}

void TestSandboxFaults::touchContactActsAsAnotherUser()
{
    SandboxClient c = client();
    const QJsonObject before =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=5").object();
    const QJsonObject touched =
        m_sandbox.touchContact(5, {{"department", "Changed by Ola"}, {"Xstop", true}});
    QCOMPARE(touched.value("Department").toString(), QStringLiteral("Changed by Ola"));
    QCOMPARE(touched.value("UpdatedBy").toObject().value("AssociateId").toInt(), 9);
    QVERIFY(touched.value("UpdatedDate").toString() > before.value("UpdatedDate").toString());
    const QJsonObject after =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=5").object();
    QCOMPARE(after.value("Department").toString(), QStringLiteral("Changed by Ola"));
    QCOMPARE(after.value("Xstop").toBool(), true);
    QCOMPARE(after.value("Name"), before.value("Name"));
    QCOMPARE(after.value("UpdatedBy").toObject().value("FullName").toString(),
             QStringLiteral("Ola Nordmann"));
    QVERIFY(m_sandbox.touchContact(99999, {{"Name", "x"}}).isEmpty());
}

void TestSandboxFaults::resetReseeds()
{
    SandboxClient c = client();
    QJsonObject e = c.post("/api/v1/Agents/Contact/CreateDefaultContactEntity").object();
    e.insert("Name", "Temporary AS");
    const int id =
        c.post("/api/v1/Agents/Contact/SaveContactEntity", e).object().value("ContactId").toInt();
    QVERIFY(id > 25);
    m_sandbox.touchContact(1, {{"Name", "Renamed"}});
    QVERIFY(m_sandbox.addFault(
        {{"path", "currentPrincipal"}, {"kind", "status"}, {"status", 500}, {"times", 0}}));
    m_sandbox.reset();
    QCOMPARE(c.get("/api/v1/Contact/" + QString::number(id)).status, 404);
    QCOMPARE(c.get("/api/v1/Contact/1").object().value("Name").toString(),
             QStringLiteral("Nordlys Konsulenter AS"));
    QCOMPARE(c.get("/api/v1/Contact").object().value("value").toArray().size(), 25);
    QCOMPARE(c.get(kPrincipal).status, 200); // faults are cleared too
}

void TestSandboxFaults::commandLineFaultsUsersAndSeed()
{
    QTemporaryDir dir;
    const QString users = dir.filePath("users.json");
    QFile f(users);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"users": [{"userName": "anna", "password": "s3cret", "ticket": "7T:anna", "token": "8A:Cust1.anna",
                           "role": "viewer", "associateId": 5, "fullName": "Anna Admin", "countryId": 752}]})");
    f.close();
    SandboxProcess other;
    QVERIFY2(other.start({"--config", users, "--seed", "30", "--fault",
                          "kind=status,status=502,path=MDOList"}),
             qPrintable(other.errorString()));
    SandboxClient c(other.baseUrl());
    c.setBasic("demo", "demo");
    QCOMPARE(c.get(kPrincipal).status, 401);
    c.setBasic("anna", "s3cret");
    const QJsonObject principal = c.get(kPrincipal).object();
    QCOMPARE(principal.value("FullName").toString(), QStringLiteral("Anna Admin"));
    QCOMPARE(principal.value("HomeCountryId").toInt(), 752);
    QCOMPARE(c.get("/api/v1/Contact").object().value("value").toArray().size(), 25 + 30);
    // A command-line fault stays until cleared.
    QCOMPARE(c.get("/api/v1/MDOList/category").status, 502);
    QCOMPARE(c.get("/api/v1/MDOList/category").status, 502);
    other.clearFaults();
    QCOMPARE(c.get("/api/v1/MDOList/category").status, 200);
}

void TestSandboxFaults::dataSurvivesStopAndKill()
{
    QTemporaryDir dir;
    SandboxProcess persistent;
    QVERIFY2(persistent.start({"--data", dir.path()}), qPrintable(persistent.errorString()));
    QVERIFY(QFile::exists(dir.filePath("sandbox.sqlite")));
    const quint16 port = persistent.port();
    {
        SandboxClient c(persistent.baseUrl());
        c.setBasic("demo", "demo");
        QJsonObject e = c.post("/api/v1/Agents/Contact/CreateDefaultContactEntity").object();
        e.insert("Name", "Varig Lagring AS");
        e.insert("Unknown", QJsonObject{{"kept", true}});
        QCOMPARE(c.post("/api/v1/Agents/Contact/SaveContactEntity", e)
                     .object()
                     .value("ContactId")
                     .toInt(),
                 26);
        QCOMPARE(c.post("/api/v1/Agents/Contact/SaveContactEntity",
                        QJsonObject{{"ContactId", 2}, {"Department", "Etter omstart"}})
                     .status,
                 200);
    }
    persistent.stop();
    QVERIFY(!persistent.isRunning());
    QVERIFY2(persistent.restart(), qPrintable(persistent.errorString()));
    QCOMPARE(persistent.port(), port);
    {
        SandboxClient c(persistent.baseUrl());
        c.setBasic("demo", "demo");
        const QJsonObject saved =
            c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=26").object();
        QCOMPARE(saved.value("Name").toString(), QStringLiteral("Varig Lagring AS"));
        QCOMPARE(saved.value("Unknown").toObject().value("kept").toBool(), true);
        QCOMPARE(c.get("/api/v1/Contact/2").object().value("Department").toString(),
                 QStringLiteral("Etter omstart"));
        // --demo does not seed a store that has data.
        QCOMPARE(c.get("/api/v1/Contact").object().value("value").toArray().size(), 26);
        QCOMPARE(c.post("/api/v1/Agents/Contact/SaveContactEntity",
                        QJsonObject{{"ContactId", 3}, {"Department", "Før kill"}})
                     .status,
                 200);
    }
    persistent.kill();
    QVERIFY2(persistent.restart(), qPrintable(persistent.errorString()));
    SandboxClient c(persistent.baseUrl());
    c.setBasic("demo", "demo");
    QCOMPARE(c.get("/api/v1/Contact/3").object().value("Department").toString(),
             QStringLiteral("Før kill"));
    QCOMPARE(c.get("/api/v1/Contact/26").object().value("Name").toString(),
             QStringLiteral("Varig Lagring AS"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
