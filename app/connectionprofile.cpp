#include "connectionprofile.h"

#include "credentialstore.h"

#include <QHostAddress>
#include <QRegularExpression>

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
    if (isOnline())
        return CredentialStore::keyFor(QStringLiteral("refresh:") + m_clientId,
                                       m_loginUrl.resolved(QUrl(m_tenant)));
    return CredentialStore::keyFor(m_userName, m_baseUrl);
}

QString ConnectionProfile::appTokenKey() const
{
    if (isOnline())
        return CredentialStore::keyFor(QStringLiteral("secret:") + m_clientId, m_loginUrl);
    return CredentialStore::keyFor(QStringLiteral("apptoken:") + m_userName, m_baseUrl);
}

QString ConnectionProfile::serverKey() const
{
    if (isOnline())
        return CredentialStore::keyFor(m_userName, m_loginUrl.resolved(QUrl(m_tenant)));
    return credentialKey();
}

QUrl ConnectionProfile::onlineLoginUrl(OnlineEnvironment environment)
{
    switch (environment) {
    case OnlineEnvironment::Online:
        return QUrl(QStringLiteral("https://online.superoffice.com/login"));
    case OnlineEnvironment::Sod:
        return QUrl(QStringLiteral("https://sod.superoffice.com/login"));
    case OnlineEnvironment::Stage:
        return QUrl(QStringLiteral("https://qaonline.superoffice.com/login"));
    }
    return QUrl();
}

QUrl ConnectionProfile::onlineLoginUrlFromName(const QString &name, bool *ok)
{
    const QString wanted = name.trimmed().toLower();
    auto answer = [ok](const QUrl &url, bool good) {
        if (ok)
            *ok = good;
        return url;
    };
    if (wanted.isEmpty() || wanted == QLatin1String("online"))
        return answer(onlineLoginUrl(OnlineEnvironment::Online), true);
    if (wanted == QLatin1String("sod"))
        return answer(onlineLoginUrl(OnlineEnvironment::Sod), true);
    if (wanted == QLatin1String("stage") || wanted == QLatin1String("qaonline"))
        return answer(onlineLoginUrl(OnlineEnvironment::Stage), true);
    QUrl url(name.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment())
        return answer(QUrl(), false);
    // A plain-HTTP sign-in service only on this computer, as for servers.
    if (!isHttps(url) && !(isHttp(url) && isLoopback(url)))
        return answer(QUrl(), false);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return answer(url, true);
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
    case AuthScheme::Online:
        return QStringLiteral("online");
    }
    return QStringLiteral("basic");
}

ConnectionProfile::AuthScheme ConnectionProfile::authSchemeFromName(const QString &name, bool *ok)
{
    const QString wanted = name.trimmed();
    for (AuthScheme scheme :
         {AuthScheme::Basic, AuthScheme::SoTicket, AuthScheme::Bearer, AuthScheme::Online}) {
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
    return isLoopback(m_baseUrl);
}

bool ConnectionProfile::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.isEmpty())
        return false;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionProfile::validate() const
{
    // The address first: a connection without a usable one has no name to give either.
    if (!isOnline()) {
        const QString problem = addressProblem();
        if (!problem.isEmpty())
            return problem;
    }
    if (m_name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (isOnline()) {
        if (m_clientId.trimmed().isEmpty())
            return tr("Enter the application's client id from SuperOffice's developer portal.");
        bool ok = false;
        onlineLoginUrlFromName(m_loginUrl.toString(), &ok);
        if (!ok)
            return tr("The sign-in address must start with https:// (or http:// for a sign-in "
                      "service on this computer).");
        // Until the first sign-in there is no tenant address yet: that is fine.
        if (m_baseUrl.isEmpty())
            return QString();
        if (!isHttps(m_baseUrl) && !(isHttp(m_baseUrl) && isLoopback()))
            return tr("SuperOffice named a tenant address that is not https: %1.")
                .arg(m_baseUrl.host());
        return QString();
    }
    if (isHttp(m_baseUrl) && !isLoopback() && !m_allowInsecureHttp)
        return tr("Plain HTTP to %1 would send your password unencrypted. Use https://, or allow "
                  "insecure HTTP for this connection explicitly.")
            .arg(m_baseUrl.host());
    if (m_userName.trimmed().isEmpty())
        return tr("Enter the user name.");
    return QString();
}

QString ConnectionProfile::addressProblem() const
{
    const QString shown = m_baseUrl.toDisplayString().left(80);
    if (m_baseUrl.isEmpty())
        return tr("Enter the server address, for example https://sod2.superoffice.com/Cust12345.");
    if (!m_baseUrl.isValid())
        return tr("“%1” is not a web address. Enter the server address, for example "
                  "https://sod2.superoffice.com/Cust12345.")
            .arg(shown);
    if (m_baseUrl.scheme().isEmpty())
        return tr("“%1” is not a full address: start it with https://, for example https://%1.")
            .arg(shown);
    if (!isHttp(m_baseUrl) && !isHttps(m_baseUrl))
        return tr("A SuperOffice server is not reached through a “%1:” address. The server "
                  "address must start with https:// (or http:// for a server on this computer).")
            .arg(m_baseUrl.scheme().left(20));
    if (m_baseUrl.host().isEmpty())
        return tr("“%1” names no server. Enter the server address, for example "
                  "https://sod2.superoffice.com/Cust12345.")
            .arg(shown);
    // A password in the address would end up in the settings and in every log line.
    if (!m_baseUrl.userInfo().isEmpty())
        return tr("Put the user name in its own field, not in the server address.");
    if (m_baseUrl.hasQuery() || m_baseUrl.hasFragment())
        return tr("The server address must not contain a query (?) or a fragment (#).");
    return QString();
}

QUrl ConnectionProfile::serverUrlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Only an address with its scheme is taken as written; a bare host name means the secure
    // server (never plain HTTP by guesswork), one on this computer its plain-HTTP server.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const QRegularExpressionMatch m = scheme.match(trimmed);
    const bool hostAndPort =
        m.hasMatch() && QRegularExpression(QStringLiteral("^[^/:]+:\\d")).match(trimmed).hasMatch();
    if (trimmed.isEmpty() || (m.hasMatch() && !hostAndPort))
        return QUrl(trimmed, QUrl::StrictMode);
    QUrl url(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (isLoopback(url))
        url.setScheme(QStringLiteral("http"));
    return url;
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
