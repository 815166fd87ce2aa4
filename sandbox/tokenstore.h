#pragma once

#include <QHash>
#include <QString>

#include <optional>

// The tokens the login service mints, kept in memory: access tokens the WebAPI takes as Bearer
// until they expire, and the refresh tokens they were minted under. Shared by the login service
// (which mints and revokes) and the API's authentication (which checks), through SandboxServices.
class TokenStore
{
public:
    struct Lifetimes
    {
        int accessToken = 3600; // seconds, SuperOffice's
        int idToken = 300;
    };
    struct Grant // what a refresh token stands for
    {
        QString clientId;
        int associateId = 0;
    };

    // Random, URL-safe text from the system's generator, for tokens and codes.
    static QString randomString(int bytes);

    // "8A:Cust12345.<random>"; refreshToken (may be empty) is the grant it belongs to, so revoking
    // that grant ends it too.
    QString mintAccessToken(int associateId, const QString &refreshToken);
    QString mintRefreshToken(const QString &clientId, int associateId);
    // The associate of an access token that is known and not expired.
    std::optional<int> accessTokenUser(const QString &token) const;
    // A refresh token that is known and not revoked.
    std::optional<Grant> refreshGrant(const QString &token) const;
    // A refresh token with the access tokens minted under it, or one access token; false when the
    // token is unknown.
    bool revoke(const QString &token);

    void expireAccessTokens();
    void revokeRefreshTokens();
    const Lifetimes &lifetimes() const { return m_lifetimes; }
    void setLifetimes(const Lifetimes &lifetimes) { m_lifetimes = lifetimes; }
    // Forgets every token and restores the default lifetimes.
    void clear();

private:
    struct Access
    {
        int associateId = 0;
        qint64 expiresAtMs = 0;
        QString refreshToken;
    };
    struct Refresh
    {
        Grant grant;
        bool revoked = false;
    };

    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh;
    Lifetimes m_lifetimes;
};
