#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// The id_token SuperOffice's sign-in returns, checked (audience, expiry, nonce, issuer) and
// read for what the editor needs: the tenant (ctx), its WebAPI address and who signed in.
class IdToken
{
    Q_DECLARE_TR_FUNCTIONS(IdToken)

public:
    struct Expectations
    {
        QString clientId;
        // The nonce sent to the browser; empty after a refresh, when none is expected.
        QString nonce;
        QUrl loginUrl;
        QString issuer; // from the discovery document
        QDateTime now = QDateTime::currentDateTimeUtc();
        int leewaySeconds = 120; // clock skew between this computer and SuperOffice
    };

    static constexpr const char *ClaimPrefix = "http://schemes.superoffice.net/identity/";

    // The token's signature is not checked here: the token comes straight from the token
    // endpoint over TLS, which OpenID Connect Core 3.1.3.7 accepts in its place.
    static std::optional<IdToken> validate(const QByteArray &jwt, const Expectations &expected,
                                           QString *whyNot);

    // A SuperOffice claim by its short name ("ctx", "webapi_url", "associateid").
    QString claim(const QString &shortName) const;
    QString tenant() const { return claim(QStringLiteral("ctx")); }
    // https://sod2.superoffice.com/Cust12345/api/
    QUrl webApiUrl() const { return QUrl(claim(QStringLiteral("webapi_url"))); }
    // The same without the trailing api/: what a ConnectionProfile calls its base URL.
    QUrl tenantBaseUrl() const;
    // The SuperID user name (upn), else the e-mail address, else the subject.
    QString userName() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    QJsonObject claims() const { return m_claims; }

private:
    QJsonObject m_claims;
    QDateTime m_expiresAt;
};
