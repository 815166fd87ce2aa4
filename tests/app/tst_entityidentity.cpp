#include "cannedhttpserver.h"
#include "createdefaultcontactentityjob.h"
#include "enrichcontactentityjob.h"
#include "getcontactentityjob.h"
#include "getpersonentityjob.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

#include <QSignalSpy>
#include <QtTest>

// An answer for another record than the one asked for, or with an id no record can have, is
// refused: it never reaches a document, so it is never shown as someone's change or saved over.
// No SuperOffice (and so no sandbox) answers like this: a canned server does.
class TestEntityIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getAnswers_data();
    void getAnswers();
    void largeAnswerForAnotherCompany();
    void saveAnswers_data();
    void saveAnswers();
    void personAndDefault();
    void enrichmentMayLeaveTheIdOut();

private:
    ApiJob *finished(ApiJob *job);

    CannedHttpServer m_server;
    WebApiClient m_client;
};

void TestEntityIdentity::initTestCase()
{
    QVERIFY(m_server.start());
    ConnectionProfile profile;
    profile.setName(QStringLiteral("canned"));
    profile.setBaseUrl(QUrl(m_server.baseUrl()));
    profile.setUserName(QStringLiteral("demo"));
    m_client.setProfile(profile);
    m_client.setSecret(QStringLiteral("demo"));
}

ApiJob *TestEntityIdentity::finished(ApiJob *job)
{
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(10000))
        qFatal("no answer");
    return job;
}

void TestEntityIdentity::getAnswers_data()
{
    QTest::addColumn<QByteArray>("idJson");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("says");

    QTest::newRow("the one asked for") << QByteArray("3") << true << QString();
    QTest::newRow("another company")
        << QByteArray("4") << false << "company 4 instead of company 3";
    QTest::newRow("negative") << QByteArray("-5") << false << "no company can have (-5)";
    QTest::newRow("beyond 32 bits")
        << QByteArray("2147483648") << false << "no company can have (2147483648)";
    QTest::newRow("1e26") << QByteArray("1e26") << false << "no company can have (1e+26)";
    QTest::newRow("fraction") << QByteArray("3.5") << false << "no company can have (3.5)";
    QTest::newRow("text") << QByteArray("\"3\"") << false << "no company can have (\"3\")";
    QTest::newRow("none") << QByteArray("null") << false
                          << "a company without an id instead of company 3";
}

void TestEntityIdentity::getAnswers()
{
    QFETCH(QByteArray, idJson);
    QFETCH(bool, accepted);
    QFETCH(QString, says);
    m_server.setAnswer("{\"ContactId\": " + idJson + ", \"Name\": \"Someone else's company\"}");
    auto *job = static_cast<GetContactEntityJob *>(finished(m_client.getContactEntity(3)));
    QCOMPARE(job->succeeded(), accepted);
    if (accepted) {
        QCOMPARE(job->entity().contactId(), 3);
        return;
    }
    QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(job->error().message().contains(says), qPrintable(job->error().message()));
    // Nothing of the other company is kept.
    QVERIFY(job->json().isEmpty());
    delete job;
}

void TestEntityIdentity::largeAnswerForAnotherCompany()
{
    // Large answers are decoded on a worker thread: the same check there.
    const QByteArray note(400 * 1024, 'x');
    m_server.setAnswer("{\"ContactId\": 4, \"Description\": \"" + note + "\"}");
    ApiJob *job = finished(m_client.getContactEntity(3));
    QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(job->error().message().contains(QLatin1String("company 4 instead of company 3")),
             qPrintable(job->error().message()));
    delete job;
}

void TestEntityIdentity::saveAnswers_data()
{
    QTest::addColumn<int>("sentId");
    QTest::addColumn<int>("answeredId");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("says");

    QTest::newRow("saved as itself") << 3 << 3 << true << QString();
    QTest::newRow("saved as another") << 3 << 4 << false << "company 4 instead of company 3";
    QTest::newRow("created") << 0 << 17 << true << QString();
    QTest::newRow("created without an id")
        << 0 << 0 << false << "did not say which company it saved";
}

void TestEntityIdentity::saveAnswers()
{
    QFETCH(int, sentId);
    QFETCH(int, answeredId);
    QFETCH(bool, accepted);
    QFETCH(QString, says);
    m_server.setAnswer(
        QStringLiteral("{\"ContactId\": %1, \"Name\": \"Acme\"}").arg(answeredId).toUtf8());
    const ContactEntity sent(QJsonObject{{QStringLiteral("ContactId"), sentId},
                                         {QStringLiteral("Name"), QStringLiteral("Acme")}});
    ApiJob *job = finished(m_client.saveContactEntity(sent));
    QCOMPARE(job->succeeded(), accepted);
    if (!accepted)
        QVERIFY2(job->error().message().contains(says), qPrintable(job->error().message()));
    delete job;
}

void TestEntityIdentity::personAndDefault()
{
    m_server.setAnswer("{\"PersonId\": 6, \"Firstname\": \"Other\"}");
    ApiJob *person = finished(m_client.getPersonEntity(5));
    QVERIFY2(person->error().message().contains(QLatin1String("person 6 instead of person 5")),
             qPrintable(person->error().message()));
    delete person;

    // A default new company is not saved yet: one with an id is someone's company.
    m_server.setAnswer("{\"ContactId\": 9, \"Name\": \"\"}");
    ApiJob *fresh = finished(m_client.createDefaultContactEntity());
    QVERIFY2(fresh->error().message().contains(QLatin1String("instead of a new company")),
             qPrintable(fresh->error().message()));
    delete fresh;
    m_server.setAnswer("{\"ContactId\": 0, \"Name\": \"\"}");
    ApiJob *good = finished(m_client.createDefaultContactEntity());
    QVERIFY(good->succeeded());
    delete good;
}

void TestEntityIdentity::enrichmentMayLeaveTheIdOut()
{
    // With $select the enrichment answers only the members asked for: no id is no other company.
    const ContactEntity sent(QJsonObject{{QStringLiteral("ContactId"), 2},
                                         {QStringLiteral("Name"), QStringLiteral("Acme")}});
    m_server.setAnswer("{\"Phones\": []}");
    ApiJob *selected = finished(
        m_client.enrichContactEntity(sent, QStringLiteral("e1"), {QStringLiteral("Phones")}));
    QVERIFY2(selected->succeeded(), qPrintable(selected->error().message()));
    delete selected;
    // One that names another company is refused.
    m_server.setAnswer("{\"ContactId\": 5, \"Phones\": []}");
    ApiJob *other = finished(m_client.enrichContactEntity(sent, QStringLiteral("e1")));
    QVERIFY2(other->error().message().contains(QLatin1String("company 5 instead of company 2")),
             qPrintable(other->error().message()));
    delete other;
}

QTEST_GUILESS_MAIN(TestEntityIdentity)
#include "tst_entityidentity.moc"
