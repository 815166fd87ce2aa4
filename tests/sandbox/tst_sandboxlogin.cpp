// The sandbox's SuperOffice-like login service over real HTTP: discovery, the sign-in page, the
// authorization code flow with PKCE (driven by TestBrowser and by hand), the token endpoint's
// refusals, refresh and revoke, minted tokens on the WebAPI, the id_token's signature and claims,
// the tenant state, a tenant that moves, and the login service's request log.
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "testbrowser.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace {

using Params = QList<QPair<QString, QString>>;

const QString kNative = QStringLiteral("contact-editor-sandbox");
const QString kConfidential = QStringLiteral("contact-editor-confidential");
const QString kRedirect = QStringLiteral("http://127.0.0.1:47123/callback");
const QString kAuthorize = QStringLiteral("/login/common/oauth/authorize");
const QString kTokens = QStringLiteral("/login/common/oauth/tokens");
const QString kPrincipal = QStringLiteral("/api/v1/User/currentPrincipal");
const QString kClaim = QStringLiteral("http://schemes.superoffice.net/identity/");
const QList<QPair<QByteArray, QByteArray>> kForm{
    {"Content-Type", "application/x-www-form-urlencoded"}};

QByteArray encode(const Params &params)
{
    QByteArrayList parts;
    for (const auto &[key, value] : params)
        parts.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)));
}

QString param(const Params &params, const QString &name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return QString();
}

Params with(Params params, const QString &name, const QString &value)
{
    params.removeIf([&name](const auto &p) { return p.first == name; });
    if (!value.isNull())
        params.append({name, value});
    return params;
}

QJsonObject jwtPart(const QByteArray &jwt, int index)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.split('.').value(index), QByteArray::Base64UrlEncoding))
        .object();
}

QUrl withQuery(const QUrl &base, const QString &path, const Params &params)
{
    QUrl url = base;
    url.setPath(path);
    QUrlQuery query;
    for (const auto &[key, value] : params)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

// RS256 checked with OpenSSL against the JWKS's n and e, independently of the sandbox's signer.
bool verifyRs256(const QByteArray &jwt, const QJsonObject &jwk)
{
    const QByteArrayList parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    const QByteArray n =
        QByteArray::fromBase64(jwk.value("n").toString().toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray e =
        QByteArray::fromBase64(jwk.value("e").toString().toLatin1(), QByteArray::Base64UrlEncoding);
    BIGNUM *bn =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *keyContext = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    bool ok = keyContext && EVP_PKEY_fromdata_init(keyContext) == 1 &&
              EVP_PKEY_fromdata(keyContext, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ok = ok && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1 &&
         EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(signature.constData()),
                          size_t(signature.size()),
                          reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size())) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(keyContext);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn);
    BN_free(be);
    return ok;
}

// The app's loopback listener, as QOAuthHttpServerReplyHandler would be: it answers every request
// with a small page and keeps the request it got.
void listen(QTcpServer &server, QByteArray *received)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, received] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received] {
                *received += socket->readAll();
                const qsizetype end = received->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                static const QRegularExpression length(QStringLiteral("Content-Length: *(\\d+)"),
                                                       QRegularExpression::CaseInsensitiveOption);
                const auto m = length.match(QString::fromLatin1(received->left(end)));
                if (m.hasMatch() && received->size() < end + 4 + m.captured(1).toInt())
                    return;
                const QByteArray page = "<html><body>Signed in. Close this window.</body></html>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                              "Content-Length: " +
                              QByteArray::number(page.size()) + "\r\n\r\n" + page);
                socket->disconnectFromHost();
            });
        }
    });
}

} // namespace

class TestSandboxLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void discoveryNamesTheEndpointsAndAnIssuerWithoutLogin();
    void signInPageCarriesTheRequestEscaped();
    void codeFlowWithS256ThroughTheBrowser();
    void formPostAndFragmentModes();
    void browserTamperAndIgnore();
    void wrongVerifierIsRefused();
    void missingChallengeMethodMeansPlain();
    void codeWorksOnceAndItsReuseRevokes();
    void redirectUriMustEqualTheAuthorizeOne();
    void unregisteredRedirectAndUnknownClientShowAPage();
    void denyGivesAccessDenied();
    void wrongPasswordShowsThePageAgain();
    void badResponseTypeAndScopeGoBack();
    void confidentialClientNeedsItsSecret();
    void parametersInTheQueryStringAreAccepted();
    void refreshGivesANewAccessTokenAndNullRefreshToken();
    void revokedRefreshTokenIsInvalidGrant();
    void mintedAccessTokenWorksOnTheApi();
    void expiredAccessTokenGets401();
    void idTokenVerifiesAgainstTheJwks();
    void tokenLifetimesCanBeSet();
    void tenantState();
    void movedTenantAnswers421OnTheOldPort();
    void resetMovesTheTenantHome();
    void requestLogRedactsSecrets();
    void faultsApplyToTheTokenEndpoint();

private:
    Params authorizeParams(const QString &clientId = kNative) const;
    // Signs in on the form as the page would post it; the answer (302 with the code).
    SandboxClient::Result postSignIn(const Params &params, const QString &user = "demo",
                                     const QString &password = "demo",
                                     const QString &action = "signin");
    // A code for these authorize parameters, or empty.
    QString codeFor(const Params &params);
    SandboxClient::Result exchange(const Params &params);
    // A full sign-in through the form and the exchange; the token answer.
    QJsonObject signIn(const QString &clientId = kNative);
    static Params callbackItems(const QByteArray &location);

    SandboxProcess m_sandbox;
    QString m_verifier;
};

void TestSandboxLogin::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_verifier = QStringLiteral("verifier-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG");
}

void TestSandboxLogin::init()
{
    m_sandbox.reset();
}

Params TestSandboxLogin::authorizeParams(const QString &clientId) const
{
    return {{"response_type", "code"},
            {"client_id", clientId},
            {"redirect_uri", kRedirect},
            {"scope", "openid"},
            {"state", "state-1"},
            {"nonce", "nonce-1"},
            {"code_challenge", s256(m_verifier)},
            {"code_challenge_method", "S256"}};
}

SandboxClient::Result TestSandboxLogin::postSignIn(const Params &params, const QString &user,
                                                   const QString &password, const QString &action)
{
    SandboxClient c(m_sandbox.baseUrl());
    return c.send(
        "POST", kAuthorize,
        encode(params + Params{{"username", user}, {"password", password}, {"action", action}}),
        kForm);
}

Params TestSandboxLogin::callbackItems(const QByteArray &location)
{
    const QUrl url(QString::fromUtf8(location));
    Params out;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        out.append({key, value});
    return out;
}

QString TestSandboxLogin::codeFor(const Params &params)
{
    const auto r = postSignIn(params);
    if (r.status != 302)
        return QString();
    return param(callbackItems(r.header("Location")), "code");
}

SandboxClient::Result TestSandboxLogin::exchange(const Params &params)
{
    SandboxClient c(m_sandbox.baseUrl());
    return c.send("POST", kTokens, encode(params), kForm);
}

QJsonObject TestSandboxLogin::signIn(const QString &clientId)
{
    const QString code = codeFor(authorizeParams(clientId));
    Params exchangeParams{{"grant_type", "authorization_code"},
                          {"client_id", clientId},
                          {"code", code},
                          {"redirect_uri", kRedirect},
                          {"code_verifier", m_verifier}};
    if (clientId == kConfidential)
        exchangeParams.append(
            qMakePair(QStringLiteral("client_secret"), QStringLiteral("sandbox-secret")));
    const auto r = exchange(exchangeParams);
    return r.status == 200 ? r.object() : QJsonObject();
}

void TestSandboxLogin::discoveryNamesTheEndpointsAndAnIssuerWithoutLogin()
{
    SandboxClient c(m_sandbox.baseUrl());
    const auto r = c.get("/login/.well-known/openid-configuration");
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.object();
    const QString base = m_sandbox.baseUrl().toString();
    QCOMPARE(d.value("issuer").toString(), base);
    QCOMPARE(d.value("authorization_endpoint").toString(), base + kAuthorize);
    QCOMPARE(d.value("token_endpoint").toString(), base + kTokens);
    QCOMPARE(d.value("jwks_uri").toString(), base + "/login/.well-known/jwks");
    QCOMPARE(d.value("end_session_endpoint").toString(), base + "/login/logout");
    QCOMPARE(d.value("revocation_endpoint").toString(), base + "/login/common/oauth/revoke");
    QCOMPARE(d.value("scopes_supported").toArray(), QJsonArray{"openid"});
    QVERIFY(d.value("code_challenge_methods_supported").toArray().contains("S256"));
    QVERIFY(d.value("response_modes_supported").toArray().contains("form_post"));
    QCOMPARE(d.value("id_token_signing_alg_values_supported").toArray(), QJsonArray{"RS256"});

    const auto jwks = c.get("/login/.well-known/jwks");
    QCOMPARE(jwks.status, 200);
    const QJsonObject key = jwks.object().value("keys").toArray().first().toObject();
    QCOMPARE(key.value("kty").toString(), QStringLiteral("RSA"));
    QCOMPARE(key.value("alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(key.value("e").toString(), QStringLiteral("AQAB"));
    QVERIFY(!key.value("kid").toString().isEmpty());
    // 2048 bits of modulus.
    QCOMPARE(
        QByteArray::fromBase64(key.value("n").toString().toLatin1(), QByteArray::Base64UrlEncoding)
            .size(),
        256);
}

void TestSandboxLogin::signInPageCarriesTheRequestEscaped()
{
    SandboxClient c(m_sandbox.baseUrl());
    Params params = with(authorizeParams(), "state", "<script>alert(\"x\")</script>&");
    params = with(params, "login_hint", "\"><b>dana</b>");
    const auto r = c.send("GET", withQuery(m_sandbox.baseUrl(), kAuthorize, params), QByteArray());
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html; charset=utf-8"));
    const QString page = QString::fromUtf8(r.body);
    QVERIFY(page.contains("<form method=\"post\" action=\"/login/common/oauth/authorize\">"));
    QVERIFY(page.contains("<input type=\"hidden\" name=\"code_challenge\" value=\"" +
                          s256(m_verifier) + "\">"));
    QVERIFY(
        page.contains("<input type=\"hidden\" name=\"redirect_uri\" value=\"" + kRedirect + "\">"));
    QVERIFY(page.contains("name=\"state\" value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/"
                          "script&gt;&amp;\""));
    QVERIFY(page.contains("<input name=\"username\" value=\"&quot;&gt;&lt;b&gt;dana&lt;/b&gt;\""));
    QVERIFY(!page.contains("<script>alert"));
    QVERIFY(!page.contains("<b>dana"));
    QVERIFY(page.contains("<input type=\"password\" name=\"password\""));
    QVERIFY(page.contains("<button type=\"submit\" name=\"action\" value=\"signin\">Sign in"));
    QVERIFY(page.contains("<button type=\"submit\" name=\"action\" value=\"deny\">Cancel"));
    QVERIFY(page.contains(kNative));
}

void TestSandboxLogin::codeFlowWithS256ThroughTheBrowser()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    listen(listener, &received);
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/").arg(listener.serverPort());

    TestBrowser browser;
    QSignalSpy finished(&browser, &TestBrowser::finishedFlow);
    const QUrl url = withQuery(m_sandbox.baseUrl(), kAuthorize,
                               with(authorizeParams(), "redirect_uri", redirect));
    // As the app would: through QDesktopServices, which hands it to the test browser.
    QVERIFY(QDesktopServices::openUrl(url));
    QCOMPARE(browser.openedUrls().size(), 1);
    QVERIFY(finished.wait(10000));
    QVERIFY2(browser.errorString().isEmpty(), qPrintable(browser.errorString()));
    QCOMPARE(browser.lastCallbackStatus(), 200);
    QVERIFY(browser.lastCallbackPage().contains("Signed in"));
    QVERIFY(received.startsWith("GET /?code="));
    const QUrlQuery callback(browser.lastCallbackUrl());
    QCOMPARE(callback.queryItemValue("state"), QStringLiteral("state-1"));
    const QString code = callback.queryItemValue("code");
    QVERIFY(!code.isEmpty());

    const auto r = exchange({{"grant_type", "authorization_code"},
                             {"client_id", kNative},
                             {"code", code},
                             {"redirect_uri", redirect},
                             {"code_verifier", m_verifier}});
    QCOMPARE(r.status, 200);
    const QJsonObject t = r.object();
    QCOMPARE(t.value("token_type").toString(), QStringLiteral("Bearer"));
    QVERIFY(t.value("access_token").toString().startsWith("8A:Cust12345."));
    QCOMPARE(t.value("expires_in").toInt(), 3600);
    QVERIFY(!t.value("refresh_token").toString().isEmpty());
    QCOMPARE(t.value("id_token").toString().count('.'), 2);
}

void TestSandboxLogin::formPostAndFragmentModes()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    listen(listener, &received);
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/cb").arg(listener.serverPort());

    TestBrowser browser;
    QSignalSpy finished(&browser, &TestBrowser::finishedFlow);
    const Params params = with(authorizeParams(), "redirect_uri", redirect);
    const QUrl url =
        withQuery(m_sandbox.baseUrl(), kAuthorize, with(params, "response_mode", "form_post"));
    browser.openUrl(url);
    QVERIFY(finished.wait(10000));
    QVERIFY2(browser.errorString().isEmpty(), qPrintable(browser.errorString()));
    QVERIFY(received.startsWith("POST /cb HTTP/1.1"));
    QVERIFY(received.contains("code="));
    QVERIFY(received.contains("state=state-1"));

    const auto fragment = postSignIn(with(params, "response_mode", "fragment"));
    QCOMPARE(fragment.status, 302);
    const QUrl location(QString::fromUtf8(fragment.header("Location")));
    QVERIFY(location.query().isEmpty());
    const QUrlQuery items(location.fragment());
    QVERIFY(!items.queryItemValue("code").isEmpty());
    QCOMPARE(items.queryItemValue("state"), QStringLiteral("state-1"));
}

void TestSandboxLogin::browserTamperAndIgnore()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    listen(listener, &received);
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/cb").arg(listener.serverPort());
    const QUrl url = withQuery(m_sandbox.baseUrl(), kAuthorize,
                               with(authorizeParams(), "redirect_uri", redirect));

    TestBrowser browser;
    browser.setTamper([](QUrl callback) {
        QUrlQuery query(callback);
        query.removeQueryItem("state");
        query.addQueryItem("state", "forged");
        callback.setQuery(query);
        return callback;
    });
    QSignalSpy finished(&browser, &TestBrowser::finishedFlow);
    QVERIFY(QDesktopServices::openUrl(url));
    QVERIFY(finished.wait(10000));
    QCOMPARE(QUrlQuery(browser.lastCallbackUrl()).queryItemValue("state"),
             QStringLiteral("forged"));
    QVERIFY(received.contains("state=forged"));

    received.clear();
    browser.setAction(TestBrowser::Action::Ignore);
    QVERIFY(QDesktopServices::openUrl(url));
    QCOMPARE(browser.openedUrls().size(), 2);
    QCOMPARE(browser.openedUrls().last(), url);
    QVERIFY(!finished.wait(500));
    QVERIFY(received.isEmpty());
    // Only the first, tampered flow reached the login service's sign-in.
    int signIns = 0;
    for (const QJsonValue &entry : m_sandbox.oauthRequests())
        signIns += entry.toObject().value("method").toString() == QLatin1String("POST");
    QCOMPARE(signIns, 1);
}

void TestSandboxLogin::wrongVerifierIsRefused()
{
    const QString code = codeFor(authorizeParams());
    QVERIFY(!code.isEmpty());
    Params p{{"grant_type", "authorization_code"},
             {"client_id", kNative},
             {"code", code},
             {"redirect_uri", kRedirect},
             {"code_verifier", m_verifier + "x"}};
    auto r = exchange(p);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_grant"));
    r = exchange(with(p, "code_verifier", QString()));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_grant"));
    // The right one still works: the refusals were about the verifier.
    QCOMPARE(exchange(with(p, "code_verifier", m_verifier)).status, 200);
}

void TestSandboxLogin::missingChallengeMethodMeansPlain()
{
    Params params = with(authorizeParams(), "code_challenge_method", QString());
    params = with(params, "code_challenge", m_verifier);
    const QString code = codeFor(params);
    QVERIFY(!code.isEmpty());
    Params p{{"grant_type", "authorization_code"},
             {"client_id", kNative},
             {"code", code},
             {"redirect_uri", kRedirect},
             {"code_verifier", s256(m_verifier)}};
    QCOMPARE(exchange(p).status, 400);
    QCOMPARE(exchange(with(p, "code_verifier", m_verifier)).status, 200);
}

void TestSandboxLogin::codeWorksOnceAndItsReuseRevokes()
{
    const QString code = codeFor(authorizeParams());
    const Params p{{"grant_type", "authorization_code"},
                   {"client_id", kNative},
                   {"code", code},
                   {"redirect_uri", kRedirect},
                   {"code_verifier", m_verifier}};
    const auto first = exchange(p);
    QCOMPARE(first.status, 200);
    const auto second = exchange(p);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.object().value("error").toString(), QStringLiteral("invalid_grant"));
    // What the first exchange gave is revoked now.
    SandboxClient api(m_sandbox.baseUrl());
    api.setBearer(first.object().value("access_token").toString());
    QCOMPARE(api.get(kPrincipal).status, 401);
    const auto refresh =
        exchange({{"grant_type", "refresh_token"},
                  {"client_id", kNative},
                  {"refresh_token", first.object().value("refresh_token").toString()}});
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.object().value("error").toString(), QStringLiteral("invalid_grant"));
    const auto unknown = exchange(with(p, "code", "no-such-code"));
    QCOMPARE(unknown.object().value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxLogin::redirectUriMustEqualTheAuthorizeOne()
{
    const QString code = codeFor(authorizeParams());
    Params p{{"grant_type", "authorization_code"},
             {"client_id", kNative},
             {"code", code},
             {"redirect_uri", "http://127.0.0.1:47124/callback"},
             {"code_verifier", m_verifier}};
    const auto r = exchange(p);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_grant"));
    const auto missing = exchange(with(p, "redirect_uri", QString()));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.object().value("error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(exchange(with(p, "redirect_uri", kRedirect)).status, 200);
}

void TestSandboxLogin::unregisteredRedirectAndUnknownClientShowAPage()
{
    SandboxClient c(m_sandbox.baseUrl());
    for (const QString &redirect :
         {QStringLiteral("http://localhost:47123/callback"),
          QStringLiteral("https://127.0.0.1:47123/"), QStringLiteral("http://127.0.0.1:80/"),
          QStringLiteral("http://127.0.0.1:47123.evil.example/"), QString()}) {
        const auto r = c.send("GET",
                              withQuery(m_sandbox.baseUrl(), kAuthorize,
                                        with(authorizeParams(), "redirect_uri", redirect)),
                              QByteArray());
        QVERIFY2(r.header("Location").isEmpty(), qPrintable(redirect));
        QVERIFY2(r.body.contains("Authorization error: InvalidRedirectUrl (2)"),
                 qPrintable(redirect));
        // Nor may the form's POST be used to get around it.
        const auto post = postSignIn(with(authorizeParams(), "redirect_uri", redirect));
        QVERIFY(post.header("Location").isEmpty());
        QVERIFY(post.body.contains("InvalidRedirectUrl (2)"));
    }
    QVERIFY(!codeFor(with(authorizeParams(), "redirect_uri", "http://[::1]:47123/cb")).isEmpty());
    const auto unknown = postSignIn(with(authorizeParams(), "client_id", "someone-else"));
    QVERIFY(unknown.header("Location").isEmpty());
    QVERIFY(unknown.body.contains("Authorization error: InvalidClient"));
}

void TestSandboxLogin::denyGivesAccessDenied()
{
    const auto r = postSignIn(authorizeParams(), "demo", "demo", "deny");
    QCOMPARE(r.status, 302);
    const QByteArray location = r.header("Location");
    QVERIFY(location.startsWith(kRedirect.toUtf8() + "?error=access_denied"));
    QVERIFY(location.contains("error_description=The+user+denied+the+request"));
    QCOMPARE(param(callbackItems(location), "state"), QStringLiteral("state-1"));
    QVERIFY(param(callbackItems(location), "code").isEmpty());

    TestBrowser browser;
    browser.setAction(TestBrowser::Action::Deny);
    QSignalSpy finished(&browser, &TestBrowser::finishedFlow);
    const QUrl url = withQuery(m_sandbox.baseUrl(), kAuthorize, authorizeParams());
    browser.openUrl(url);
    QVERIFY(finished.wait(10000));
    QCOMPARE(QUrlQuery(browser.lastCallbackUrl()).queryItemValue("error"),
             QStringLiteral("access_denied"));
}

void TestSandboxLogin::wrongPasswordShowsThePageAgain()
{
    const auto r = postSignIn(authorizeParams(), "demo", "wrong");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Location").isEmpty());
    QVERIFY(r.body.contains("class=\"error\""));
    QVERIFY(r.body.contains("<input name=\"username\" value=\"demo\""));
    QVERIFY(r.body.contains("name=\"code_challenge\""));
    QVERIFY(!r.body.contains("name=\"password\" value"));

    TestBrowser browser;
    browser.setCredentials("viewer", "demo");
    QSignalSpy finished(&browser, &TestBrowser::finishedFlow);
    const QUrl url = withQuery(m_sandbox.baseUrl(), kAuthorize, authorizeParams());
    browser.openUrl(url);
    QVERIFY(finished.wait(10000));
    QVERIFY(browser.errorString().contains("incorrect"));
    QVERIFY(browser.lastCallbackUrl().isEmpty());
    // User names are not case sensitive.
    QCOMPARE(postSignIn(authorizeParams(), "Viewer", "viewer").status, 302);
}

void TestSandboxLogin::badResponseTypeAndScopeGoBack()
{
    SandboxClient c(m_sandbox.baseUrl());
    auto ask = [&](const Params &params) {
        return c.send("GET", withQuery(m_sandbox.baseUrl(), kAuthorize, params), QByteArray());
    };
    auto r = ask(with(authorizeParams(), "response_type", "token"));
    QCOMPARE(r.status, 302);
    Params items = callbackItems(r.header("Location"));
    QCOMPARE(param(items, "error"), QStringLiteral("unsupported_response_type"));
    QCOMPARE(param(items, "state"), QStringLiteral("state-1"));
    r = ask(with(authorizeParams(), "scope", "profile api"));
    QCOMPARE(r.status, 302);
    QCOMPARE(param(callbackItems(r.header("Location")), "error"), QStringLiteral("invalid_scope"));
    QCOMPARE(ask(with(authorizeParams(), "scope", "profile openid")).status, 200);
}

void TestSandboxLogin::confidentialClientNeedsItsSecret()
{
    const QString code = codeFor(authorizeParams(kConfidential));
    Params p{{"grant_type", "authorization_code"},
             {"client_id", kConfidential},
             {"code", code},
             {"redirect_uri", kRedirect},
             {"code_verifier", m_verifier}};
    auto r = exchange(p);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_client"));
    r = exchange(p + Params{{"client_secret", "wrong"}});
    QCOMPARE(r.status, 401);
    // HTTP Basic carries the secret as well as the body does.
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic(kConfidential, "sandbox-secret");
    r = c.send("POST", kTokens, encode(p), kForm);
    QCOMPARE(r.status, 200);
    const QString refresh = r.object().value("refresh_token").toString();
    // And for refresh too.
    const Params refreshParams{
        {"grant_type", "refresh_token"}, {"client_id", kConfidential}, {"refresh_token", refresh}};
    QCOMPARE(exchange(refreshParams).status, 401);
    QCOMPARE(exchange(refreshParams + Params{{"client_secret", "sandbox-secret"}}).status, 200);
    // Another client cannot use it.
    QCOMPARE(exchange(with(refreshParams, "client_id", kNative)).object().value("error").toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(exchange(with(refreshParams, "client_id", "nobody")).status, 401);
}

void TestSandboxLogin::parametersInTheQueryStringAreAccepted()
{
    const QString code = codeFor(authorizeParams());
    SandboxClient c(m_sandbox.baseUrl());
    const auto r = c.send("POST",
                          withQuery(m_sandbox.baseUrl(), kTokens,
                                    {{"grant_type", "authorization_code"},
                                     {"client_id", kNative},
                                     {"code", code},
                                     {"redirect_uri", kRedirect},
                                     {"code_verifier", m_verifier}}),
                          QByteArray());
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value("access_token").toString().startsWith("8A:Cust12345."));
    const QJsonArray log = m_sandbox.oauthRequests();
    QCOMPARE(log.last().toObject().value("paramsIn").toString(), QStringLiteral("query"));
}

void TestSandboxLogin::refreshGivesANewAccessTokenAndNullRefreshToken()
{
    const QJsonObject first = signIn();
    QVERIFY(!first.isEmpty());
    const auto r = exchange({{"grant_type", "refresh_token"},
                             {"client_id", kNative},
                             {"refresh_token", first.value("refresh_token").toString()}});
    QCOMPARE(r.status, 200);
    const QJsonObject t = r.object();
    QVERIFY(t.contains("refresh_token"));
    QVERIFY(t.value("refresh_token").isNull());
    QVERIFY(t.value("access_token").toString().startsWith("8A:Cust12345."));
    QVERIFY(t.value("access_token") != first.value("access_token"));
    const QJsonObject claims = jwtPart(t.value("id_token").toString().toLatin1(), 1);
    QVERIFY(!claims.contains("nonce"));
    QCOMPARE(claims.value("aud").toString(), kNative);
    SandboxClient api(m_sandbox.baseUrl());
    api.setBearer(t.value("access_token").toString());
    QCOMPARE(api.get(kPrincipal).status, 200);
    QCOMPARE(exchange({{"grant_type", "password"}, {"client_id", kNative}})
                 .object()
                 .value("error")
                 .toString(),
             QStringLiteral("unsupported_grant_type"));
    QCOMPARE(exchange({{"client_id", kNative}}).object().value("error").toString(),
             QStringLiteral("invalid_request"));
}

void TestSandboxLogin::revokedRefreshTokenIsInvalidGrant()
{
    const QJsonObject first = signIn();
    const Params p{{"grant_type", "refresh_token"},
                   {"client_id", kNative},
                   {"refresh_token", first.value("refresh_token").toString()}};
    QCOMPARE(exchange(p).status, 200);
    QVERIFY(m_sandbox.revokeRefreshTokens());
    auto r = exchange(p);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!r.object().value("error_description").toString().isEmpty());

    // The revocation endpoint: the refresh token and its access tokens end.
    const QJsonObject second = signIn();
    SandboxClient api(m_sandbox.baseUrl());
    api.setBearer(second.value("access_token").toString());
    QCOMPARE(api.get(kPrincipal).status, 200);
    SandboxClient c(m_sandbox.baseUrl());
    const auto revoked = c.send(
        "POST", "/login/common/oauth/revoke",
        encode({{"token", second.value("refresh_token").toString()}, {"client_id", kNative}}),
        kForm);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(api.get(kPrincipal).status, 401);
    r = exchange(with(p, "refresh_token", second.value("refresh_token").toString()));
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(c.get("/login/logout").status, 200);
}

void TestSandboxLogin::mintedAccessTokenWorksOnTheApi()
{
    const QJsonObject t = signIn();
    SandboxClient api(m_sandbox.baseUrl());
    api.setBearer(t.value("access_token").toString());
    auto r = api.get(kPrincipal);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("UserName").toString(), QStringLiteral("demo"));
    r = api.get("/Cust12345" + kPrincipal);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("DatabaseContextIdentifier").toString(), QStringLiteral("Cust12345"));
    api.setBearer("8A:Cust12345.made-up");
    r = api.get(kPrincipal);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    // The static tokens still work.
    api.setBearer("8A:Cust12345.demo-token");
    QCOMPARE(api.get(kPrincipal).status, 200);
}

void TestSandboxLogin::expiredAccessTokenGets401()
{
    const QJsonObject t = signIn();
    SandboxClient api(m_sandbox.baseUrl());
    api.setBearer(t.value("access_token").toString());
    QCOMPARE(api.get(kPrincipal).status, 200);
    QVERIFY(m_sandbox.expireAccessTokens());
    const auto r = api.get(kPrincipal);
    QCOMPARE(r.status, 401);
    QVERIFY(r.isErrorBody());
    QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
    // The refresh token outlives it.
    const auto refreshed = exchange({{"grant_type", "refresh_token"},
                                     {"client_id", kNative},
                                     {"refresh_token", t.value("refresh_token").toString()}});
    QCOMPARE(refreshed.status, 200);
    api.setBearer(refreshed.object().value("access_token").toString());
    QCOMPARE(api.get(kPrincipal).status, 200);
}

void TestSandboxLogin::idTokenVerifiesAgainstTheJwks()
{
    const QJsonObject t = signIn();
    const QByteArray jwt = t.value("id_token").toString().toLatin1();
    SandboxClient c(m_sandbox.baseUrl());
    const QJsonObject jwk =
        c.get("/login/.well-known/jwks").object().value("keys").toArray().first().toObject();
    const QJsonObject header = jwtPart(jwt, 0);
    QCOMPARE(header.value("alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value("typ").toString(), QStringLiteral("JWT"));
    QCOMPARE(header.value("kid").toString(), jwk.value("kid").toString());
    QVERIFY(verifyRs256(jwt, jwk));
    // A changed claim breaks the signature.
    QByteArrayList parts = jwt.split('.');
    QJsonObject forged = jwtPart(jwt, 1);
    forged.insert("aud", "someone-else");
    parts[1] = base64Url(QJsonDocument(forged).toJson(QJsonDocument::Compact));
    QVERIFY(!verifyRs256(parts.join('.'), jwk));

    const QJsonObject claims = jwtPart(jwt, 1);
    const QString base = m_sandbox.baseUrl().toString();
    QCOMPARE(claims.value("iss").toString(), base);
    QCOMPARE(claims.value("aud").toString(), kNative);
    QCOMPARE(claims.value("nonce").toString(), QStringLiteral("nonce-1"));
    QVERIFY(claims.value("iat").isString());
    const qint64 iat = claims.value("iat").toString().toLongLong();
    QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(claims.value("exp").isDouble());
    QVERIFY(claims.value("nbf").isDouble());
    QCOMPARE(qint64(claims.value("exp").toDouble()) - iat, 300);
    QVERIFY(!claims.value("sub").toString().isEmpty());
    QCOMPARE(claims.value(kClaim + "ctx").toString(), QStringLiteral("Cust12345"));
    QCOMPARE(claims.value(kClaim + "webapi_url").toString(), base + "/Cust12345/api/");
    QCOMPARE(claims.value(kClaim + "netserver_url").toString(),
             base + "/Cust12345/Remote/Services88/");
    QCOMPARE(claims.value(kClaim + "associateid").toString(), QStringLiteral("5"));
    QCOMPARE(claims.value(kClaim + "is_administrator").toString(), QStringLiteral("True"));
    QCOMPARE(claims.value(kClaim + "identityprovider").toString(),
             QStringLiteral("central-superid"));
    QCOMPARE(claims.value(kClaim + "email").toString(), QStringLiteral("demo@sandbox.invalid"));
    // The subject is the user's, not the sign-in's.
    QCOMPARE(jwtPart(signIn().value("id_token").toString().toLatin1(), 1).value("sub"),
             claims.value("sub"));
    // The WebAPI works at webapi_url.
    SandboxClient api(
        QUrl(claims.value(kClaim + "webapi_url").toString()).adjusted(QUrl::RemovePath));
    api.setBearer(t.value("access_token").toString());
    QCOMPARE(api.get(QUrl(claims.value(kClaim + "webapi_url").toString()).path() +
                     "v1/User/currentPrincipal")
                 .status,
             200);
}

void TestSandboxLogin::tokenLifetimesCanBeSet()
{
    QVERIFY(m_sandbox.setTokenLifetimes(1, 60));
    const QJsonObject t = signIn();
    QCOMPARE(t.value("expires_in").toInt(), 1);
    const QJsonObject claims = jwtPart(t.value("id_token").toString().toLatin1(), 1);
    QCOMPARE(qint64(claims.value("exp").toDouble()) - claims.value("iat").toString().toLongLong(),
             60);
    SandboxClient api(m_sandbox.baseUrl());
    api.setBearer(t.value("access_token").toString());
    QTRY_COMPARE_WITH_TIMEOUT(api.get(kPrincipal).status, 401, 5000);
    m_sandbox.reset();
    QCOMPARE(signIn().value("expires_in").toInt(), 3600);
}

void TestSandboxLogin::tenantState()
{
    SandboxClient c(m_sandbox.baseUrl());
    auto r = c.get("/api/state/Cust12345");
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.object();
    const QString endpoint = m_sandbox.baseUrl().toString() + "/Cust12345";
    QCOMPARE(s.value("ContextIdentifier").toString(), QStringLiteral("Cust12345"));
    QCOMPARE(s.value("Endpoint").toString(), endpoint);
    QCOMPARE(s.value("Api").toString(), endpoint + "/api");
    QCOMPARE(s.value("State").toString(), QStringLiteral("Running"));
    QCOMPARE(s.value("IsRunning").toBool(), true);
    const QDateTime validUntil =
        QDateTime::fromString(s.value("ValidUntil").toString(), Qt::ISODate);
    QVERIFY(validUntil.isValid());
    QVERIFY(validUntil > QDateTime::currentDateTimeUtc());
    QVERIFY(!s.value("Version").toString().isEmpty());
    QCOMPARE(c.get("/api/state/Cust99999").status, 404);
}

void TestSandboxLogin::movedTenantAnswers421OnTheOldPort()
{
    const QJsonObject t = signIn();
    const QUrl endpoint = m_sandbox.moveTenant();
    QVERIFY2(endpoint.isValid() && !endpoint.isEmpty(), qPrintable(m_sandbox.errorString()));
    QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(endpoint.port() != m_sandbox.port());
    QCOMPARE(endpoint.path(), QStringLiteral("/Cust12345"));

    SandboxClient old(m_sandbox.baseUrl());
    old.setBearer(t.value("access_token").toString());
    for (const QString &path : {kPrincipal, "/Cust12345" + kPrincipal}) {
        const auto r = old.get(path);
        QCOMPARE(r.status, 421);
        QVERIFY(r.isErrorBody());
        QCOMPARE(r.object().value("ErrorType").toString(), QStringLiteral("MisdirectedRequest"));
        QCOMPARE(r.object().value("ErrorMessage").toString(),
                 QStringLiteral("Wrong subdomain used to access tenant"));
    }
    SandboxClient moved(endpoint.adjusted(QUrl::RemovePath));
    moved.setBearer(t.value("access_token").toString());
    QCOMPARE(moved.get("/Cust12345" + kPrincipal).status, 200);
    QCOMPARE(moved.get(kPrincipal).status, 200);

    // The auth host keeps signing in and telling where the tenant is.
    const QJsonObject state = old.get("/api/state/Cust12345").object();
    QCOMPARE(state.value("Endpoint").toString(), endpoint.toString());
    QCOMPARE(state.value("Api").toString(), endpoint.toString() + "/api");
    const QJsonObject next = signIn();
    QVERIFY(!next.isEmpty());
    QCOMPARE(jwtPart(next.value("id_token").toString().toLatin1(), 1)
                 .value(kClaim + "webapi_url")
                 .toString(),
             endpoint.toString() + "/api/");

    // A tenant that moved and is not running.
    const QUrl suspended = m_sandbox.moveTenant({{"state", "Suspended"}});
    QVERIFY(!suspended.isEmpty());
    const QJsonObject down = old.get("/api/state/Cust12345").object();
    QCOMPARE(down.value("State").toString(), QStringLiteral("Suspended"));
    QCOMPARE(down.value("IsRunning").toBool(), false);
    QCOMPARE(down.value("Endpoint").toString(), suspended.toString());
}

void TestSandboxLogin::resetMovesTheTenantHome()
{
    const QUrl endpoint = m_sandbox.moveTenant();
    QVERIFY(!endpoint.isEmpty());
    SandboxClient old(m_sandbox.baseUrl());
    old.setBasic("demo", "demo");
    QCOMPARE(old.get(kPrincipal).status, 421);
    m_sandbox.reset();
    QCOMPARE(old.get(kPrincipal).status, 200);
    QCOMPARE(old.get("/api/state/Cust12345").object().value("Endpoint").toString(),
             m_sandbox.baseUrl().toString() + "/Cust12345");
    SandboxClient gone(endpoint.adjusted(QUrl::RemovePath));
    gone.setBasic("demo", "demo");
    const auto r = gone.get(kPrincipal);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::ConnectionRefusedError);
}

void TestSandboxLogin::requestLogRedactsSecrets()
{
    m_sandbox.clearOauthRequests();
    QVERIFY(m_sandbox.oauthRequests().isEmpty());
    const QJsonObject t = signIn(kConfidential);
    QVERIFY(!t.isEmpty());
    exchange({{"grant_type", "refresh_token"},
              {"client_id", kConfidential},
              {"client_secret", "sandbox-secret"},
              {"refresh_token", t.value("refresh_token").toString()}});
    const QJsonArray log = m_sandbox.oauthRequests();
    QCOMPARE(log.size(), 3);
    const QJsonObject authorize = log.at(0).toObject();
    QCOMPARE(authorize.value("endpoint").toString(), QStringLiteral("authorize"));
    QCOMPARE(authorize.value("method").toString(), QStringLiteral("POST"));
    QCOMPARE(authorize.value("paramsIn").toString(), QStringLiteral("body"));
    QCOMPARE(authorize.value("params").toObject().value("password").toString(),
             QStringLiteral("<redacted>"));
    QCOMPARE(authorize.value("params").toObject().value("username").toString(),
             QStringLiteral("demo"));
    QCOMPARE(authorize.value("params").toObject().value("code_challenge").toString(),
             s256(m_verifier));
    const QJsonObject tokens = log.at(1).toObject().value("params").toObject();
    QCOMPARE(log.at(1).toObject().value("endpoint").toString(), QStringLiteral("tokens"));
    for (const char *secret : {"client_secret", "code_verifier", "code"})
        QCOMPARE(tokens.value(secret).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(tokens.value("grant_type").toString(), QStringLiteral("authorization_code"));
    QCOMPARE(log.at(2).toObject().value("params").toObject().value("refresh_token").toString(),
             QStringLiteral("<redacted>"));
    const QByteArray whole = QJsonDocument(log).toJson();
    QVERIFY(!whole.contains("sandbox-secret"));
    QVERIFY(!whole.contains(m_verifier.toLatin1()));
    QVERIFY(!whole.contains(t.value("refresh_token").toString().toLatin1()));
    // Nor does the API's request log see the login service's bodies.
    QVERIFY(!QJsonDocument(m_sandbox.requests()).toJson().contains("sandbox-secret"));
    m_sandbox.clearOauthRequests();
    QVERIFY(m_sandbox.oauthRequests().isEmpty());
}

void TestSandboxLogin::faultsApplyToTheTokenEndpoint()
{
    const QString code = codeFor(authorizeParams());
    QVERIFY(m_sandbox.addFault({{"path", "/oauth/tokens"}, {"kind", "status"}, {"status", 500}}));
    const Params p{{"grant_type", "authorization_code"},
                   {"client_id", kNative},
                   {"code", code},
                   {"redirect_uri", kRedirect},
                   {"code_verifier", m_verifier}};
    QCOMPARE(exchange(p).status, 500);
    // The faulted request never reached the service: the code is still good.
    QCOMPARE(exchange(p).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxLogin)
#include "tst_sandboxlogin.moc"
