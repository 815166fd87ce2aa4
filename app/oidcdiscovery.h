#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// What SuperOffice's discovery document (<login>/.well-known/openid-configuration) says about
// where to sign in, checked before anything is sent there.
class OidcDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(OidcDiscovery)

public:
    static QUrl documentUrl(const QUrl &loginUrl);
    // nullopt with *whyNot when the document is unusable: endpoints missing, not https, or on
    // another host than the sign-in service itself.
    static std::optional<OidcDiscovery> parse(const QByteArray &json, const QUrl &loginUrl,
                                              QString *whyNot);

    QString issuer() const { return m_issuer; }
    QUrl authorizationEndpoint() const { return m_authorization; }
    QUrl tokenEndpoint() const { return m_token; }
    QUrl jwksUri() const { return m_jwks; }
    // Empty when the service names none.
    QUrl revocationEndpoint() const { return m_revocation; }

private:
    QString m_issuer;
    QUrl m_authorization;
    QUrl m_token;
    QUrl m_jwks;
    QUrl m_revocation;
};
