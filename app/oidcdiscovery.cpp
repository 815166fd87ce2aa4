#include "oidcdiscovery.h"

#include "authrequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool sameHost(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

} // namespace

QUrl OidcDiscovery::documentUrl(const QUrl &loginUrl)
{
    QUrl url = loginUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/.well-known/openid-configuration"));
    return url;
}

std::optional<OidcDiscovery> OidcDiscovery::parse(const QByteArray &json, const QUrl &loginUrl,
                                                  QString *whyNot)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    OidcDiscovery d;
    d.m_issuer = o.value(QLatin1String("issuer")).toString();
    d.m_authorization = QUrl(o.value(QLatin1String("authorization_endpoint")).toString());
    d.m_token = QUrl(o.value(QLatin1String("token_endpoint")).toString());
    d.m_jwks = QUrl(o.value(QLatin1String("jwks_uri")).toString());
    d.m_revocation = QUrl(o.value(QLatin1String("revocation_endpoint")).toString());
    // The code and the tokens go to these addresses: only to the sign-in service itself.
    for (const QUrl &url : {d.m_authorization, d.m_token}) {
        if (!AuthRequest::isAcceptableUrl(url) || !sameHost(url, loginUrl)) {
            *whyNot = url.isEmpty()
                          ? tr("SuperOffice's sign-in service at %1 did not describe itself.")
                                .arg(loginUrl.host())
                          : tr("SuperOffice's sign-in service named an address elsewhere (%1).")
                                .arg(url.host());
            return std::nullopt;
        }
    }
    if (!d.m_revocation.isEmpty() &&
        (!AuthRequest::isAcceptableUrl(d.m_revocation) || !sameHost(d.m_revocation, loginUrl)))
        d.m_revocation.clear();
    return d;
}
