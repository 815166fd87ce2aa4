#include "sandboxserver.h"

#include "contactservice.h"
#include "contactstore.h"
#include "enrichmentcatalog.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "oversizebody.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
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

SandboxReply badBody(const QString &why)
{
    return SandboxReply::error(400, QStringLiteral("SoBadRequestException"), why);
}

// The request body as a JSON object; nullopt with *reply set when it is not one.
std::optional<QJsonObject> jsonBody(const SandboxRequest &r, SandboxReply *reply,
                                    bool allowEmpty = false)
{
    const QByteArray type = r.header("Content-Type").toLower();
    if (type.contains("xml")) {
        *reply = SandboxReply::error(
            415, QStringLiteral("SoBadRequestException"),
            QStringLiteral("The sandbox speaks JSON only; XML bodies are not supported"));
        return std::nullopt;
    }
    if (r.body.trimmed().isEmpty()) {
        if (allowEmpty)
            return QJsonObject();
        *reply = badBody(QStringLiteral("The request body is empty; a JSON object was expected"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *reply = badBody(QStringLiteral("The request body is not valid JSON: %1 at byte %2")
                             .arg(error.errorString())
                             .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *reply = badBody(QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QJsonValue memberCi(const QJsonObject &o, const QString &name)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// A wrapper member ("ContactEntity", "EnrichId") or, when absent, the query item of that name.
QString stringParameter(const SandboxRequest &r, const QJsonObject &body, const QString &name)
{
    const QJsonValue v = memberCi(body, name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return r.queryItem(name);
}

// Accepts connections with Nagle's algorithm off. Each answer is written whole, so Nagle has
// nothing to coalesce; it could only hold an answer's last, partial segment until the client
// acknowledges earlier ones, which its delayed ACK puts off by up to 40 ms (200 ms on Windows).
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        // What QTcpServer does by default, plus the option.
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

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
    , m_texts(std::make_unique<SandboxTexts>())
    , m_lists(std::make_unique<ListCatalog>(m_users))
    , m_enrichment(std::make_unique<EnrichmentCatalog>(*m_lists))
    , m_rights(std::make_unique<RightsPolicy>(*m_texts))
    , m_factory(std::make_unique<EntityFactory>(*m_lists))
    , m_store(std::make_unique<ContactStore>())
    , m_service(std::make_unique<ContactService>(*m_store, *m_lists, *m_enrichment, *m_rights,
                                                 *m_texts, *m_factory))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::setUp(const Options &options, QString *error)
{
    m_options = options;
    if (!m_store->open(options.databaseFile, error))
        return false;
    if (m_store->isEmpty() && (options.demo || options.seed > 0))
        m_service->reseed(options.demo, options.seed);
    return true;
}

quint16 SandboxServer::listenLocal(quint16 port)
{
    // Our own QTcpServer rather than listen(), which would accept sockets with Nagle on.
    auto *server = new LowDelayTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
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
                ? dispatchAdmin(r)
                : SandboxReply::error(
                      404, QStringLiteral("SoNotFoundException"),
                      QStringLiteral("The test hooks are off; start contact-sandbox with --admin")),
            close, routing);
        return true;
    }

    m_log.record(r);
    const std::optional<FaultInjector::Fault> fault = m_faults.take(r.path);
    SandboxReply reply;
    // Faults that replace the answer stand for a request that never reached the service.
    using Kind = FaultInjector::Kind;
    const bool served = !fault || fault->kind == Kind::Delay || fault->kind == Kind::Truncated ||
                        fault->kind == Kind::ContentType;
    if (served && r.body.size() > m_options.bodyLimit)
        reply = SandboxReply::error(
            413, QStringLiteral("SoPayloadTooLargeException"),
            QStringLiteral("The request body is larger than %1 bytes").arg(m_options.bodyLimit));
    else if (served)
        reply = dispatch(r);
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
        QTimer::singleShot(fault.ms, this, [guard, bytes, close] {
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

SandboxReply SandboxServer::dispatch(const SandboxRequest &r)
{
    QString path = r.path;
    // Tenant URLs put the customer id first: /Cust12345/api/v1/...
    static const QRegularExpression tenant(QStringLiteral("^/[^/]+(/api(/.*)?)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!path.startsWith(QLatin1String("/api"), Qt::CaseInsensitive)) {
        const auto m = tenant.match(path);
        if (m.hasMatch())
            path = m.captured(1);
    }
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto is = [&parts](qsizetype i, const char *name) {
        return i < parts.size() &&
               parts.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    const QString base = baseUrl(r);
    const QString language =
        SandboxTexts::requestLanguage(r.header("SO-Language"), r.header("Accept-Language"));
    auto notFound = [&] {
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("No resource at %1").arg(r.path));
    };
    auto wrongMethod = [](const char *allowed) {
        SandboxReply reply =
            SandboxReply::error(405, QStringLiteral("SoBadRequestException"),
                                QStringLiteral("Use %1 here").arg(QLatin1String(allowed)));
        reply.setHeader(QByteArrayLiteral("Allow"), allowed);
        return reply;
    };

    if (!is(0, "api"))
        return notFound();
    if (parts.size() <= 2 && (parts.size() == 1 || is(1, "v1"))) {
        if (r.method != "GET")
            return wrongMethod("GET");
        const QJsonObject version{
            {QStringLiteral("v1"), base + QStringLiteral("/api/v1/")},
            {QStringLiteral("NetServerVersion"),
             QStringLiteral("10.3.4 (contact-sandbox " CONTACT_EDITOR_VERSION ")")},
            {QStringLiteral("Services"), QStringLiteral("Services88")},
            {QStringLiteral("ServicesCurrent"), QStringLiteral("Services88")},
            {QStringLiteral("Version"), QStringLiteral("v1")},
            {QStringLiteral("Product"), QStringLiteral("contact-sandbox")}};
        return SandboxReply::json(version);
    }
    if (!is(1, "v1"))
        return notFound();

    const SandboxUser *user = nullptr;
    switch (m_users.authenticate(r.header("Authorization"), &user)) {
    case UserDirectory::AuthResult::Ok:
        break;
    case UserDirectory::AuthResult::Missing:
    case UserDirectory::AuthResult::Invalid: {
        const bool missing = r.header("Authorization").trimmed().isEmpty();
        SandboxReply reply = SandboxReply::error(
            401, QStringLiteral("UnauthorizedAccessException"),
            m_texts->message(missing ? QStringLiteral("SR_ERROR_NO_CREDENTIALS")
                                     : QStringLiteral("SR_ERROR_BAD_CREDENTIALS"),
                             language),
            QStringLiteral("SuperOffice.WebApi"));
        // Schemes QNetworkAccessManager does not try on its own, so clients see the 401 as is.
        reply.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                        QByteArrayLiteral("Bearer realm=\"SuperOffice\", SOTICKET"));
        return reply;
    }
    }
    const ContactService::Context c{*user, language, base};

    if (is(2, "User") && is(3, "currentPrincipal") && parts.size() == 4)
        return r.method == "GET" ? m_service->principal(c) : wrongMethod("GET");
    if (is(2, "Agents") && is(3, "Contact") && parts.size() == 5) {
        if (r.method != "POST")
            return wrongMethod("POST");
        return agents(r, parts.at(4), language, *user);
    }
    if (is(2, "Contact")) {
        if (parts.size() == 3) {
            if (r.method != "GET")
                return wrongMethod("GET");
            return m_service->search(
                c, r.queryItem(QStringLiteral("$select")), r.queryItem(QStringLiteral("$filter")),
                r.queryItem(QStringLiteral("$top")), r.queryItem(QStringLiteral("$skip")),
                r.queryItem(QStringLiteral("$orderBy")));
        }
        if (parts.size() == 4 && is(3, "default"))
            return r.method == "GET" ? m_service->createDefault(c) : wrongMethod("GET");
        bool ok = false;
        const int id = parts.size() == 4 ? parts.at(3).toInt(&ok) : 0;
        if (!ok)
            return notFound();
        if (r.method == "GET")
            return m_service->restGet(c, id, r.header("If-Modified-Since"));
        if (r.method == "PUT") {
            SandboxReply error;
            const std::optional<QJsonObject> body = jsonBody(r, &error);
            if (!body)
                return error;
            return m_service->restPut(c, id, *body, r.header("If-Unmodified-Since"));
        }
        return wrongMethod("GET, PUT");
    }
    if (is(2, "MDOList") && parts.size() == 4) {
        if (r.method != "GET")
            return wrongMethod("GET");
        return m_service->mdoList(c, parts.at(3), r.queryItem(QStringLiteral("query")),
                                  r.queryItem(QStringLiteral("additional")));
    }
    return notFound();
}

SandboxReply SandboxServer::agents(const SandboxRequest &r, const QString &method,
                                   const QString &language, const SandboxUser &user)
{
    const ContactService::Context c{user, language, baseUrl(r)};
    auto is = [&method](const char *name) {
        return method.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    SandboxReply error;
    const QString select = r.queryItem(QStringLiteral("$select"));

    if (is("CreateDefaultContactEntity"))
        return m_service->createDefault(c);
    if (is("GetContactEntity")) {
        const std::optional<QJsonObject> body = jsonBody(r, &error, true);
        if (!body)
            return error;
        bool ok = false;
        const int id = stringParameter(r, *body, QStringLiteral("contactEntityId")).toInt(&ok);
        if (!ok)
            return badBody(QStringLiteral("contactEntityId is missing or not a number"));
        return m_service->get(c, id, select);
    }
    if (is("SaveContactEntity")) {
        std::optional<QJsonObject> body = jsonBody(r, &error);
        if (!body)
            return error;
        // Tolerate a wrapper ({"entity": ...}) although the documented body is the bare entity.
        if (body->size() == 1) {
            const QString key = body->constBegin().key();
            if ((key.compare(QLatin1String("entity"), Qt::CaseInsensitive) == 0 ||
                 key.compare(QLatin1String("contactEntity"), Qt::CaseInsensitive) == 0) &&
                body->constBegin()->isObject())
                body = body->constBegin()->toObject();
        }
        return m_service->save(c, *body);
    }
    if (is("ValidateContactEntity")) {
        const std::optional<QJsonObject> body = jsonBody(r, &error);
        if (!body)
            return error;
        const QJsonValue entity = memberCi(*body, QStringLiteral("ContactEntity"));
        return m_service->validate(c, entity.isObject() ? entity.toObject() : *body);
    }
    if (is("EnrichContactEntity")) {
        const std::optional<QJsonObject> body = jsonBody(r, &error);
        if (!body)
            return error;
        const QJsonValue entity = memberCi(*body, QStringLiteral("ContactEntity"));
        const QString enrichId = stringParameter(r, *body, QStringLiteral("EnrichId"));
        if (!entity.isObject())
            return badBody(QStringLiteral("ContactEntity is missing"));
        if (enrichId.isEmpty())
            return badBody(QStringLiteral("EnrichId is missing"));
        return m_service->enrich(c, entity.toObject(), enrichId, select);
    }
    if (is("GetPreviewEnrichContact")) {
        const std::optional<QJsonObject> body = jsonBody(r, &error, true);
        if (!body)
            return error;
        const QString enrichId = stringParameter(r, *body, QStringLiteral("EnrichId"));
        if (enrichId.isEmpty())
            return badBody(QStringLiteral("EnrichId is missing"));
        return m_service->previewEnrich(c, enrichId);
    }
    if (is("GetDuplicates")) {
        const std::optional<QJsonObject> body = jsonBody(r, &error, true);
        if (!body)
            return error;
        return m_service->duplicates(c, stringParameter(r, *body, QStringLiteral("Name")));
    }
    return SandboxReply::error(
        404, QStringLiteral("SoNotFoundException"),
        QStringLiteral("The sandbox's Contact agent has no method %1").arg(method));
}

SandboxReply SandboxServer::dispatchAdmin(const SandboxRequest &r)
{
    QString path = r.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    SandboxReply error;
    auto is = [&parts](qsizetype i, const char *name) {
        return i < parts.size() &&
               parts.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is(1, "faults") && parts.size() == 2) {
        if (r.method == "DELETE") {
            m_faults.clear();
            return SandboxReply::json(QJsonObject{{QStringLiteral("faults"), m_faults.list()}});
        }
        if (r.method == "GET")
            return SandboxReply::json(QJsonObject{{QStringLiteral("faults"), m_faults.list()}});
        if (r.method == "POST") {
            const std::optional<QJsonObject> body = jsonBody(r, &error);
            if (!body)
                return error;
            FaultInjector::Fault fault;
            QString why;
            if (!FaultInjector::parse(*body, &fault, &why))
                return badBody(why);
            m_faults.add(fault);
            return SandboxReply::json(QJsonObject{{QStringLiteral("faults"), m_faults.list()}});
        }
    }
    if (is(1, "requests") && parts.size() == 2) {
        if (r.method == "DELETE") {
            m_log.clear();
            return SandboxReply::json(QJsonArray());
        }
        if (r.method == "GET")
            return SandboxReply::json(m_log.entries());
    }
    if (is(1, "contacts") && parts.size() == 3 && r.method == "POST") {
        bool ok = false;
        const int id = parts.at(2).toInt(&ok);
        const std::optional<QJsonObject> body = jsonBody(r, &error, true);
        if (!body)
            return error;
        const std::optional<QJsonObject> touched = ok ? m_service->touch(id, *body) : std::nullopt;
        if (!touched)
            return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                       QStringLiteral("Contact id %1 not found").arg(parts.at(2)));
        return SandboxReply::json(*touched);
    }
    if (is(1, "reset") && parts.size() == 2 && r.method == "POST") {
        m_service->reseed(m_options.demo, m_options.seed);
        m_faults.clear();
        m_log.clear();
        return SandboxReply::json(QJsonObject{{QStringLiteral("contacts"), m_store->count()}});
    }
    return SandboxReply::error(
        404, QStringLiteral("SoNotFoundException"),
        QStringLiteral("No test hook at %1 %2").arg(QString::fromLatin1(r.method), r.path));
}
