// The sandbox reports its own time on every answer as "Server-Timing: app;dur=<ms>", which
// bench/bench_sandbox reads to tell server time from the round trip. Checked for presence and
// form only: a time limit would fail on a busy machine and says nothing about correctness.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QRegularExpression>
#include <QtTest>

class TestSandboxTiming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAnswerCarriesServerTiming_data();
    void everyAnswerCarriesServerTiming();
    void faultedAnswersCarryServerTiming();

private:
    SandboxProcess m_sandbox;
};

namespace {

// The milliseconds in "app;dur=<ms>", or -1 when the header is missing or malformed.
double serverTimingMs(const SandboxClient::Result &r)
{
    static const QRegularExpression form(QStringLiteral("^app;dur=(\\d+(?:\\.\\d+)?)$"));
    const auto m = form.match(QString::fromLatin1(r.header("Server-Timing")));
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const double ms = m.captured(1).toDouble(&ok);
    return ok ? ms : -1;
}

} // namespace

void TestSandboxTiming::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxTiming::everyAnswerCarriesServerTiming_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<int>("status");
    QTest::newRow("version") << QByteArray("GET") << "/api/v1" << QByteArray() << false << 200;
    QTest::newRow("get entity") << QByteArray("POST")
                                << "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1"
                                << QByteArray() << true << 200;
    QTest::newRow("rest get") << QByteArray("GET") << "/api/v1/Contact/2" << QByteArray() << true
                              << 200;
    QTest::newRow("no credentials")
        << QByteArray("GET") << "/api/v1/Contact/1" << QByteArray() << false << 401;
    QTest::newRow("unknown route")
        << QByteArray("GET") << "/api/v1/NoSuchThing" << QByteArray() << true << 404;
    QTest::newRow("malformed body")
        << QByteArray("POST") << "/api/v1/Agents/Contact/SaveContactEntity"
        << QByteArray("{\"Name\": ") << true << 400;
}

void TestSandboxTiming::everyAnswerCarriesServerTiming()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, credentials);
    QFETCH(int, status);
    SandboxClient client(m_sandbox.baseUrl());
    if (credentials)
        client.setBasic("demo", "demo");
    const auto r = client.send(method, path, body);
    QCOMPARE(r.status, status);
    QVERIFY2(serverTimingMs(r) >= 0, r.header("Server-Timing").constData());
}

void TestSandboxTiming::faultedAnswersCarryServerTiming()
{
    SandboxClient client(m_sandbox.baseUrl());
    client.setBasic("demo", "demo");
    const auto get = client.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1");
    QCOMPARE(get.status, 200);
    const QByteArray entity = SandboxClient::json(get.object());

    // A save answered normally, then one answered by an injected 500 instead.
    const auto saved = client.post("/api/v1/Agents/Contact/SaveContactEntity", get.object());
    QCOMPARE(saved.status, 200);
    QVERIFY2(serverTimingMs(saved) >= 0, saved.header("Server-Timing").constData());
    QVERIFY(m_sandbox.addFault(
        {{"path", "SaveContactEntity"}, {"kind", "status"}, {"status", 500}, {"times", 1}}));
    const auto failed = client.send("POST", "/api/v1/Agents/Contact/SaveContactEntity", entity);
    QCOMPARE(failed.status, 500);
    QVERIFY2(serverTimingMs(failed) >= 0, failed.header("Server-Timing").constData());

    // A delayed answer reports the work, not the injected wait.
    QVERIFY(m_sandbox.addFault(
        {{"path", "GetContactEntity"}, {"kind", "delay"}, {"ms", 1000}, {"times", 1}}));
    const auto delayed = client.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1");
    QCOMPARE(delayed.status, 200);
    const double ms = serverTimingMs(delayed);
    QVERIFY2(ms >= 0, delayed.header("Server-Timing").constData());
    QVERIFY2(ms < 1000, delayed.header("Server-Timing").constData());
    m_sandbox.clearFaults();
}

QTEST_MAIN(TestSandboxTiming)
#include "tst_sandboxtiming.moc"
