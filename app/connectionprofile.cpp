#include "connectionprofile.h"

#include "credentialstore.h"

#include <QHostAddress>

namespace {

bool isHttp(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ConnectionProfile::credentialKey() const
{
    return CredentialStore::keyFor(m_userName, m_baseUrl);
}

QString ConnectionProfile::appTokenKey() const
{
    return CredentialStore::keyFor(QStringLiteral("apptoken:") + m_userName, m_baseUrl);
}

QString ConnectionProfile::authSchemeName(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::Basic:
        return QStringLiteral("basic");
    case AuthScheme::SoTicket:
        return QStringLiteral("soticket");
    case AuthScheme::Bearer:
        return QStringLiteral("bearer");
    }
    return QStringLiteral("basic");
}

ConnectionProfile::AuthScheme ConnectionProfile::authSchemeFromName(const QString &name, bool *ok)
{
    const QString wanted = name.trimmed();
    for (AuthScheme scheme : {AuthScheme::Basic, AuthScheme::SoTicket, AuthScheme::Bearer}) {
        if (wanted.compare(authSchemeName(scheme), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return scheme;
        }
    }
    if (ok)
        *ok = false;
    return AuthScheme::Basic;
}

bool ConnectionProfile::isLoopback() const
{
    const QString host = m_baseUrl.host();
    if (host.isEmpty())
        return false;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionProfile::validate() const
{
    if (m_name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (m_baseUrl.isEmpty() || !m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return tr("Enter the server address, for example https://sod2.superoffice.com/Cust12345.");
    if (!isHttp(m_baseUrl) && !isHttps(m_baseUrl))
        return tr("The server address must start with https:// (or http:// for a server on this "
                  "computer).");
    // A password in the address would end up in the settings and in every log line.
    if (!m_baseUrl.userInfo().isEmpty())
        return tr("Put the user name in its own field, not in the server address.");
    if (m_baseUrl.hasQuery() || m_baseUrl.hasFragment())
        return tr("The server address must not contain a query (?) or a fragment (#).");
    if (isHttp(m_baseUrl) && !isLoopback() && !m_allowInsecureHttp)
        return tr("Plain HTTP to %1 would send your password unencrypted. Use https://, or allow "
                  "insecure HTTP for this connection explicitly.")
            .arg(m_baseUrl.host());
    if (m_userName.trimmed().isEmpty())
        return tr("Enter the user name.");
    return QString();
}

bool ConnectionProfile::needsInsecureWarning() const
{
    return isHttp(m_baseUrl) && !isLoopback() && m_allowInsecureHttp;
}

QUrl ConnectionProfile::apiUrl(const QString &relative) const
{
    QString path = relative;
    QString query;
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    if (mark >= 0) {
        query = path.mid(mark + 1);
        path.truncate(mark);
    }
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);

    QUrl url = m_baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Tolerant: a caller's already percent-encoded segment stays as it is.
    url.setPath(base + QLatin1String("/api/v1/") + path, QUrl::TolerantMode);
    if (mark >= 0)
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}
