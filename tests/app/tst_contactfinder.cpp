#include "contactfinder.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QSignalSpy>
#include <QtTest>

// The search box's queries against contact-sandbox: a prefix finds the company, a newer query
// replaces one still in flight (only the newer text is answered), a failure is reported.
class TestContactFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void findsCompanyByPrefix();
    void newerQueryReplacesOlder();
    void failureIsReported();

private:
    SandboxProcess m_sandbox;
    WebApiClient *m_client = nullptr;
    ContactFinder *m_finder = nullptr;
    // Every found() as it came: the text and the names.
    QList<std::pair<QString, QStringList>> m_found;
    QList<ApiError> m_failed;
};

void TestContactFinder::initTestCase()
{
    QVERIFY2(m_sandbox.start(), "contact-sandbox did not start");
}

void TestContactFinder::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
    m_client = new WebApiClient;
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    p.setLanguage(QStringLiteral("en"));
    m_client->setProfile(p);
    m_client->setSecret(QStringLiteral("demo"));
    m_client->setTimeout(4000);
    m_finder = new ContactFinder(m_client, m_client);
    m_found.clear();
    m_failed.clear();
    connect(m_finder, &ContactFinder::found, this,
            [this](const QString &text, const QList<ContactSearchJob::Row> &rows) {
                QStringList names;
                for (const ContactSearchJob::Row &row : rows)
                    names.append(row.name);
                m_found.append({text, names});
            });
    connect(m_finder, &ContactFinder::failed, this,
            [this](const ApiError &error) { m_failed.append(error); });
}

void TestContactFinder::cleanup()
{
    delete m_client;
    m_client = nullptr;
    m_finder = nullptr;
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.restart());
}

void TestContactFinder::findsCompanyByPrefix()
{
    QSignalSpy busy(m_finder, &ContactFinder::busyChanged);
    m_finder->find(QStringLiteral("Nordl"));
    QVERIFY(m_finder->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(m_found.size(), 1, 10000);
    QVERIFY(m_failed.isEmpty());
    QCOMPARE(m_found.first().first, QStringLiteral("Nordl"));
    QCOMPARE(m_found.first().second, QStringList{QStringLiteral("Nordlys Konsulenter AS")});
    QVERIFY(!m_finder->isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).first().toBool(), true);
    QCOMPARE(busy.at(1).first().toBool(), false);
}

void TestContactFinder::newerQueryReplacesOlder()
{
    // The older query is slow, so its answer would come after the newer one's.
    QVERIFY(m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("Contact")},
                                           {QStringLiteral("kind"), QStringLiteral("delay")},
                                           {QStringLiteral("ms"), 1500}}));
    m_finder->find(QStringLiteral("Nordl"));
    // On the server, waiting for its answer, before the user types on.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, 5000);
    m_finder->find(QStringLiteral("Bj"));
    QTRY_COMPARE_WITH_TIMEOUT(m_found.size(), 1, 10000);
    // Long enough for the older answer to have come, were it still listened to.
    QTest::qWait(2000);
    QCOMPARE(m_found.size(), 1);
    QCOMPARE(m_found.first().first, QStringLiteral("Bj"));
    QVERIFY(!m_found.first().second.isEmpty());
    for (const QString &name : std::as_const(m_found.first().second))
        QVERIFY2(name.startsWith(QStringLiteral("Bj")), qPrintable(name));
    // Replaced is not failed: nothing for the search box to say about the older query.
    QVERIFY(m_failed.isEmpty());
    QVERIFY(!m_finder->isBusy());
}

void TestContactFinder::failureIsReported()
{
    m_sandbox.stop();
    m_finder->find(QStringLiteral("Nordl"));
    QTRY_COMPARE_WITH_TIMEOUT(m_failed.size(), 1, 10000);
    QVERIFY(m_found.isEmpty());
    QVERIFY(m_failed.first().isError());
    QVERIFY(m_failed.first().kind() != ApiError::Kind::Cancelled);
    QVERIFY(!m_failed.first().message().isEmpty());
    QVERIFY(!m_finder->isBusy());
}

QTEST_MAIN(TestContactFinder)
#include "tst_contactfinder.moc"
