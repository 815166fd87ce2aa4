#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// One saved connection to a SuperOffice tenant: where, how to sign in and which language and
// time zone to ask for. Holds no secret: passwords and the app token live in CredentialStore.
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    // Online: OpenID Connect through the browser; the tenant's address comes from the sign-in.
    enum class AuthScheme { Basic, SoTicket, Bearer, Online };
    // SuperOffice's sign-in services: production, development (SOD) and stage.
    enum class OnlineEnvironment { Online, Sod, Stage };

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    // E.g. https://sod2.superoffice.com/Cust12345, http://host/SuperOffice, http://127.0.0.1:8080
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    AuthScheme authScheme() const { return m_authScheme; }
    void setAuthScheme(AuthScheme scheme) { m_authScheme = scheme; }
    QString userName() const { return m_userName; }
    void setUserName(const QString &userName) { m_userName = userName; }
    // Whether an SO-AppToken is configured; the token itself is under appTokenKey().
    bool hasAppToken() const { return m_hasAppToken; }
    void setHasAppToken(bool has) { m_hasAppToken = has; }
    // Empty: follow the UI language.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }
    // SO-Culture; empty: not sent.
    QString culture() const { return m_culture; }
    void setCulture(const QString &culture) { m_culture = culture; }
    // SO-TimeZone code; empty: not sent.
    QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString &timeZone) { m_timeZone = timeZone; }
    // The user's explicit consent to plain HTTP to a host other than this computer.
    bool allowInsecureHttp() const { return m_allowInsecureHttp; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }

    // Online: where to sign in (https://online.superoffice.com/login), the application's client
    // id from SuperOffice's developer portal, whether it has a client secret (in the keychain
    // under clientSecretKey()), and the tenant (ctx, "Cust12345") the last sign-in reached.
    QUrl loginUrl() const { return m_loginUrl; }
    void setLoginUrl(const QUrl &url) { m_loginUrl = url; }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id; }
    bool hasClientSecret() const { return m_hasClientSecret; }
    void setHasClientSecret(bool has) { m_hasClientSecret = has; }
    QString tenant() const { return m_tenant; }
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    bool isOnline() const { return m_authScheme == AuthScheme::Online; }

    // Keychain keys for the password (or ticket, or token; Online: the refresh token) and for
    // the app token (Online: the client secret).
    QString credentialKey() const;
    QString appTokenKey() const;
    // What drafts and caches are filed under: the server and user, or for Online the tenant and
    // user, which stay the same when SuperOffice moves the tenant to another host.
    QString serverKey() const;

    static QUrl onlineLoginUrl(OnlineEnvironment environment);
    // "online", "sod", "stage" or an address (https, or http on this computer) ending in /login.
    static QUrl onlineLoginUrlFromName(const QString &name, bool *ok = nullptr);

    static QString authSchemeName(AuthScheme scheme);
    // Accepts "basic", "soticket", "bearer" and "online" in any case; anything else sets *ok to
    // false.
    static AuthScheme authSchemeFromName(const QString &name, bool *ok = nullptr);

    // The host is this computer (localhost, 127.0.0.0/8, ::1).
    bool isLoopback() const;
    static bool isLoopback(const QUrl &url);
    // A translated reason the profile cannot be used; empty when it can. What is wrong with
    // the server address comes first, in its own words.
    QString validate() const;
    // The server address as typed or given: taken as written when it has a scheme; a bare host
    // ("sod2.superoffice.com/Cust1") gets https://, one on this computer http://.
    static QUrl serverUrlFromText(const QString &text);
    // Plain HTTP to another computer, allowed by the opt-in: warn before sending credentials.
    bool needsInsecureWarning() const;

    // baseUrl + "/api/v1/" + relative. relative may carry a query ("Agents/Contact/
    // GetContactEntity?contactEntityId=5"), which becomes the URL's query.
    QUrl apiUrl(const QString &relative) const;

    bool operator==(const ConnectionProfile &other) const = default;

private:
    QString addressProblem() const;
    QString m_name;
    QUrl m_baseUrl;
    AuthScheme m_authScheme = AuthScheme::Basic;
    QString m_userName;
    bool m_hasAppToken = false;
    QString m_language;
    QString m_culture;
    QString m_timeZone;
    bool m_allowInsecureHttp = false;
    QUrl m_loginUrl;
    QString m_clientId;
    bool m_hasClientSecret = false;
    QString m_tenant;
};
