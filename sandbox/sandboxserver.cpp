#include "sandboxserver.h"

#include "apiroutes.h"
#include "connectionlimiter.h"
#include "loginservice.h"
#include "lowdelaytcpserver.h"
#include "oversizebody.h"
#include "sandboxservices.h"
#include "testhooks.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "contact.sandbox", QtWarningMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Server-Timing (W3C): how long the sandbox took from routing the request to handing its answer
// to the socket, so a benchmark can tell server time from the network and the client.
void stampServerTiming(SandboxReply &reply, const QElapsedTimer &routing)
{
    reply.setHeader(QByteArrayLiteral("Server-Timing"),
                    "app;dur=" + QByteArray::number(double(routing.nsecsElapsed()) / 1e6, 'f', 3));
}

const QByteArray kHtmlPage = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html><head><title>Sign in - SuperOffice</title></head>\n"
    "<body><h1>Sign in</h1><p>Your session has expired. Please sign in again.</p>\n"
    "<form method=\"post\" action=\"/login\"><input name=\"username\"><input type=\"password\" "
    "name=\"password\">"
    "<button>Sign in</button></form></body></html>\n");

} // namespace

SandboxServer::SandboxServer(const UserDirectory &users, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_users(users)
    , m_services(std::make_unique<SandboxServices>(m_users))
    , m_login(std::make_unique<LoginService>(m_users, m_services->tokens(), m_services->codes(),
                                             m_services->tenant()))
    , m_api(std::make_unique<ApiRoutes>(m_users, *m_services))
    , m_hooks(
          std::make_unique<TestHooks>(*m_services, m_faults, m_log, *m_login,
                                      TestHooks::TenantPorts{[this] { return openTenantPort(); },
                                                             [this] { closeTenantPort(); }}))
{
    m_hooks->setApi(m_api.get());
    m_limiter = new ConnectionLimiter(this);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::setUp(const Options &options, QString *error)
{
    m_options = options;
    m_hooks->setSeeding(options.demo, options.seed);
    ContactStore &store = m_services->store();
    if (!store.open(options.databaseFile, error))
        return false;
    // A file from before persons were records keeps them inside its companies.
    const int moved = m_services->personMigration().run(error);
    if (moved < 0)
        return false;
    if (moved > 0)
        qInfo("contact-sandbox: moved %d persons out of their companies into person records",
              moved);
    if (store.isEmpty() && (options.demo || options.seed > 0))
        m_services->seeder().reseed(options.demo, options.seed);
    return true;
}

quint16 SandboxServer::listenLocal(quint16 port)
{
    // Our own QTcpServer rather than listen(), which would accept sockets with Nagle on.
    // What the process can hold, now that the store is open.
    m_limiter->measure();
    auto *server = new LowDelayTcpServer(m_limiter, limits(), this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
}

quint16 SandboxServer::openTenantPort()
{
    closeTenantPort();
    auto *server = new LowDelayTcpServer(m_limiter, limits(), this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        delete server;
        return 0;
    }
    bind(server);
    m_tenantServer = server;
    return server->serverPort();
}

void SandboxServer::closeTenantPort()
{
    if (!m_tenantServer)
        return;
    m_tenantServer->close();
    // Later: a request on one of its connections may be the one being answered.
    m_tenantServer->deleteLater();
    m_tenantServer = nullptr;
}

ConnectionGuard::Limits SandboxServer::limits() const
{
    ConnectionGuard::Limits limits;
    limits.bodyLimit = m_options.bodyLimit;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    return limits;
}

QString SandboxServer::baseUrl(const SandboxRequest &request) const
{
    const QByteArray host = request.header("Host");
    return host.isEmpty() ? QStringLiteral("http://127.0.0.1:%1").arg(m_port)
                          : QStringLiteral("http://") + QString::fromLatin1(host);
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    QElapsedTimer routing;
    routing.start();
    send(socket,
         SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                             QStringLiteral("No such resource")),
         false, routing);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer routing;
    routing.start();
    // Copy what is needed now: the request object does not outlive a delayed reply.
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.rawQuery = request.url().query(QUrl::FullyEncoded);
    r.query = QUrlQuery(request.url());
    r.headers = request.headers();
    r.body = request.body();
    const bool close = r.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;

    if (r.path.startsWith(QLatin1String("/sandbox"), Qt::CaseInsensitive)) {
        const bool loopback = socket->peerAddress().isLoopback();
        send(
            socket,
            m_options.admin && loopback
                ? m_hooks->dispatch(r)
                : SandboxReply::error(
                      404, QStringLiteral("SoNotFoundException"),
                      QStringLiteral("The test hooks are off; start contact-sandbox with --admin")),
            close, routing);
        return true;
    }

    const bool login = LoginService::handles(r.path);
    // Not the login service's: its bodies hold passwords, codes and secrets.
    if (!login)
        m_log.record(r);
    const std::optional<FaultInjector::Fault> fault = m_faults.take(r.path);
    SandboxReply reply;
    // Faults that replace the answer stand for a request that never reached the service.
    using Kind = FaultInjector::Kind;
    const bool served = !fault || fault->kind == Kind::Delay || fault->kind == Kind::Truncated ||
                        fault->kind == Kind::ContentType || fault->kind == Kind::DropAfterWrite;
    if (served && r.body.size() > m_options.bodyLimit)
        reply = SandboxReply::error(
            413, QStringLiteral("SoPayloadTooLargeException"),
            QStringLiteral("The request body is larger than %1 bytes").arg(m_options.bodyLimit));
    else if (served && login)
        reply = m_login->dispatch(r, baseUrl(r));
    else if (served && m_services->tenant().isMoved() &&
             socket->localPort() != m_services->tenant().port())
        // SuperOffice's answer on a host the tenant has left.
        reply = SandboxReply::error(421, QStringLiteral("MisdirectedRequest"),
                                    QStringLiteral("Wrong subdomain used to access tenant"),
                                    QStringLiteral("SuperOffice.WebApi"));
    else if (served)
        reply = m_api->dispatch(r, baseUrl(r));
    // Never the headers: they hold credentials.
    qCDebug(lcSandbox).noquote() << r.method << r.path
                                 << (fault ? FaultInjector::kindName(fault->kind)
                                           : QString::number(reply.status()))
                                 << routing.elapsed() << "ms";
    if (fault)
        sendFaulty(socket, *fault, reply, close, routing);
    else
        send(socket, reply, close, routing);
    return true;
}

void SandboxServer::send(QTcpSocket *socket, SandboxReply reply, bool close,
                         const QElapsedTimer &routing)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    stampServerTiming(reply, routing);
    socket->write(reply.serialize());
    if (close)
        socket->disconnectFromHost();
}

void SandboxServer::sendFaulty(QTcpSocket *socket, const FaultInjector::Fault &fault,
                               SandboxReply normal, bool close, const QElapsedTimer &routing)
{
    using Kind = FaultInjector::Kind;
    // Answers written here directly carry the server's time too; a delay's wait is not in it.
    stampServerTiming(normal, routing);
    switch (fault.kind) {
    case Kind::Delay: {
        // The client may be gone when the timer fires; writing to a deleted socket crashes Qt 6.4.
        QPointer<QTcpSocket> guard(socket);
        const QByteArray bytes = normal.serialize();
        // The connection is not idle while it owes this answer.
        QPointer<ConnectionGuard> owed(ConnectionGuard::of(socket));
        if (owed)
            owed->setAnswerPending(true);
        QTimer::singleShot(fault.ms, this, [guard, owed, bytes, close] {
            if (owed)
                owed->setAnswerPending(false);
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            guard->write(bytes);
            if (close)
                guard->disconnectFromHost();
        });
        return;
    }
    case Kind::Status:
        send(socket,
             SandboxReply::error(fault.status,
                                 fault.status >= 500 ? QStringLiteral("SoServerException")
                                                     : QStringLiteral("SoException"),
                                 QStringLiteral("Injected fault: HTTP %1").arg(fault.status),
                                 QStringLiteral("contact-sandbox")),
             close, routing);
        return;
    case Kind::Drop:
    case Kind::DropAfterWrite: // the request was carried out: a save is stored, never confirmed
        socket->abort();
        return;
    case Kind::Malformed:
        send(socket,
             SandboxReply(200, QByteArrayLiteral("{\"ContactId\": 1, \"Name\": "),
                          QByteArrayLiteral("application/json; charset=utf-8")),
             close, routing);
        return;
    case Kind::Truncated: {
        const QByteArray body =
            normal.body().isEmpty() ? QByteArrayLiteral("{\"ContactId\": 1}") : normal.body();
        // Promise more than is sent, send half, hang up.
        socket->write(normal.head(body.size() * 2 + 1024));
        socket->write(body.left(qMax<qsizetype>(1, body.size() / 2)));
        socket->disconnectFromHost();
        return;
    }
    case Kind::Oversize: {
        SandboxReply head(200, QByteArray(), QByteArrayLiteral("application/json; charset=utf-8"));
        stampServerTiming(head, routing);
        OversizeBody::start(socket, head.head(fault.bytes), fault.bytes);
        return;
    }
    case Kind::Html:
        send(socket, SandboxReply(200, kHtmlPage, QByteArrayLiteral("text/html; charset=utf-8")),
             close, routing);
        return;
    case Kind::ContentType: {
        SandboxReply plain = normal;
        plain.setHeader(QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("text/plain; charset=utf-8"));
        send(socket, plain, close, routing);
        return;
    }
    case Kind::Redirect: {
        SandboxReply redirect(307, QByteArray(), QByteArray());
        redirect.setHeader(QByteArrayLiteral("Location"), fault.location.toUtf8());
        send(socket, redirect, close, routing);
        return;
    }
    }
}
