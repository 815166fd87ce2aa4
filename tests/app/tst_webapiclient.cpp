#include "apijob.h"
#include "carriercodec.h"
#include "contactsearchjob.h"
#include "createdefaultcontactentityjob.h"
#include "currentprincipaljob.h"
#include "enrichcontactentityjob.h"
#include "getcontactentityjob.h"
#include "getduplicatesjob.h"
#include "getpreviewenrichcontactjob.h"
#include "mdolistjob.h"
#include "sandboxprocess.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

// Every call against contact-sandbox over loopback: results, errors, faults, safety, headers.
class TestWebApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void currentPrincipalWithEachScheme_data();
    void currentPrincipalWithEachScheme();
    void wrongPasswordIsUnauthorized();
    void getSaveRoundTrip();
    void createThroughDefaultEntity();
    void viewerSaveIsForbidden();
    void mandatoryBlankIsBadRequestWithServerMessage();
    void unknownContactIsNotFound();
    void mdoListsAndSearch();
    void duplicates();
    void enrichmentCalls();
    void headersOnEveryCall();
    void faults_data();
    void faults();
    void timeoutIsNotCancel();
    void cancelMidCall();
    void offlineWhenServerIsGone();
    void redirectToAnotherHostKeepsCredentials();
    void redirectWithinOriginIsFollowed();
    void plainHttpToRemoteHostIsRefused();
    void retryAfterSigningIn();
    void keptAliveConnectionSendsBodyAtOnce();
    void newConnectionSendsBodyAtOnce();

private:
    // TCP_NODELAY of each of this process's connections to the sandbox, by local port, seen in
    // /proc/self/fd.
    QMap<quint16, int> noDelayOfSandboxConnections() const;
    bool finish(ApiJob *job, int ms = 15000);
    int firstContactId();
    ConnectionProfile
    profile(const QString &user = QStringLiteral("demo"),
            ConnectionProfile::AuthScheme scheme = ConnectionProfile::AuthScheme::Basic) const;

    SandboxProcess m_sandbox;
    WebApiClient *m_client = nullptr;
};

ConnectionProfile TestWebApiClient::profile(const QString &user,
                                            ConnectionProfile::AuthScheme scheme) const
{
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(user);
    p.setAuthScheme(scheme);
    p.setLanguage(QStringLiteral("en"));
    return p;
}

bool TestWebApiClient::finish(ApiJob *job, int ms)
{
    if (!job->isRunning())
        return true;
    QSignalSpy spy(job, &ApiJob::finished);
    return spy.wait(ms) && spy.count() == 1;
}

void TestWebApiClient::initTestCase()
{
    QVERIFY2(m_sandbox.start(), "contact-sandbox did not start");
}

void TestWebApiClient::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
    m_client = new WebApiClient;
    m_client->setProfile(profile());
    m_client->setSecret(QStringLiteral("demo"));
    m_client->setTimeout(5000);
}

void TestWebApiClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
}

int TestWebApiClient::firstContactId()
{
    ContactSearchJob *job = m_client->searchContacts(QString(), 5);
    if (!finish(job) || !job->succeeded() || job->rows().isEmpty())
        return 0;
    return job->rows().first().contactId;
}

void TestWebApiClient::currentPrincipalWithEachScheme_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("wire");
    QTest::newRow("basic") << int(ConnectionProfile::AuthScheme::Basic) << QStringLiteral("demo")
                           << QStringLiteral("Basic");
    QTest::newRow("soticket") << int(ConnectionProfile::AuthScheme::SoTicket)
                              << QStringLiteral("7T:demo-ticket") << QStringLiteral("SoTicket");
    QTest::newRow("bearer") << int(ConnectionProfile::AuthScheme::Bearer)
                            << QStringLiteral("8A:Cust12345.demo-token")
                            << QStringLiteral("Bearer");
}

void TestWebApiClient::currentPrincipalWithEachScheme()
{
    QFETCH(int, scheme);
    QFETCH(QString, secret);
    QFETCH(QString, wire);
    m_client->setProfile(profile(QStringLiteral("demo"), ConnectionProfile::AuthScheme(scheme)));
    m_client->setSecret(secret);
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
    QVERIFY(!job->fullName().isEmpty());
    QVERIFY(job->associateId() > 0);
    const QJsonArray log = m_sandbox.requests();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().toObject().value(QLatin1String("authScheme")).toString(), wire);
}

void TestWebApiClient::wrongPasswordIsUnauthorized()
{
    m_client->setSecret(QStringLiteral("not the password"));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QCOMPARE(job->error().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(job->httpStatus(), 401);
    QVERIFY(!job->error().message().isEmpty());
}

void TestWebApiClient::getSaveRoundTrip()
{
    const int id = firstContactId();
    QVERIFY(id > 0);
    GetContactEntityJob *get = m_client->getContactEntity(id);
    QVERIFY(finish(get));
    QVERIFY2(get->succeeded(), qPrintable(get->error().message()));
    ContactEntity entity = get->entity();
    QCOMPARE(entity.contactId(), id);
    QVERIFY(!entity.name().isEmpty());
    entity.setValue(QStringLiteral("Department"), QStringLiteral("Round trip"));
    entity.setValue(QStringLiteral("ClientOnlyMember"), QStringLiteral("kept"));
    SaveContactEntityJob *save = m_client->saveContactEntity(entity);
    QVERIFY(!save->isCreate());
    QVERIFY(finish(save));
    QVERIFY2(save->succeeded(), qPrintable(save->error().message()));
    QCOMPARE(save->entity().department(), QStringLiteral("Round trip"));
    GetContactEntityJob *again = m_client->getContactEntity(id);
    QVERIFY(finish(again));
    QCOMPARE(again->entity().department(), QStringLiteral("Round trip"));
    QCOMPARE(again->entity().string(QStringLiteral("ClientOnlyMember")), QStringLiteral("kept"));
    QCOMPARE(again->entity().name(), entity.name());
}

void TestWebApiClient::createThroughDefaultEntity()
{
    CreateDefaultContactEntityJob *def = m_client->createDefaultContactEntity();
    QVERIFY(finish(def));
    QVERIFY2(def->succeeded(), qPrintable(def->error().message()));
    ContactEntity entity = def->entity();
    QVERIFY(entity.isNew());
    entity.setName(QStringLiteral("Client Test AS"));
    MdoListJob *categories = m_client->mdoList(QStringLiteral("category"));
    MdoListJob *business = m_client->mdoList(QStringLiteral("business"));
    QVERIFY(finish(categories) && finish(business));
    QVERIFY(!categories->items().isEmpty() && !business->items().isEmpty());
    entity.setValue(QStringLiteral("Category"),
                    QJsonObject{{QStringLiteral("Id"), categories->items().first().id()}});
    entity.setValue(QStringLiteral("Business"),
                    QJsonObject{{QStringLiteral("Id"), business->items().first().id()}});
    SaveContactEntityJob *save = m_client->saveContactEntity(entity);
    QVERIFY(save->isCreate());
    QVERIFY(finish(save));
    QVERIFY2(save->succeeded(), qPrintable(save->error().message()));
    QVERIFY(save->entity().contactId() > 0);
    QCOMPARE(save->entity().name(), QStringLiteral("Client Test AS"));
    QVERIFY(!save->entity().createdDate().isEmpty());
}

void TestWebApiClient::viewerSaveIsForbidden()
{
    const int id = firstContactId();
    m_client->setProfile(profile(QStringLiteral("viewer")));
    m_client->setSecret(QStringLiteral("viewer"));
    GetContactEntityJob *get = m_client->getContactEntity(id);
    QVERIFY(finish(get));
    QVERIFY(get->succeeded());
    QVERIFY(!get->entity().rights().canEditRecord());
    ContactEntity entity = get->entity();
    entity.setValue(QStringLiteral("Department"), QStringLiteral("Not allowed"));
    SaveContactEntityJob *save = m_client->saveContactEntity(entity);
    QVERIFY(finish(save));
    QCOMPARE(save->error().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(save->httpStatus(), 403);
}

void TestWebApiClient::mandatoryBlankIsBadRequestWithServerMessage()
{
    const int id = firstContactId();
    m_client->setProfile(profile(QStringLiteral("restricted")));
    m_client->setSecret(QStringLiteral("restricted"));
    GetContactEntityJob *get = m_client->getContactEntity(id);
    QVERIFY(finish(get));
    QVERIFY(get->succeeded());
    QVERIFY(get->entity().rights().field(QStringLiteral("Name")).mandatory);
    ContactEntity entity = get->entity();
    entity.setName(QString());
    SaveContactEntityJob *save = m_client->saveContactEntity(entity);
    QVERIFY(finish(save));
    QCOMPARE(save->error().kind(), ApiError::Kind::BadRequest);
    QVERIFY(!save->error().serverMessage().isEmpty());
    QVERIFY(save->error().message().contains(save->error().serverMessage()));
}

void TestWebApiClient::unknownContactIsNotFound()
{
    GetContactEntityJob *get = m_client->getContactEntity(987654);
    QVERIFY(finish(get));
    QCOMPARE(get->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(get->httpStatus(), 404);
}

void TestWebApiClient::mdoListsAndSearch()
{
    for (const char *list : {"business", "category", "country", "associate", "contint",
                             "ticketpriority", "customerlanguage"}) {
        MdoListJob *job = m_client->mdoList(QString::fromLatin1(list));
        QVERIFY(finish(job));
        QVERIFY2(job->succeeded(), list);
        QVERIFY2(!job->items().isEmpty(), list);
        QVERIFY(!job->items().first().name().isEmpty());
    }
    ContactSearchJob *all = m_client->searchContacts(QString(), 100);
    QVERIFY(finish(all));
    QVERIFY(all->succeeded());
    QVERIFY(all->rows().size() >= 5);
    const QString name = all->rows().at(2).name;
    ContactSearchJob *some = m_client->searchContacts(name.left(3), 100);
    QVERIFY(finish(some));
    QVERIFY(some->succeeded());
    QVERIFY(!some->rows().isEmpty());
    for (const ContactSearchJob::Row &row : some->rows())
        QVERIFY2(row.name.startsWith(name.left(3), Qt::CaseInsensitive), qPrintable(row.name));
    // A quote in the text is escaped, not an injection.
    ContactSearchJob *quote =
        m_client->searchContacts(QStringLiteral("O'Brien' or name contains '"), 10);
    QVERIFY(finish(quote));
    QVERIFY2(quote->succeeded(), qPrintable(quote->error().message()));
    QVERIFY(quote->rows().isEmpty());
}

void TestWebApiClient::duplicates()
{
    ContactSearchJob *all = m_client->searchContacts(QString(), 1);
    QVERIFY(finish(all));
    const ContactSearchJob::Row row = all->rows().first();
    GetDuplicatesJob *job = m_client->getDuplicates(row.name.toUpper());
    QVERIFY(finish(job));
    QVERIFY(job->succeeded());
    bool found = false;
    for (const DuplicateEntry &d : job->duplicates())
        found = found || d.contactId() == row.contactId;
    QVERIFY(found);
    GetDuplicatesJob *none = m_client->getDuplicates(QStringLiteral("Zzyzx Nothing Like It"));
    QVERIFY(finish(none));
    QVERIFY(none->duplicates().isEmpty());
}

void TestWebApiClient::enrichmentCalls()
{
    MdoListJob *candidates =
        m_client->mdoList(QStringLiteral("enrichcontact"), QStringLiteral("a"));
    QVERIFY(finish(candidates));
    QVERIFY(candidates->succeeded());
    QVERIFY(!candidates->items().isEmpty());
    const QString enrichId = candidates->items().first().extraInfo();
    QVERIFY(!enrichId.isEmpty());
    GetPreviewEnrichContactJob *preview = m_client->getPreviewEnrichContact(enrichId);
    QVERIFY(finish(preview));
    QVERIFY2(preview->succeeded(), qPrintable(preview->error().message()));
    QVERIFY(!preview->preview().name().isEmpty());
    CreateDefaultContactEntityJob *def = m_client->createDefaultContactEntity();
    QVERIFY(finish(def));
    EnrichContactEntityJob *enrich = m_client->enrichContactEntity(def->entity(), enrichId);
    QVERIFY(finish(enrich));
    QVERIFY2(enrich->succeeded(), qPrintable(enrich->error().message()));
    QVERIFY(!enrich->entity().phones().isEmpty() || !enrich->entity().emails().isEmpty());
    EnrichContactEntityJob *selected = m_client->enrichContactEntity(
        def->entity(), enrichId, {QStringLiteral("Phones"), QStringLiteral("Address")});
    QVERIFY(finish(selected));
    QVERIFY(selected->succeeded());
    QVERIFY(selected->entity().value(QStringLiteral("Name")).isNull());
    QVERIFY(!selected->entity().value(QStringLiteral("Phones")).isNull());
    EnrichContactEntityJob *unknown =
        m_client->enrichContactEntity(def->entity(), QStringLiteral("no-such-id"));
    QVERIFY(finish(unknown));
    QCOMPARE(unknown->error().kind(), ApiError::Kind::NotFound);
}

void TestWebApiClient::headersOnEveryCall()
{
    ConnectionProfile p = profile();
    p.setCulture(QStringLiteral("nb"));
    p.setTimeZone(QStringLiteral("NO"));
    m_client->setProfile(p);
    m_client->setAppToken(QStringLiteral("app-token-secret"));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QVERIFY(job->succeeded());
    const QJsonObject request = m_sandbox.requests().last().toObject();
    QVERIFY(request.value(QLatin1String("hasAuthorization")).toBool());
    QJsonObject headers;
    const QJsonObject raw = request.value(QLatin1String("headers")).toObject();
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
        headers.insert(it.key().toLower(), *it);
    QCOMPARE(headers.value(QLatin1String("accept")).toString(), QStringLiteral("application/json"));
    QVERIFY(headers.value(QLatin1String("content-type"))
                .toString()
                .startsWith(QLatin1String("application/json")));
    QCOMPARE(headers.value(QLatin1String("accept-language")).toString(), QStringLiteral("en"));
    QCOMPARE(headers.value(QLatin1String("so-language")).toString(), QStringLiteral("en"));
    QCOMPARE(headers.value(QLatin1String("so-culture")).toString(), QStringLiteral("nb"));
    QCOMPARE(headers.value(QLatin1String("so-timezone")).toString(), QStringLiteral("NO"));
    QVERIFY(headers.contains(QLatin1String("so-apptoken")));
    // The sandbox never records credential values; neither may anything else.
    QVERIFY(!QJsonDocument(request).toJson().contains("app-token-secret"));
}

void TestWebApiClient::faults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("times");
    QTest::newRow("500") << QStringLiteral("status") << int(ApiError::Kind::ServerError) << 1;
    // Qt resends once on a connection closed before any answer: drop both.
    QTest::newRow("drop") << QStringLiteral("drop") << int(ApiError::Kind::Offline) << 2;
    QTest::newRow("malformed") << QStringLiteral("malformed") << int(ApiError::Kind::BadResponse)
                               << 1;
    QTest::newRow("truncated") << QStringLiteral("truncated") << int(ApiError::Kind::BadResponse)
                               << 1;
    QTest::newRow("html") << QStringLiteral("html") << int(ApiError::Kind::BadResponse) << 1;
    QTest::newRow("content type") << QStringLiteral("contenttype")
                                  << int(ApiError::Kind::BadResponse) << 1;
    QTest::newRow("oversize") << QStringLiteral("oversize") << int(ApiError::Kind::TooLarge) << 1;
}

void TestWebApiClient::faults()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QFETCH(int, times);
    const int id = firstContactId();
    m_client->setMaxBodySize(1024 * 1024);
    QVERIFY(
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("GetContactEntity")},
                                       {QStringLiteral("kind"), kind},
                                       {QStringLiteral("status"), 500},
                                       {QStringLiteral("times"), times},
                                       {QStringLiteral("bytes"), 4 * 1024 * 1024}}));
    GetContactEntityJob *job = m_client->getContactEntity(id);
    QVERIFY(finish(job));
    QCOMPARE(int(job->error().kind()), expected);
    QVERIFY(!job->error().message().isEmpty());
    // The fault applied once: the same call now works.
    GetContactEntityJob *again = m_client->getContactEntity(id);
    QVERIFY(finish(again));
    QVERIFY2(again->succeeded(), qPrintable(again->error().message()));
}

void TestWebApiClient::timeoutIsNotCancel()
{
    m_client->setTimeout(400);
    QVERIFY(
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("currentPrincipal")},
                                       {QStringLiteral("kind"), QStringLiteral("delay")},
                                       {QStringLiteral("ms"), 3000}}));
    QElapsedTimer clock;
    clock.start();
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
    QVERIFY(job->error().isTransient());
    QVERIFY(clock.elapsed() < 2500);
}

void TestWebApiClient::cancelMidCall()
{
    QVERIFY(
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("currentPrincipal")},
                                       {QStringLiteral("kind"), QStringLiteral("delay")},
                                       {QStringLiteral("ms"), 3000}}));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QSignalSpy spy(job, &ApiJob::finished);
    QTimer::singleShot(150, job, &ApiJob::cancel);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(!job->isRunning());
}

void TestWebApiClient::offlineWhenServerIsGone()
{
    SandboxProcess other;
    QVERIFY(other.start());
    ConnectionProfile p = profile();
    p.setBaseUrl(other.baseUrl());
    m_client->setProfile(p);
    other.stop();
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QCOMPARE(job->error().kind(), ApiError::Kind::Offline);
    QVERIFY(job->error().isTransient());
}

void TestWebApiClient::redirectToAnotherHostKeepsCredentials()
{
    SandboxProcess other;
    QVERIFY(other.start());
    other.clearRequests();
    const QString target =
        other.baseUrl().toString() + QStringLiteral("/api/v1/User/currentPrincipal");
    QVERIFY(
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("currentPrincipal")},
                                       {QStringLiteral("kind"), QStringLiteral("redirect")},
                                       {QStringLiteral("location"), target}}));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QCOMPARE(job->error().kind(), ApiError::Kind::RedirectRefused);
    for (const QJsonValue &r : other.requests())
        QVERIFY2(!r.toObject().value(QLatin1String("hasAuthorization")).toBool(),
                 "credentials reached another host");
}

void TestWebApiClient::redirectWithinOriginIsFollowed()
{
    const QString target =
        m_sandbox.baseUrl().toString() + QStringLiteral("/api/v1/User/currentPrincipal");
    QVERIFY(
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("currentPrincipal")},
                                       {QStringLiteral("kind"), QStringLiteral("redirect")},
                                       {QStringLiteral("location"), target}}));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QVERIFY2(job->succeeded(), qPrintable(job->error().message()));
}

void TestWebApiClient::plainHttpToRemoteHostIsRefused()
{
    ConnectionProfile p = profile();
    p.setBaseUrl(QUrl(QStringLiteral("http://crm.example.com/SuperOffice")));
    m_client->setProfile(p);
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QCOMPARE(job->error().kind(), ApiError::Kind::InsecureRefused);
}

void TestWebApiClient::retryAfterSigningIn()
{
    m_client->setSecret(QStringLiteral("wrong"));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    QVERIFY(finish(job));
    QCOMPARE(job->error().kind(), ApiError::Kind::Unauthorized);
    m_client->setSecret(QStringLiteral("demo"));
    job->start();
    QVERIFY(finish(job));
    QVERIFY(job->succeeded());
}

QTEST_GUILESS_MAIN(TestWebApiClient)
QMap<quint16, int> TestWebApiClient::noDelayOfSandboxConnections() const
{
    QMap<quint16, int> found;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &name : fds) {
        const int fd = name.toInt();
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0 ||
            peer.ss_family != AF_INET)
            continue;
        const auto *in = reinterpret_cast<const sockaddr_in *>(&peer);
        if (ntohs(in->sin_port) != m_sandbox.port())
            continue;
        sockaddr_in local{};
        socklen_t localLength = sizeof local;
        int noDelay = -1;
        socklen_t size = sizeof noDelay;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) == 0 &&
            getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &size) == 0)
            found.insert(ntohs(local.sin_port), noDelay);
    }
    return found;
}

// Qt 6.4 writes a body in 16 KiB pieces and leaves Nagle's algorithm on, so on a kept-alive
// connection the second piece waited for the server's delayed acknowledgement (40 ms on Linux)
// on every save of a company with a few persons. The connection a save goes on must not hold
// pieces back by the time the body is handed to Qt.
void TestWebApiClient::keptAliveConnectionSendsBodyAtOnce()
{
    const int id = firstContactId();
    QVERIFY(id > 0);
    GetContactEntityJob *get = m_client->getContactEntity(id);
    QVERIFY(finish(get));
    QVERIFY2(get->succeeded(), qPrintable(get->error().message()));
    QVERIFY(!noDelayOfSandboxConnections().isEmpty());

    const QByteArray body = CarrierCodec::encode(get->entity());
    QNetworkReply *reply = m_client->send(
        m_client->request(QStringLiteral("Agents/Contact/SaveContactEntity")), "POST", body, true);
    // Before the event loop has run: the connection the request will take is already set.
    const QList<int> noDelay = noDelayOfSandboxConnections().values();
    QVERIFY(!noDelay.isEmpty());
    QVERIFY2(!noDelay.contains(0), "a connection to the server still has Nagle's algorithm on");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
}

// The first call of a client is a save: the connection is opened for it, after the client
// could see it; its body's later pieces must still go without waiting.
void TestWebApiClient::newConnectionSendsBodyAtOnce()
{
    const int id = firstContactId();
    QVERIFY(id > 0);
    GetContactEntityJob *get = m_client->getContactEntity(id);
    QVERIFY(finish(get));
    const ContactEntity entity = get->entity();
    delete m_client;
    m_client = nullptr;
    const QMap<quint16, int> before = noDelayOfSandboxConnections();

    WebApiClient fresh;
    fresh.setProfile(profile());
    fresh.setSecret(QStringLiteral("demo"));
    fresh.setTimeout(5000);
    SaveContactEntityJob *save = fresh.saveContactEntity(entity);
    QVERIFY(finish(save));
    QVERIFY2(save->succeeded(), qPrintable(save->error().message()));
    QMap<quint16, int> opened = noDelayOfSandboxConnections();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        opened.remove(it.key());
    QVERIFY(!opened.isEmpty());
    QVERIFY2(!opened.values().contains(0), "the save's connection still has Nagle's algorithm on");
}

#include "tst_webapiclient.moc"
