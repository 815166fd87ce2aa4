#include "loginservice.h"

#include "authorizationcodes.h"
#include "tenantstate.h"
#include "tokenstore.h"
#include "userdirectory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

namespace {

const QString kClaims = QStringLiteral("http://schemes.superoffice.net/identity/");
const QByteArray kHtml = QByteArrayLiteral("text/html; charset=utf-8");

using Params = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded, which is also what OAuth puts in a query: '+' is a space.
Params parseForm(const QByteArray &encoded)
{
    Params out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return out;
}

QString value(const Params &params, const QString &name)
{
    for (const auto &[key, v] : params) {
        if (key == name)
            return v;
    }
    return QString();
}

bool has(const Params &params, const QString &name)
{
    for (const auto &[key, v] : params) {
        if (key == name)
            return true;
    }
    return false;
}

QByteArray formEncode(const Params &params)
{
    QByteArrayList parts;
    for (const auto &[key, v] : params)
        parts.append(QUrl::toPercentEncoding(key) + '=' +
                     QUrl::toPercentEncoding(v, " ").replace(' ', '+'));
    return parts.join('&');
}

bool isSecretParameter(const QString &name)
{
    static const QStringList secrets{
        QStringLiteral("client_secret"), QStringLiteral("password"),
        QStringLiteral("code_verifier"), QStringLiteral("refresh_token"),
        QStringLiteral("code"),          QStringLiteral("token")};
    return secrets.contains(name);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

SandboxReply page(int status, const QString &title, const QString &body)
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
                                        "charset=\"utf-8\"><title>%1</title></head>\n<body>\n%2"
                                        "</body></html>\n")
                             .arg(escaped(title), body);
    SandboxReply reply(status, html.toUtf8(), kHtml);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

// SuperOffice shows these on its own page and never redirects: the redirect itself is in doubt.
SandboxReply authorizationErrorPage(const QString &what)
{
    return page(400, QStringLiteral("Authorization error - SuperOffice"),
                QStringLiteral("<h1>Authorization error: %1</h1>\n<p>The application's sign-in "
                               "request cannot be handled. Tell the application's vendor.</p>\n")
                    .arg(escaped(what)));
}

SandboxReply oauthError(int status, const QString &error, const QString &description)
{
    SandboxReply reply =
        SandboxReply::json(QJsonObject{{QStringLiteral("error"), error},
                                       {QStringLiteral("error_description"), description}},
                           status);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return reply;
}

// The authorization response (RFC 6749 4.1.2, OAuth 2.0 Form Post Response Mode) in the mode the
// request asked for; items already carry state.
SandboxReply authorizationResponse(const Params &request, const Params &items)
{
    const QString redirect = value(request, QStringLiteral("redirect_uri"));
    const QString mode = value(request, QStringLiteral("response_mode"));
    if (mode == QLatin1String("form_post")) {
        QString inputs;
        for (const auto &[key, v] : items)
            inputs += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                          .arg(escaped(key), escaped(v));
        return page(200, QStringLiteral("Signing in - SuperOffice"),
                    QStringLiteral("<form method=\"post\" action=\"%1\">\n%2<noscript><button "
                                   "type=\"submit\">Continue</button></noscript>\n</form>\n"
                                   "<script>document.forms[0].submit();</script>\n")
                        .arg(escaped(redirect), inputs));
    }
    QByteArray location = redirect.toUtf8();
    if (mode == QLatin1String("fragment"))
        location += '#' + formEncode(items);
    else
        location += (location.contains('?') ? '&' : '?') + formEncode(items);
    SandboxReply reply(302, QByteArray(), QByteArray());
    reply.setHeader(QByteArrayLiteral("Location"), location);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

SandboxReply authorizationError(const Params &request, const QString &error,
                                const QString &description)
{
    Params items{{QStringLiteral("error"), error},
                 {QStringLiteral("error_description"), description}};
    if (has(request, QStringLiteral("state")))
        items.append({QStringLiteral("state"), value(request, QStringLiteral("state"))});
    return authorizationResponse(request, items);
}

SandboxReply signInPage(const OAuthApplications::Application &app, const Params &params,
                        const QString &userName, const QString &error)
{
    static const QStringList entered{QStringLiteral("username"), QStringLiteral("password"),
                                     QStringLiteral("action")};
    QString hidden;
    for (const auto &[key, v] : params) {
        if (!entered.contains(key))
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                          .arg(escaped(key), escaped(v));
    }
    const QString errorLine =
        error.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(escaped(error));
    return page(200, QStringLiteral("Sign in - SuperOffice"),
                QStringLiteral(
                    "<h1>Sign in to SuperOffice</h1>\n"
                    "<p><strong>%1</strong> (%2) asks to sign you in to %3.</p>\n%4"
                    "<form method=\"post\" action=\"/login/common/oauth/authorize\">\n%5"
                    "<p><label>User name <input name=\"username\" value=\"%6\" "
                    "autocomplete=\"username\"></label></p>\n"
                    "<p><label>Password <input type=\"password\" name=\"password\" "
                    "autocomplete=\"current-password\"></label></p>\n"
                    "<p><button type=\"submit\" name=\"action\" value=\"signin\">Sign in</button>\n"
                    "<button type=\"submit\" name=\"action\" value=\"deny\">Cancel</button></p>\n"
                    "</form>\n")
                    .arg(escaped(app.name), escaped(app.clientId),
                         escaped(TenantState::contextId()), errorLine, hidden, escaped(userName)));
}

QString userSubject(const SandboxUser &user)
{
    // Stable across runs, as SuperID's subject is for one person.
    static const QUuid ns(QStringLiteral("{3b2f7e4c-5a0d-4c86-9d1e-6f1e3c2a9b70}"));
    return QUuid::createUuidV5(ns, user.userName.toLower()).toString(QUuid::WithoutBraces);
}

} // namespace

LoginService::LoginService(const UserDirectory &users, TokenStore &tokens,
                           AuthorizationCodes &codes, TenantState &tenant)
    : m_users(users)
    , m_tokens(tokens)
    , m_codes(codes)
    , m_tenant(tenant)
{
    m_routes.add("GET", QStringLiteral("login/.well-known/openid-configuration"),
                 [this](const Call &call, const QStringList &) { return discovery(call.base); });
    m_routes.add(
        "GET", QStringLiteral("login/.well-known/jwks"),
        [this](const Call &, const QStringList &) { return SandboxReply::json(m_signer.jwks()); });
    m_routes.add("GET", QStringLiteral("login/common/oauth/authorize"),
                 [this](const Call &call, const QStringList &) { return authorize(call); });
    m_routes.add("POST", QStringLiteral("login/common/oauth/authorize"),
                 [this](const Call &call, const QStringList &) { return authorize(call); });
    m_routes.add("POST", QStringLiteral("login/common/oauth/tokens"),
                 [this](const Call &call, const QStringList &) { return tokenEndpoint(call); });
    m_routes.add("POST", QStringLiteral("login/common/oauth/revoke"),
                 [this](const Call &call, const QStringList &) { return revoke(call); });
    auto logout = [](const Call &, const QStringList &) {
        return page(200, QStringLiteral("Signed out - SuperOffice"),
                    QStringLiteral("<h1>You are signed out</h1>\n<p>You can close this "
                                   "window.</p>\n"));
    };
    m_routes.add("GET", QStringLiteral("login/logout"), logout);
    m_routes.add("POST", QStringLiteral("login/logout"), logout);
    m_routes.add("GET", QStringLiteral("api/state/{}"),
                 [this](const Call &call, const QStringList &args) {
                     return tenantState(args.at(0), call.base);
                 });
}

bool LoginService::handles(const QString &path)
{
    return path.startsWith(QLatin1String("/login/"), Qt::CaseInsensitive) ||
           path.compare(QLatin1String("/login"), Qt::CaseInsensitive) == 0 ||
           path.startsWith(QLatin1String("/api/state/"), Qt::CaseInsensitive);
}

SandboxReply LoginService::dispatch(const SandboxRequest &r, const QString &baseUrl)
{
    QString path = r.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    // Query and form body both count (SuperOffice's docs put token parameters in the query of a
    // POST); the body's win.
    const Params body = r.method == "POST" ? parseForm(r.body) : Params();
    Params params = parseForm(r.rawQuery.toUtf8());
    for (const auto &item : body) {
        params.removeIf([&item](const auto &p) { return p.first == item.first; });
        params.append(item);
    }
    const QString endpoint = parts.size() >= 4 && parts.at(1) == QLatin1String("common")
                                 ? parts.at(3).toLower()
                             : parts.value(0).toLower() == QLatin1String("api")
                                 ? QStringLiteral("state")
                                 : parts.value(parts.size() - 1).toLower();
    record(endpoint, r, params, !body.isEmpty());

    const Call call{r, baseUrl, params};
    QByteArray allowed;
    if (std::optional<SandboxReply> reply = m_routes.route(r.method, parts, call, &allowed))
        return *reply;
    if (allowed.isEmpty())
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("No resource at %1").arg(r.path));
    SandboxReply reply =
        SandboxReply::error(405, QStringLiteral("SoBadRequestException"),
                            QStringLiteral("Use %1 here").arg(QString::fromLatin1(allowed)));
    reply.setHeader(QByteArrayLiteral("Allow"), allowed);
    return reply;
}

void LoginService::record(const QString &endpoint, const SandboxRequest &r, const Params &params,
                          bool inBody)
{
    QJsonObject values;
    for (const auto &[key, v] : params)
        values.insert(key, isSecretParameter(key) ? QStringLiteral("<redacted>") : v);
    m_requests.append(QJsonObject{
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("params"), values},
        {QStringLiteral("paramsIn"), inBody ? QStringLiteral("body") : QStringLiteral("query")},
        {QStringLiteral("basicAuth"),
         UserDirectory::schemeOf(r.header("Authorization")) == QLatin1String("Basic")}});
    // Bounded like the API's request log.
    while (m_requests.size() > 200)
        m_requests.removeFirst();
}

SandboxReply LoginService::discovery(const QString &base) const
{
    const QString login = base + QStringLiteral("/login");
    auto list = [](std::initializer_list<const char *> items) {
        QJsonArray out;
        for (const char *item : items)
            out.append(QString::fromLatin1(item));
        return out;
    };
    // As SuperOffice's: the issuer lacks the /login the document lives under.
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"),
         login + QStringLiteral("/common/oauth/authorize")},
        {QStringLiteral("token_endpoint"), login + QStringLiteral("/common/oauth/tokens")},
        {QStringLiteral("jwks_uri"), login + QStringLiteral("/.well-known/jwks")},
        {QStringLiteral("end_session_endpoint"), login + QStringLiteral("/logout")},
        {QStringLiteral("revocation_endpoint"), login + QStringLiteral("/common/oauth/revoke")},
        {QStringLiteral("scopes_supported"), list({"openid"})},
        {QStringLiteral("response_types_supported"),
         list({"code", "id_token", "code id_token", "token id_token", "token"})},
        {QStringLiteral("response_modes_supported"), list({"form_post", "fragment", "query"})},
        {QStringLiteral("grant_types_supported"),
         list({"implicit", "authorization_code", "refresh_token"})},
        {QStringLiteral("subject_types_supported"), list({"public"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), list({"RS256"})},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         list({"client_secret_post", "client_secret_basic"})},
        {QStringLiteral("code_challenge_methods_supported"), list({"plain", "S256"})},
    });
}

SandboxReply LoginService::authorize(const Call &call)
{
    const Params &p = call.params;
    const OAuthApplications::Application *app =
        m_applications.find(value(p, QStringLiteral("client_id")));
    if (!app)
        return authorizationErrorPage(QStringLiteral("InvalidClient"));
    if (!app->acceptsRedirect(value(p, QStringLiteral("redirect_uri"))))
        return authorizationErrorPage(QStringLiteral("InvalidRedirectUrl (2)"));
    // From here on the redirect is trusted, so errors go back to the application.
    const QString mode = value(p, QStringLiteral("response_mode"));
    if (!mode.isEmpty() && mode != QLatin1String("query") && mode != QLatin1String("fragment") &&
        mode != QLatin1String("form_post")) {
        Params asQuery = p;
        asQuery.removeIf(
            [](const auto &item) { return item.first == QLatin1String("response_mode"); });
        return authorizationError(asQuery, QStringLiteral("invalid_request"),
                                  QStringLiteral("Unknown response_mode %1").arg(mode));
    }
    if (value(p, QStringLiteral("response_type")) != QLatin1String("code"))
        return authorizationError(p, QStringLiteral("unsupported_response_type"),
                                  QStringLiteral("Only response_type=code is supported here"));
    if (!value(p, QStringLiteral("scope"))
             .split(QLatin1Char(' '), Qt::SkipEmptyParts)
             .contains(QLatin1String("openid")))
        return authorizationError(p, QStringLiteral("invalid_scope"),
                                  QStringLiteral("The scope must include openid"));
    const QString method = value(p, QStringLiteral("code_challenge_method"));
    if (!method.isEmpty() && method != QLatin1String("plain") && method != QLatin1String("S256"))
        return authorizationError(p, QStringLiteral("invalid_request"),
                                  QStringLiteral("code_challenge_method must be plain or S256"));
    if (call.request.method == "POST")
        return signIn(call, *app);
    return signInPage(*app, p, value(p, QStringLiteral("login_hint")), QString());
}

SandboxReply LoginService::signIn(const Call &call, const OAuthApplications::Application &app)
{
    const Params &p = call.params;
    if (value(p, QStringLiteral("action")) == QLatin1String("deny"))
        return authorizationError(p, QStringLiteral("access_denied"),
                                  QStringLiteral("The user denied the request"));
    const QString userName = value(p, QStringLiteral("username"));
    const QString password = value(p, QStringLiteral("password"));
    const SandboxUser *user = nullptr;
    for (const SandboxUser &u : m_users.users()) {
        // SuperOffice user names are not case sensitive; passwords are.
        if (u.userName.compare(userName, Qt::CaseInsensitive) == 0 && u.password == password &&
            !password.isEmpty())
            user = &u;
    }
    if (!user)
        return signInPage(app, p, userName,
                          QStringLiteral("The user name or password is incorrect."));

    AuthorizationCodes::Code code;
    code.clientId = app.clientId;
    code.redirectUri = value(p, QStringLiteral("redirect_uri"));
    code.challenge = value(p, QStringLiteral("code_challenge"));
    code.challengeMethod = value(p, QStringLiteral("code_challenge_method"));
    if (code.challengeMethod.isEmpty())
        code.challengeMethod = QStringLiteral("plain"); // SuperOffice's default
    code.nonce = value(p, QStringLiteral("nonce"));
    code.associateId = user->associateId;
    Params items{{QStringLiteral("code"), m_codes.issue(code)}};
    if (has(p, QStringLiteral("state")))
        items.append({QStringLiteral("state"), value(p, QStringLiteral("state"))});
    return authorizationResponse(p, items);
}

const OAuthApplications::Application *LoginService::authenticateClient(const Call &call,
                                                                       SandboxReply *refusal) const
{
    QString clientId = value(call.params, QStringLiteral("client_id"));
    QString secret = value(call.params, QStringLiteral("client_secret"));
    const QByteArray authorization = call.request.header("Authorization").trimmed();
    if (UserDirectory::schemeOf(authorization) == QLatin1String("Basic")) {
        // RFC 6749 2.3.1: both halves are form-encoded before they are joined.
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        Params basic = parseForm("id=" + decoded.left(colon < 0 ? decoded.size() : colon) +
                                 "&secret=" + (colon < 0 ? QByteArray() : decoded.mid(colon + 1)));
        const QString basicId = value(basic, QStringLiteral("id"));
        if (!clientId.isEmpty() && clientId != basicId) {
            *refusal = oauthError(401, QStringLiteral("invalid_client"),
                                  QStringLiteral("client_id differs from the Basic credentials"));
            return nullptr;
        }
        clientId = basicId;
        secret = value(basic, QStringLiteral("secret"));
    }
    if (clientId.isEmpty()) {
        *refusal = oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("client_id is missing"));
        return nullptr;
    }
    const OAuthApplications::Application *app = m_applications.find(clientId);
    if (!app) {
        *refusal = oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("Unknown client %1").arg(clientId));
        return nullptr;
    }
    if (app->isConfidential() && secret != app->secret) {
        *refusal = oauthError(401, QStringLiteral("invalid_client"),
                              secret.isEmpty() ? QStringLiteral("This client needs its secret")
                                               : QStringLiteral("The client secret is wrong"));
        return nullptr;
    }
    return app;
}

SandboxReply LoginService::tokenEndpoint(const Call &call)
{
    SandboxReply refusal;
    const OAuthApplications::Application *app = authenticateClient(call, &refusal);
    if (!app)
        return refusal;
    const QString grant = value(call.params, QStringLiteral("grant_type"));
    if (grant.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is missing"));
    if (grant == QLatin1String("authorization_code"))
        return exchangeCode(call, *app);
    if (grant == QLatin1String("refresh_token"))
        return refresh(call, *app);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("The grant type %1 is not supported").arg(grant));
}

SandboxReply LoginService::exchangeCode(const Call &call, const OAuthApplications::Application &app)
{
    const Params &p = call.params;
    const QString codeValue = value(p, QStringLiteral("code"));
    if (codeValue.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code is missing"));
    if (!has(p, QStringLiteral("redirect_uri")))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("redirect_uri is missing"));
    AuthorizationCodes::Code *code = m_codes.find(codeValue);
    if (!code || code->clientId != app.clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code is not known"));
    if (code->used) {
        // RFC 6749 4.1.2: a code that comes twice may have been stolen; end what it gave.
        if (!code->refreshToken.isEmpty())
            m_tokens.revoke(code->refreshToken);
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code has been used already"));
    }
    if (AuthorizationCodes::isExpired(*code))
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The code has expired"));
    if (value(p, QStringLiteral("redirect_uri")) != code->redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri differs from the authorize request's"));
    if (!code->challenge.isEmpty()) {
        const QString verifier = value(p, QStringLiteral("code_verifier"));
        const QString expected =
            code->challengeMethod == QLatin1String("S256")
                ? QString::fromLatin1(JwtSigner::base64Url(JwtSigner::sha256(verifier.toUtf8())))
                : verifier;
        if (verifier.isEmpty() || expected != code->challenge)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The code_verifier does not match the challenge"));
    }
    code->used = true;
    code->refreshToken = m_tokens.mintRefreshToken(app.clientId, code->associateId);
    // Copies: minting below does not touch the codes, but keep the record out of it anyway.
    const int associateId = code->associateId;
    const QString refreshToken = code->refreshToken;
    const QString nonce = code->nonce;
    return tokenReply(call, app.clientId, associateId, refreshToken, nonce, true);
}

SandboxReply LoginService::refresh(const Call &call, const OAuthApplications::Application &app)
{
    const QString token = value(call.params, QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is missing"));
    const std::optional<TokenStore::Grant> grant = m_tokens.refreshGrant(token);
    if (!grant || grant->clientId != app.clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token is not known or has been revoked"));
    return tokenReply(call, app.clientId, grant->associateId, token, QString(), false);
}

SandboxReply LoginService::tokenReply(const Call &call, const QString &clientId, int associateId,
                                      const QString &refreshToken, const QString &nonce,
                                      bool returnRefreshToken)
{
    const QString access = m_tokens.mintAccessToken(associateId, refreshToken);
    SandboxReply reply = SandboxReply::json(QJsonObject{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("access_token"), access},
        {QStringLiteral("expires_in"), m_tokens.lifetimes().accessToken},
        // SuperOffice does not rotate refresh tokens: a refresh answers null.
        {QStringLiteral("refresh_token"),
         returnRefreshToken ? QJsonValue(refreshToken) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("id_token"),
         QString::fromLatin1(idToken(call.base, clientId, associateId, nonce))},
    });
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return reply;
}

QByteArray LoginService::idToken(const QString &base, const QString &clientId, int associateId,
                                 const QString &nonce)
{
    const SandboxUser *user = m_users.byAssociateId(associateId);
    if (!user)
        return QByteArray();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString endpoint = m_tenant.endpoint(base);
    QJsonObject claims{
        {QStringLiteral("iss"), base},
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("sub"), userSubject(*user)},
        // SuperOffice sends iat as a string and nbf and exp as numbers.
        {QStringLiteral("iat"), QString::number(now)},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + m_tokens.lifetimes().idToken},
        {kClaims + QStringLiteral("ctx"), TenantState::contextId()},
        {kClaims + QStringLiteral("webapi_url"), endpoint + QStringLiteral("/api/")},
        {kClaims + QStringLiteral("netserver_url"),
         endpoint + QStringLiteral("/Remote/Services88/")},
        {kClaims + QStringLiteral("associateid"), QString::number(user->associateId)},
        {kClaims + QStringLiteral("initials"), user->initials},
        {kClaims + QStringLiteral("email"), user->email},
        {kClaims + QStringLiteral("upn"), user->email},
        {kClaims + QStringLiteral("so_primary_email_address"), user->email},
        {kClaims + QStringLiteral("company_name"), QStringLiteral("Sandbox Company AS")},
        {kClaims + QStringLiteral("is_administrator"),
         user->role == SandboxUser::Role::Full ? QStringLiteral("True") : QStringLiteral("False")},
        {kClaims + QStringLiteral("identityprovider"), QStringLiteral("central-superid")},
        {kClaims + QStringLiteral("serial"), QStringLiteral("1234567890")},
        {kClaims + QStringLiteral("system_token"),
         QStringLiteral("Sandbox-") + TokenStore::randomString(18)},
    };
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    return m_signer.sign(claims);
}

SandboxReply LoginService::revoke(const Call &call)
{
    SandboxReply refusal;
    if (!authenticateClient(call, &refusal))
        return refusal;
    const QString token = value(call.params, QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("token is missing"));
    // RFC 7009 2.2: an unknown token is no error.
    m_tokens.revoke(token);
    return SandboxReply::empty(200);
}

SandboxReply LoginService::tenantState(const QString &context, const QString &base) const
{
    if (context.compare(TenantState::contextId(), Qt::CaseInsensitive) != 0)
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("No tenant %1").arg(context));
    const QString endpoint = m_tenant.endpoint(base);
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("ContextIdentifier"), TenantState::contextId()},
        {QStringLiteral("Endpoint"), endpoint},
        {QStringLiteral("State"), m_tenant.state()},
        {QStringLiteral("IsRunning"), m_tenant.isRunning()},
        {QStringLiteral("ValidUntil"),
         QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)},
        {QStringLiteral("Api"), endpoint + QStringLiteral("/api")},
        {QStringLiteral("Version"), QStringLiteral("contact-sandbox " CONTACT_EDITOR_VERSION)},
    });
}
