#pragma once

#include "jwtsigner.h"
#include "oauthapplications.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxrouter.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

class AuthorizationCodes;
class TenantState;
class TokenStore;
class UserDirectory;

// SuperOffice CRM Online's sign-in, for the sandbox's tenant: OpenID Connect discovery, JWKS,
// the authorization code flow with PKCE through a sign-in page, the token, revoke and logout
// endpoints under /login/, and the tenant state under /api/state/.
class LoginService
{
public:
    LoginService(const UserDirectory &users, TokenStore &tokens, AuthorizationCodes &codes,
                 TenantState &tenant);
    LoginService(const LoginService &) = delete;
    LoginService &operator=(const LoginService &) = delete;

    // Paths under /login/ and /api/state/.
    static bool handles(const QString &path);
    // Every route below the root ("login/common/oauth/tokens"): method and pattern.
    QList<std::pair<QByteArray, QString>> routes() const { return m_routes.patterns(); }
    // baseUrl: "http://127.0.0.1:PORT", from the request's Host header.
    SandboxReply dispatch(const SandboxRequest &request, const QString &baseUrl);

    // What the service received, oldest first, with secrets replaced by "<redacted>".
    QJsonArray requests() const { return m_requests; }
    void clearRequests() { m_requests = QJsonArray(); }

private:
    using Params = QList<QPair<QString, QString>>;
    struct Call
    {
        const SandboxRequest &request;
        QString base;
        Params params;
    };

    void record(const QString &endpoint, const SandboxRequest &r, const Params &params,
                bool inBody);
    SandboxReply discovery(const QString &base) const;
    SandboxReply authorize(const Call &call);
    SandboxReply signIn(const Call &call, const OAuthApplications::Application &app);
    SandboxReply tokenEndpoint(const Call &call);
    SandboxReply exchangeCode(const Call &call, const OAuthApplications::Application &app);
    SandboxReply refresh(const Call &call, const OAuthApplications::Application &app);
    SandboxReply revoke(const Call &call);
    SandboxReply tenantState(const QString &context, const QString &base) const;
    // The client the request names, its secret checked; nullptr with *refusal set otherwise.
    const OAuthApplications::Application *authenticateClient(const Call &call,
                                                             SandboxReply *refusal) const;
    // 200 with access_token, id_token and (on a code exchange) refresh_token.
    SandboxReply tokenReply(const Call &call, const QString &clientId, int associateId,
                            const QString &refreshToken, const QString &nonce,
                            bool returnRefreshToken);
    QByteArray idToken(const QString &base, const QString &clientId, int associateId,
                       const QString &nonce);

    const UserDirectory &m_users;
    TokenStore &m_tokens;
    AuthorizationCodes &m_codes;
    TenantState &m_tenant;
    OAuthApplications m_applications;
    JwtSigner m_signer;
    SandboxRouter<Call> m_routes;
    QJsonArray m_requests;
};
