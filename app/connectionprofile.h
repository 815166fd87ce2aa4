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
    enum class AuthScheme { Basic, SoTicket, Bearer };

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

    // Keychain keys for the password (or ticket, or token) and for the app token.
    QString credentialKey() const;
    QString appTokenKey() const;

    static QString authSchemeName(AuthScheme scheme);
    // Accepts "basic", "soticket" and "bearer" in any case; anything else sets *ok to false.
    static AuthScheme authSchemeFromName(const QString &name, bool *ok = nullptr);

    // The host is this computer (localhost, 127.0.0.0/8, ::1).
    bool isLoopback() const;
    // A translated reason the profile cannot be used; empty when it can.
    QString validate() const;
    // Plain HTTP to another computer, allowed by the opt-in: warn before sending credentials.
    bool needsInsecureWarning() const;

    // baseUrl + "/api/v1/" + relative. relative may carry a query ("Agents/Contact/
    // GetContactEntity?contactEntityId=5"), which becomes the URL's query.
    QUrl apiUrl(const QString &relative) const;

    bool operator==(const ConnectionProfile &other) const = default;

private:
    QString m_name;
    QUrl m_baseUrl;
    AuthScheme m_authScheme = AuthScheme::Basic;
    QString m_userName;
    bool m_hasAppToken = false;
    QString m_language;
    QString m_culture;
    QString m_timeZone;
    bool m_allowInsecureHttp = false;
};
