#include "browsersignin.h"
#include "connectioncheck.h"
#include "contactsession.h"
#include "credentialstore.h"
#include "credentialwait.h"
#include "currentprincipaljob.h"
#include "draft.h"
#include "draftstore.h"
#include "entitydocument.h"
#include "getcontactentityjob.h"
#include "oidcreplyhandler.h"
#include "onlineauthenticator.h"
#include "profilestore.h"
#include "sandboxprocess.h"
#include "testbrowser.h"
#include "webapiclient.h"
#include "workspace.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

// Signing in to SuperOffice Online as a desktop app does: the browser step carried out by
// TestBrowser against contact-sandbox's login service, the tokens used, renewed and followed to
// a moved tenant, and nothing secret left in any file.
class TestOnlineSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsInThroughTheBrowserWithPkce();
    void callsGoToTheTenantFromWebApiUrl();
    void wrongStateIsRefused();
    void wrongNonceIsRefused();
    void deniedConsentIsReported();
    void timeoutAndCancelCloseTheListener();
    void listenerGoesWithTheNetworkAccessManager();
    void expiredAccessTokenIsRefreshedOnce();
    void soonToExpireTokenIsRefreshedBeforeTheCall();
    void refusedRefreshSignsInAgainAndKeepsEdits();
    void movedTenantIsFollowed();
    void movedTenantThatCannotBeFoundIsReported();
    void workspaceRemembersAndSignsOut();
    void tokensAreInNoFile();

private:
    ConnectionProfile onlineProfile() const;
    QUrl loginUrl() const;
    // A signed-in authenticator on nam; null on failure.
    std::unique_ptr<OnlineAuthenticator> signedIn(QNetworkAccessManager *nam);
    static bool renewAndWait(OnlineAuthenticator *a, bool *ok);
    static bool principal(WebApiClient *client, QJsonObject *answer = nullptr,
                          ApiError *error = nullptr);
    QList<QJsonObject> oauthRequests(const QString &endpoint);

    SandboxProcess m_sandbox;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOnlineSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_onlinesignin"));
    QVERIFY(m_sandbox.start());
}

void TestOnlineSignIn::init()
{
    m_sandbox.reset();
    m_sandbox.clearOauthRequests();
    QSettings().clear();
    ProfileStore profiles;
    for (const ConnectionProfile &p : profiles.profiles())
        profiles.remove(p.name());
    m_browser = std::make_unique<TestBrowser>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOnlineSignIn::cleanup()
{
    m_browser.reset();
    QSettings().clear();
    m_dir.reset();
}

QUrl TestOnlineSignIn::loginUrl() const
{
    QUrl url = m_sandbox.baseUrl();
    url.setPath(QStringLiteral("/login"));
    return url;
}

ConnectionProfile TestOnlineSignIn::onlineProfile() const
{
    ConnectionProfile p;
    p.setAuthScheme(ConnectionProfile::AuthScheme::Online);
    p.setName(QStringLiteral("sandbox online"));
    p.setLoginUrl(loginUrl());
    p.setClientId(QStringLiteral("contact-editor-sandbox"));
    p.setLanguage(QStringLiteral("en"));
    return p;
}

bool TestOnlineSignIn::renewAndWait(OnlineAuthenticator *a, bool *ok)
{
    bool answered = false;
    QObject context;
    a->renew(&context, [&](bool result) {
        answered = true;
        *ok = result;
    });
    return QTest::qWaitFor([&] { return answered; }, 20000);
}

std::unique_ptr<OnlineAuthenticator> TestOnlineSignIn::signedIn(QNetworkAccessManager *nam)
{
    auto a = std::make_unique<OnlineAuthenticator>(nam);
    a->setProfile(onlineProfile());
    bool ok = false;
    if (!renewAndWait(a.get(), &ok) || !ok)
        return nullptr;
    ConnectionProfile p = onlineProfile();
    p.setTenant(a->tokens().idToken.tenant());
    p.setUserName(a->tokens().idToken.userName());
    p.setBaseUrl(a->tokens().idToken.tenantBaseUrl());
    a->setProfile(p);
    return a;
}

bool TestOnlineSignIn::principal(WebApiClient *client, QJsonObject *answer, ApiError *error)
{
    CurrentPrincipalJob *job = client->currentPrincipal();
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000))
        return false;
    if (answer)
        *answer = job->principal();
    if (error)
        *error = job->error();
    const bool ok = job->succeeded();
    job->deleteLater();
    return ok;
}

QList<QJsonObject> TestOnlineSignIn::oauthRequests(const QString &endpoint)
{
    QList<QJsonObject> matching;
    for (const QJsonValue &v : m_sandbox.oauthRequests()) {
        if (v.toObject().value(QLatin1String("endpoint")).toString() == endpoint)
            matching.append(v.toObject());
    }
    return matching;
}

void TestOnlineSignIn::signsInThroughTheBrowserWithPkce()
{
    QNetworkAccessManager nam;
    BrowserSignIn signIn(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QVERIFY(succeeded.wait(20000));
    QCOMPARE(failed.count(), 0);
    const auto tokens = succeeded.first().first().value<OnlineTokens>();
    QVERIFY(tokens.accessToken.startsWith(QLatin1String("8A:Cust12345.")));
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(tokens.idToken.tenant(), QStringLiteral("Cust12345"));

    // What went to the browser: code flow, PKCE S256, openid, state and nonce, a loopback
    // redirect on 127.0.0.1 (never localhost).
    QCOMPARE(m_browser->openedUrls().size(), 1);
    const QUrlQuery authorize(m_browser->openedUrls().first());
    QCOMPARE(authorize.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("scope")), QStringLiteral("openid"));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")),
             QStringLiteral("S256"));
    QVERIFY(authorize.queryItemValue(QStringLiteral("code_challenge")).size() >= 43);
    QVERIFY(!authorize.queryItemValue(QStringLiteral("state")).isEmpty());
    QVERIFY(!authorize.queryItemValue(QStringLiteral("nonce")).isEmpty());
    const QUrl redirect(
        authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QVERIFY(m_browser->lastCallbackPage().contains(QLatin1String("close this page")));

    // The exchange: a verifier, no client secret.
    const QList<QJsonObject> exchanges = oauthRequests(QStringLiteral("tokens"));
    QCOMPARE(exchanges.size(), 1);
    const QJsonObject params = exchanges.first().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("grant_type")).toString(),
             QStringLiteral("authorization_code"));
    QVERIFY(params.contains(QLatin1String("code_verifier")));
    QVERIFY(!params.contains(QLatin1String("client_secret")));

    // A second sign-in uses a fresh verifier and state.
    BrowserSignIn again(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
    QSignalSpy againDone(&again, &BrowserSignIn::succeeded);
    again.start();
    QVERIFY(againDone.wait(20000));
    const QUrlQuery second(m_browser->openedUrls().last());
    QVERIFY(second.queryItemValue(QStringLiteral("code_challenge")) !=
            authorize.queryItemValue(QStringLiteral("code_challenge")));
    QVERIFY(second.queryItemValue(QStringLiteral("state")) !=
            authorize.queryItemValue(QStringLiteral("state")));
}

void TestOnlineSignIn::callsGoToTheTenantFromWebApiUrl()
{
    WebApiClient client;
    auto a = signedIn(client.networkAccessManager());
    QVERIFY(a);
    QCOMPARE(a->tokens().idToken.webApiUrl().path(), QStringLiteral("/Cust12345/api/"));
    client.setProfile(a->profile());
    client.setAuthenticator(a.get());
    QJsonObject answer;
    QVERIFY(principal(&client, &answer));
    QCOMPARE(answer.value(QLatin1String("Associate")).toString().toLower(), QStringLiteral("demo"));
    // The call went to the tenant's address with the Bearer token.
    const QJsonArray log = m_sandbox.requests();
    QVERIFY(!log.isEmpty());
    const QJsonObject last = log.last().toObject();
    QVERIFY(last.value(QLatin1String("path"))
                .toString()
                .startsWith(QLatin1String("/Cust12345/api/v1/")));
}

void TestOnlineSignIn::wrongStateIsRefused()
{
    m_browser->setTamper([](QUrl url) {
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        url.setQuery(q);
        return url;
    });
    QNetworkAccessManager nam;
    BrowserSignIn signIn(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    signIn.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<BrowserSignIn::Failure>(), BrowserSignIn::Failure::Invalid);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("state")));
    QTest::qWait(300);
    QCOMPARE(succeeded.count(), 0);
    // The code was never exchanged.
    QVERIFY(oauthRequests(QStringLiteral("tokens")).isEmpty());
    QVERIFY2(m_browser->lastCallbackPage().contains("does not belong"),
             m_browser->lastCallbackPage().constData());
}

void TestOnlineSignIn::wrongNonceIsRefused()
{
    // The browser is sent a different nonce than the editor expects: the id_token the sign-in
    // service then issues must be refused.
    m_browser->setAuthorizeTamper([](QUrl url) {
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("nonce"));
        q.addQueryItem(QStringLiteral("nonce"), QStringLiteral("replayed-nonce"));
        url.setQuery(q);
        return url;
    });
    QNetworkAccessManager nam;
    BrowserSignIn signIn(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<BrowserSignIn::Failure>(), BrowserSignIn::Failure::Invalid);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("nonce")));
    QCOMPARE(oauthRequests(QStringLiteral("tokens")).size(), 1);
}

void TestOnlineSignIn::deniedConsentIsReported()
{
    m_browser->setAction(TestBrowser::Action::Deny);
    QNetworkAccessManager nam;
    BrowserSignIn signIn(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<BrowserSignIn::Failure>(), BrowserSignIn::Failure::Denied);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("denied")));
    QVERIFY(QTest::qWaitFor([this] { return !m_browser->lastCallbackPage().isEmpty(); }, 5000));
    QVERIFY2(m_browser->lastCallbackPage().contains("Not signed in"),
             m_browser->lastCallbackPage().constData());
}

void TestOnlineSignIn::timeoutAndCancelCloseTheListener()
{
    m_browser->setAction(TestBrowser::Action::Ignore);
    QNetworkAccessManager nam;
    {
        BrowserSignIn signIn(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
        signIn.setTimeout(500);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        signIn.start();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).value<BrowserSignIn::Failure>(),
                 BrowserSignIn::Failure::TimedOut);
    }
    BrowserSignIn signIn(&nam, loginUrl(), QStringLiteral("contact-editor-sandbox"));
    QSignalSpy opened(&signIn, &BrowserSignIn::browserOpened);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    signIn.start();
    QVERIFY(opened.wait(20000));
    const QUrl redirect(QUrlQuery(opened.first().first().toUrl())
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    signIn.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<BrowserSignIn::Failure>(),
             BrowserSignIn::Failure::Cancelled);
    QTest::qWait(100);
    // Nothing listens on the port any more.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!socket.waitForConnected(2000));
}

void TestOnlineSignIn::listenerGoesWithTheNetworkAccessManager()
{
    // The loopback listener lingers after a sign-in to finish writing the browser's page; it
    // must still be freed when the program ends before that (LeakSanitizer found every
    // finished sign-in's listener, its server and sockets left behind at exit).
    auto nam = std::make_unique<QNetworkAccessManager>();
    QPointer<OidcReplyHandler> listener;
    {
        BrowserSignIn signIn(nam.get(), loginUrl(), QStringLiteral("contact-editor-sandbox"));
        QSignalSpy opened(&signIn, &BrowserSignIn::browserOpened);
        QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
        signIn.start();
        QVERIFY(opened.wait(20000));
        const auto handlers = signIn.findChildren<OidcReplyHandler *>();
        QCOMPARE(handlers.size(), 1);
        listener = handlers.first();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 20000);
    }
    QVERIFY(listener);
    nam.reset();
    QVERIFY(!listener);
}

void TestOnlineSignIn::expiredAccessTokenIsRefreshedOnce()
{
    WebApiClient client;
    auto a = signedIn(client.networkAccessManager());
    QVERIFY(a);
    client.setProfile(a->profile());
    client.setAuthenticator(a.get());
    const QString before = a->accessToken();
    m_sandbox.expireAccessTokens();
    QJsonObject answer;
    QVERIFY(principal(&client, &answer));
    QVERIFY(a->accessToken() != before);
    const QList<QJsonObject> refreshes = oauthRequests(QStringLiteral("tokens"));
    QCOMPARE(refreshes.last()
                 .value(QLatin1String("params"))
                 .toObject()
                 .value(QLatin1String("grant_type"))
                 .toString(),
             QStringLiteral("refresh_token"));
    // No second trip to the browser.
    QCOMPARE(m_browser->openedUrls().size(), 1);

    // Refused again after the refresh: not refreshed in a loop, the call fails.
    m_sandbox.clearOauthRequests();
    m_sandbox.addFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                                   {QStringLiteral("status"), 401},
                                   {QStringLiteral("path"), QStringLiteral("currentPrincipal")},
                                   {QStringLiteral("times"), 2}});
    ApiError error;
    QVERIFY(!principal(&client, nullptr, &error));
    QCOMPARE(error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(oauthRequests(QStringLiteral("tokens")).size(), 1);
}

void TestOnlineSignIn::soonToExpireTokenIsRefreshedBeforeTheCall()
{
    m_sandbox.setTokenLifetimes(30, 300);
    WebApiClient client;
    auto a = signedIn(client.networkAccessManager());
    QVERIFY(a);
    QVERIFY(a->needsRenewal());
    client.setProfile(a->profile());
    client.setAuthenticator(a.get());
    m_sandbox.setTokenLifetimes(3600, 300);
    m_sandbox.clearRequests();
    QVERIFY(principal(&client));
    QVERIFY(!a->needsRenewal());
    // One call, sent once, after the refresh: no 401 first.
    int calls = 0;
    for (const QJsonValue &v : m_sandbox.requests())
        calls += v.toObject()
                     .value(QLatin1String("path"))
                     .toString()
                     .contains(QLatin1String("currentPrincipal"));
    QCOMPARE(calls, 1);
}

void TestOnlineSignIn::refusedRefreshSignsInAgainAndKeepsEdits()
{
    auto workspace = std::make_unique<Workspace>();
    QVERIFY(workspace->openDrafts(m_dir->filePath(QStringLiteral("drafts.sqlite"))).isEmpty());
    QSignalSpy signedInSpy(workspace.get(), &Workspace::signedIn);
    Workspace::StartOptions options;
    options.profile = onlineProfile();
    workspace->start(options);
    QVERIFY(signedInSpy.wait(30000));
    QCOMPARE(m_browser->openedUrls().size(), 1);

    ContactSession *session = workspace->openContact(2);
    QVERIFY(
        QTest::qWaitFor([session] { return session->document() && !session->isBusy(); }, 15000));
    session->document()->setValue(JsonPath("Department"), QStringLiteral("Signed in again"));

    // Consent revoked and the access token gone: the refresh is refused, the browser opens
    // again, and once signed in the save goes through with the edit.
    m_sandbox.revokeRefreshTokens();
    m_sandbox.expireAccessTokens();
    QSignalSpy waiting(workspace.get(), &Workspace::browserSignInWaiting);
    QSignalSpy saved(session, &EntitySession::saved);
    session->save();
    QVERIFY(saved.wait(30000));
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(m_browser->openedUrls().size(), 2);

    WebApiClient check;
    ConnectionProfile basic;
    basic.setName(QStringLiteral("check"));
    basic.setBaseUrl(m_sandbox.baseUrl());
    basic.setUserName(QStringLiteral("demo"));
    check.setProfile(basic);
    check.setSecret(QStringLiteral("demo"));
    GetContactEntityJob *job = check.getContactEntity(2);
    QSignalSpy got(job, &ApiJob::finished);
    QVERIFY(got.wait(15000));
    QCOMPARE(job->entity().json().value(QLatin1String("Department")).toString(),
             QStringLiteral("Signed in again"));

    // This time the user cancels in the browser: the save fails, the edit stays as a draft.
    session->document()->setValue(JsonPath("Department"), QStringLiteral("Kept while signed out"));
    m_sandbox.revokeRefreshTokens();
    m_sandbox.expireAccessTokens();
    m_browser->setAction(TestBrowser::Action::Deny);
    QSignalSpy failed(session, &EntitySession::failed);
    QSignalSpy needed(workspace.get(), &Workspace::connectionNeeded);
    session->save();
    QVERIFY(failed.wait(30000));
    QVERIFY(needed.count() >= 1);
    QVERIFY(session->document()->isModified());
    bool kept = false;
    for (const Draft &d : workspace->drafts()->drafts(workspace->client()->profile().serverKey()))
        kept |= d.working.value(QLatin1String("Department")).toString() ==
                QLatin1String("Kept while signed out");
    QVERIFY(kept);
}

void TestOnlineSignIn::movedTenantIsFollowed()
{
    WebApiClient client;
    auto a = signedIn(client.networkAccessManager());
    QVERIFY(a);
    client.setProfile(a->profile());
    client.setAuthenticator(a.get());
    const QUrl before = client.profile().baseUrl();
    const QUrl moved = m_sandbox.moveTenant();
    QVERIFY(moved.isValid());
    QVERIFY(moved.port() != before.port());
    QSignalSpy changed(&client, &WebApiClient::profileChanged);
    QVERIFY(principal(&client));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(client.profile().baseUrl().port(), moved.port());
    QCOMPARE(client.profile().baseUrl().path(), QStringLiteral("/Cust12345"));
    // And the next call goes straight there.
    QVERIFY(principal(&client));
    QCOMPARE(changed.count(), 1);
}

void TestOnlineSignIn::movedTenantThatCannotBeFoundIsReported()
{
    WebApiClient client;
    auto a = signedIn(client.networkAccessManager());
    QVERIFY(a);
    client.setProfile(a->profile());
    client.setAuthenticator(a.get());
    m_sandbox.moveTenant(QJsonObject{{QStringLiteral("state"), QStringLiteral("Suspended")}});
    QSignalSpy failedToFollow(a.get(), &OnlineAuthenticator::relocationFailed);
    ApiError error;
    QVERIFY(!principal(&client, nullptr, &error));
    QCOMPARE(error.kind(), ApiError::Kind::Misdirected);
    QCOMPARE(failedToFollow.count(), 1);
    QVERIFY(failedToFollow.first().first().toString().contains(QLatin1String("moved")));
}

void TestOnlineSignIn::workspaceRemembersAndSignsOut()
{
    QString refresh;
    {
        auto workspace = std::make_unique<Workspace>();
        QVERIFY(workspace->openDrafts(m_dir->filePath(QStringLiteral("drafts.sqlite"))).isEmpty());
        QSignalSpy signedInSpy(workspace.get(), &Workspace::signedIn);
        Workspace::StartOptions options;
        options.profile = onlineProfile();
        workspace->start(options);
        QVERIFY(signedInSpy.wait(30000));
        const ConnectionProfile saved = workspace->client()->profile();
        QCOMPARE(saved.tenant(), QStringLiteral("Cust12345"));
        QCOMPARE(saved.name(), QStringLiteral("Cust12345 (SuperOffice Online)"));
        refresh = workspace->online()->refreshToken();
        QVERIFY(!refresh.isEmpty());
        CredentialStore store;
        const auto kept = waitForJob(store.read(saved.credentialKey()));
        QVERIFY(kept);
        QCOMPARE(kept->secret, refresh);
    }
    // Next start: the saved connection and the keychain's refresh token, no browser.
    auto workspace = std::make_unique<Workspace>();
    QVERIFY(workspace->openDrafts(m_dir->filePath(QStringLiteral("drafts.sqlite"))).isEmpty());
    QSignalSpy signedInSpy(workspace.get(), &Workspace::signedIn);
    workspace->start(Workspace::StartOptions());
    QVERIFY(signedInSpy.wait(30000));
    QCOMPARE(m_browser->openedUrls().size(), 1);

    const ConnectionProfile p = workspace->client()->profile();
    QSignalSpy needed(workspace.get(), &Workspace::connectionNeeded);
    workspace->signOut();
    QCOMPARE(needed.count(), 1);
    QVERIFY(workspace->online()->accessToken().isEmpty());
    CredentialStore store;
    const auto gone = waitForJob(store.read(p.credentialKey()));
    QVERIFY(gone);
    QCOMPARE(gone->status, CredentialJob::Status::NotFound);
}

void TestOnlineSignIn::tokensAreInNoFile()
{
    QStringList secrets;
    {
        auto workspace = std::make_unique<Workspace>();
        QVERIFY(workspace->openDrafts(m_dir->filePath(QStringLiteral("drafts.sqlite"))).isEmpty());
        QSignalSpy signedInSpy(workspace.get(), &Workspace::signedIn);
        Workspace::StartOptions options;
        options.profile = onlineProfile();
        workspace->start(options);
        QVERIFY(signedInSpy.wait(30000));
        ContactSession *session = workspace->openContact(2);
        QVERIFY(QTest::qWaitFor([session] { return session->document() && !session->isBusy(); },
                                15000));
        session->document()->setValue(JsonPath("Department"), QStringLiteral("Draft"));
        m_sandbox.expireAccessTokens();
        QSignalSpy saved(session, &EntitySession::saved);
        session->save();
        QVERIFY(saved.wait(30000));
        secrets << workspace->online()->accessToken() << workspace->online()->refreshToken();
        QSettings().sync();
    }
    QVERIFY(!secrets.contains(QString()));
    for (const QString &root : {QDir::homePath(), m_dir->path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(TestOnlineSignIn)
#include "tst_onlinesignin.moc"
