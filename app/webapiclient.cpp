#include "webapiclient.h"

#include "contactentity.h"
#include "contactsearchjob.h"
#include "createdefaultcontactentityjob.h"
#include "createdefaultpersonentityjob.h"
#include "currentprincipaljob.h"
#include "enrichcontactentityjob.h"
#include "getcontactentityjob.h"
#include "getcustomfieldlistjob.h"
#include "getduplicatesjob.h"
#include "getpersonentityjob.h"
#include "getpreviewenrichcontactjob.h"
#include "getudeflayoutjob.h"
#include "mdolistjob.h"
#include "oneshotbody.h"
#include "onlineauthenticator.h"
#include "savecontactentityjob.h"
#include "savepersonentityjob.h"

#include <QBuffer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#if defined(Q_OS_UNIX)
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

Q_LOGGING_CATEGORY(lcApi, "contacteditor.api", QtWarningMsg)

namespace {

// Qt 6.4 leaves Nagle's algorithm on for HTTP (QHttpNetworkConnectionChannel::_q_connected has
// LowDelayOption commented out) and gives no way to reach its socket. It writes a request body in
// 16 KiB pieces, one per round trip to this thread, the header going with the first. With Nagle
// on, a piece smaller than a segment (every piece on loopback, where a segment holds 64 KiB) waits
// until the server has acknowledged the one before, and a server still waiting for the rest of a
// request delays that acknowledgement: 40 ms on Linux, up to 200 ms on Windows, on every save over
// 16 KiB. TCP_NODELAY is what Qt meant to set, and what curl, Node, Go and .NET set on every HTTP
// connection. It goes on the process's TCP client sockets, which are the network access managers'
// (the editor opens no others); setting it also sends at once what Nagle holds back. Segmenting
// changes, bytes never. Only where the sockets can be listed (/proc/self/fd, /dev/fd).
void sendTcpSegmentsAtOnce()
{
#if defined(Q_OS_UNIX)
#if defined(Q_OS_LINUX)
    DIR *fds = opendir("/proc/self/fd");
#else
    DIR *fds = opendir("/dev/fd");
#endif
    if (!fds)
        return;
    const int own = dirfd(fds);
    while (const dirent *entry = readdir(fds)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        // A descriptor closed and reused meanwhile fails a check or gets the option: both harmless.
        int value = 0;
        socklen_t length = sizeof value;
        if (getsockopt(int(fd), SOL_SOCKET, SO_TYPE, &value, &length) != 0 || value != SOCK_STREAM)
            continue;
        sockaddr_storage local{};
        socklen_t localLength = sizeof local;
        if (getsockname(int(fd), reinterpret_cast<sockaddr *>(&local), &localLength) != 0 ||
            (local.ss_family != AF_INET && local.ss_family != AF_INET6))
            continue;
        // A listening socket (the browser sign-in's loopback redirect) is not a connection.
        length = sizeof value;
        if (getsockopt(int(fd), SOL_SOCKET, SO_ACCEPTCONN, &value, &length) != 0 || value != 0)
            continue;
        length = sizeof value;
        if (getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &value, &length) == 0 && value != 0)
            continue;
        const int on = 1;
        setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    closedir(fds);
#endif
}

} // namespace

WebApiClient::WebApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_uiLanguage(QLocale().name().section(QLatin1Char('_'), 0, 0))
{
    // Redirects are checked one by one (same origin only); Qt's default would follow them.
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

void WebApiClient::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

OnlineAuthenticator *WebApiClient::authenticator() const
{
    return m_authenticator;
}

void WebApiClient::setAuthenticator(OnlineAuthenticator *authenticator)
{
    if (m_authenticator)
        m_authenticator->disconnect(this);
    m_authenticator = authenticator;
    if (!authenticator)
        return;
    connect(authenticator, &OnlineAuthenticator::tenantMoved, this, [this](const QUrl &baseUrl) {
        m_profile.setBaseUrl(baseUrl);
        emit profileChanged(m_profile);
    });
    connect(authenticator, &OnlineAuthenticator::tokensChanged, this,
            [this](const OnlineTokens &tokens) {
                // The sign-in names the tenant's current WebAPI: it is where calls go.
                const QUrl base = tokens.idToken.tenantBaseUrl();
                if (!base.isEmpty() && base != m_profile.baseUrl()) {
                    m_profile.setBaseUrl(base);
                    emit profileChanged(m_profile);
                }
            });
}

QString WebApiClient::effectiveLanguage() const
{
    return m_profile.language().isEmpty() ? m_uiLanguage : m_profile.language();
}

QNetworkRequest WebApiClient::request(const QString &relativePath) const
{
    QNetworkRequest request(m_profile.apiUrl(relativePath));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    const QByteArray language = effectiveLanguage().toLatin1();
    if (!language.isEmpty()) {
        request.setRawHeader("Accept-Language", language);
        request.setRawHeader("SO-Language", language);
    }
    if (!m_profile.culture().isEmpty())
        request.setRawHeader("SO-Culture", m_profile.culture().toLatin1());
    if (!m_profile.timeZone().isEmpty())
        request.setRawHeader("SO-TimeZone", m_profile.timeZone().toLatin1());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

QByteArray WebApiClient::authorizationHeader() const
{
    if (m_profile.isOnline()) {
        const QString token = m_authenticator ? m_authenticator->accessToken() : m_secret;
        return token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
    }
    if (m_secret.isEmpty())
        return QByteArray();
    switch (m_profile.authScheme()) {
    case ConnectionProfile::AuthScheme::Basic:
        return "Basic " + (m_profile.userName() + QLatin1Char(':') + m_secret).toUtf8().toBase64();
    case ConnectionProfile::AuthScheme::SoTicket:
        return "SOTICKET " + m_secret.toUtf8();
    case ConnectionProfile::AuthScheme::Bearer:
    case ConnectionProfile::AuthScheme::Online:
        return "Bearer " + m_secret.toUtf8();
    }
    return QByteArray();
}

QNetworkReply *WebApiClient::send(const QNetworkRequest &request, const QByteArray &verb,
                                  const QByteArray &body, bool once)
{
    // Credentials go on at the last moment and only on this copy of the request.
    QNetworkRequest authorized = request;
    const QByteArray authorization = authorizationHeader();
    if (!authorization.isEmpty())
        authorized.setRawHeader("Authorization", authorization);
    if (!m_appToken.isEmpty())
        authorized.setRawHeader("SO-AppToken", m_appToken.toUtf8());
    // The kept-alive connection the request will most likely go on.
    sendTcpSegmentsAtOnce();
    if (verb == "GET")
        return m_nam->get(authorized);
    QNetworkReply *reply = nullptr;
    if (once) {
        // Streamed from a body that cannot rewind, so Qt cannot send it again by itself.
        authorized.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        authorized.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body);
        reply = m_nam->sendCustomRequest(authorized, verb, device);
        device->setParent(reply);
    } else if (verb == "POST") {
        reply = m_nam->post(authorized, body);
    } else if (verb == "PUT") {
        reply = m_nam->put(authorized, body);
    } else {
        reply = m_nam->sendCustomRequest(authorized, verb, body);
    }
    // A connection opened for this request exists once its first piece is written; the rest of
    // the body must not wait for it to be acknowledged.
    if (!body.isEmpty())
        connect(reply, &QNetworkReply::requestSent, this, &sendTcpSegmentsAtOnce);
    return reply;
}

template <typename Job> Job *WebApiClient::started(Job *job)
{
    job->start();
    return job;
}

GetContactEntityJob *WebApiClient::getContactEntity(int contactId)
{
    return started(new GetContactEntityJob(this, contactId));
}

CreateDefaultContactEntityJob *WebApiClient::createDefaultContactEntity()
{
    return started(new CreateDefaultContactEntityJob(this));
}

SaveContactEntityJob *WebApiClient::saveContactEntity(const ContactEntity &entity)
{
    return started(new SaveContactEntityJob(this, entity));
}

EnrichContactEntityJob *WebApiClient::enrichContactEntity(const ContactEntity &entity,
                                                          const QString &enrichId,
                                                          const QStringList &select)
{
    return started(new EnrichContactEntityJob(this, entity, enrichId, select));
}

GetPreviewEnrichContactJob *WebApiClient::getPreviewEnrichContact(const QString &enrichId)
{
    return started(new GetPreviewEnrichContactJob(this, enrichId));
}

GetPersonEntityJob *WebApiClient::getPersonEntity(int personId)
{
    return started(new GetPersonEntityJob(this, personId));
}

CreateDefaultPersonEntityJob *WebApiClient::createDefaultPersonEntity()
{
    return started(new CreateDefaultPersonEntityJob(this));
}

SavePersonEntityJob *WebApiClient::savePersonEntity(const PersonEntity &person)
{
    return started(new SavePersonEntityJob(this, person));
}

GetDuplicatesJob *WebApiClient::getDuplicates(const QString &name)
{
    return started(new GetDuplicatesJob(this, name));
}

MdoListJob *WebApiClient::mdoList(const QString &listName, const QString &query,
                                  const QString &additional)
{
    return started(new MdoListJob(this, listName, query, additional));
}

GetUdefLayoutJob *WebApiClient::getUdefLayout(EntityKind kind)
{
    return started(new GetUdefLayoutJob(this, kind));
}

GetCustomFieldListJob *WebApiClient::getCustomFieldList(EntityKind kind)
{
    return started(new GetCustomFieldListJob(this, kind));
}

ContactSearchJob *WebApiClient::searchContacts(const QString &nameStartsWith, int top)
{
    return started(new ContactSearchJob(this, nameStartsWith, top));
}

ContactSearchJob *WebApiClient::searchContactsByOrgNr(const QString &orgNr, int top)
{
    return started(new ContactSearchJob(this, orgNr, top, ContactSearchJob::By::OrgNrEquals));
}

CurrentPrincipalJob *WebApiClient::currentPrincipal()
{
    return started(new CurrentPrincipalJob(this));
}
