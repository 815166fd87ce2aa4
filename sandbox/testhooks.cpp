#include "testhooks.h"

#include "apiroutes.h"
#include "faultinjector.h"
#include "loginservice.h"
#include "requestbody.h"
#include "requestlog.h"
#include "sandboxservices.h"

TestHooks::TestHooks(SandboxServices &services, FaultInjector &faults, RequestLog &log,
                     LoginService &login, TenantPorts ports)
    : m_ports(std::move(ports))
{
    auto faultList = [&faults] { return SandboxReply::json(faults.state()); };
    m_routes.add("DELETE", QStringLiteral("faults"),
                 [&faults, faultList](const SandboxRequest &, const QStringList &) {
                     faults.clear();
                     return faultList();
                 });
    m_routes.add("GET", QStringLiteral("faults"),
                 [faultList](const SandboxRequest &, const QStringList &) { return faultList(); });
    // One fault {"kind", ...}; a seed {"seed"}; or every fault at once {"seed", "faults": [...]},
    // which replaces those there were.
    m_routes.add("POST", QStringLiteral("faults"),
                 [&faults, faultList](const SandboxRequest &r, const QStringList &) {
                     SandboxReply error;
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error);
                     if (!body)
                         return error;
                     QString why;
                     std::optional<quint32> seed;
                     if (!FaultInjector::parseSeed(*body, &seed, &why))
                         return RequestBody::badRequest(why);
                     const QJsonValue many = RequestBody::member(*body, QStringLiteral("faults"));
                     const bool one =
                         !RequestBody::member(*body, QStringLiteral("kind")).isUndefined();
                     QList<FaultInjector::Fault> parsed;
                     if (many.isArray()) {
                         for (const QJsonValue &v : many.toArray()) {
                             FaultInjector::Fault fault;
                             if (!FaultInjector::parse(v.toObject(), &fault, &why))
                                 return RequestBody::badRequest(why);
                             parsed.append(fault);
                         }
                     } else if (!many.isUndefined()) {
                         return RequestBody::badRequest(QStringLiteral("faults must be an array"));
                     } else if (one || !seed) {
                         FaultInjector::Fault fault;
                         if (!FaultInjector::parse(*body, &fault, &why))
                             return RequestBody::badRequest(why);
                         parsed.append(fault);
                     }
                     if (many.isArray())
                         faults.clear();
                     if (seed)
                         faults.setSeed(*seed);
                     for (const FaultInjector::Fault &fault : std::as_const(parsed))
                         faults.add(fault);
                     return faultList();
                 });
    m_routes.add("DELETE", QStringLiteral("requests"),
                 [&log](const SandboxRequest &, const QStringList &) {
                     log.clear();
                     return SandboxReply::json(QJsonArray());
                 });
    m_routes.add("GET", QStringLiteral("requests"),
                 [&log](const SandboxRequest &, const QStringList &) {
                     return SandboxReply::json(log.entries());
                 });
    m_routes.add("POST", QStringLiteral("contacts/{}"),
                 [&services](const SandboxRequest &r, const QStringList &args) {
                     bool ok = false;
                     const int id = args.at(0).toInt(&ok);
                     SandboxReply error;
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error);
                     if (!body)
                         return error;
                     const std::optional<QJsonObject> touched =
                         ok ? services.writer().touch(id, *body) : std::nullopt;
                     if (!touched)
                         return SandboxReply::error(
                             404, QStringLiteral("SoNotFoundException"),
                             QStringLiteral("Contact id %1 not found").arg(args.at(0)));
                     return SandboxReply::json(*touched);
                 });
    // Many persons at once for a company (the benchmarks' 10,000): {"persons": [demo records]}
    // ({firstname, lastname, title, email, directPhone, mobilePhone}), added after its own.
    m_routes.add("POST", QStringLiteral("contacts/{}/persons"),
                 [&services](const SandboxRequest &r, const QStringList &args) {
                     SandboxReply error;
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error);
                     if (!body)
                         return error;
                     const std::optional<QJsonObject> company =
                         services.store().load(args.at(0).toInt());
                     if (!company)
                         return SandboxReply::error(
                             404, QStringLiteral("SoNotFoundException"),
                             QStringLiteral("Contact id %1 not found").arg(args.at(0)));
                     const QJsonArray records = body->value(QLatin1String("persons")).toArray();
                     int personId = services.store().takePersonIds(int(records.size()));
                     QList<QJsonObject> persons;
                     persons.reserve(records.size());
                     for (const QJsonValue &record : records)
                         persons.append(services.personFactory().fromRecord(record.toObject(),
                                                                            personId++, *company));
                     QString why;
                     if (!services.store().write({}, persons, &why))
                         return SandboxReply::error(500, QStringLiteral("SoException"), why);
                     return SandboxReply::json(QJsonObject{
                         {QStringLiteral("persons"),
                          int(services.store()
                                  .personsOf(company->value(QLatin1String("ContactId")).toInt())
                                  .size())}});
                 });
    m_routes.add(
        "POST", QStringLiteral("persons/{}"),
        [&services](const SandboxRequest &r, const QStringList &args) {
            bool ok = false;
            const int id = args.at(0).toInt(&ok);
            SandboxReply error;
            const std::optional<QJsonObject> body = RequestBody::object(r, &error);
            if (!body)
                return error;
            const std::optional<QJsonObject> touched =
                ok ? services.personWriter().touch(id, *body) : std::nullopt;
            if (!touched)
                return SandboxReply::error(
                    404, QStringLiteral("SoNotFoundException"),
                    QStringLiteral("Person id %1 (or its company) not found").arg(args.at(0)));
            return SandboxReply::json(*touched);
        });
    m_routes.add(
        "POST", QStringLiteral("reset"),
        [this, &services, &faults, &log, &login](const SandboxRequest &, const QStringList &) {
            services.seeder().reseed(m_demo, m_generated);
            faults.clear();
            log.clear();
            services.tokens().clear();
            services.codes().clear();
            login.clearRequests();
            services.tenant().moveHome();
            m_ports.close();
            return SandboxReply::json(
                QJsonObject{{QStringLiteral("contacts"), services.store().count()},
                            {QStringLiteral("persons"), services.store().personCount()}});
        });
    addLoginHooks(services, login);
    // Every route the server has, so a test can walk them all (and notice one it does not know).
    m_routes.add(
        "GET", QStringLiteral("routes"),
        [this, &login](const SandboxRequest &, const QStringList &) {
            QJsonArray out;
            auto list = [&out](const QList<std::pair<QByteArray, QString>> &routes,
                               const QString &prefix) {
                for (const auto &[method, pattern] : routes)
                    out.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                                           {QStringLiteral("path"), prefix + pattern}});
            };
            if (m_api)
                list(m_api->routes(), QStringLiteral("/api/v1/"));
            list(m_routes.patterns(), QStringLiteral("/sandbox/"));
            list(login.routes(), QStringLiteral("/"));
            return SandboxReply::json(out);
        });
}

void TestHooks::addLoginHooks(SandboxServices &services, LoginService &login)
{
    TokenStore &tokens = services.tokens();
    TenantState &tenant = services.tenant();
    m_routes.add("POST", QStringLiteral("tenant/move"),
                 [this, &tenant](const SandboxRequest &r, const QStringList &) {
                     SandboxReply error;
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error);
                     if (!body)
                         return error;
                     const quint16 port = m_ports.open();
                     if (!port)
                         return SandboxReply::error(500, QStringLiteral("SoServerException"),
                                                    QStringLiteral("No second port to move to"));
                     tenant.moveTo(port);
                     const QString state =
                         RequestBody::member(*body, QStringLiteral("state")).toString();
                     tenant.setState(state.isEmpty() ? QStringLiteral("Running") : state);
                     return SandboxReply::json(
                         QJsonObject{{QStringLiteral("Endpoint"), tenant.endpoint(QString())}});
                 });
    m_routes.add("POST", QStringLiteral("oauth/expire"),
                 [&tokens](const SandboxRequest &, const QStringList &) {
                     tokens.expireAccessTokens();
                     return SandboxReply::json(QJsonObject{});
                 });
    m_routes.add("POST", QStringLiteral("oauth/revoke"),
                 [&tokens](const SandboxRequest &, const QStringList &) {
                     tokens.revokeRefreshTokens();
                     return SandboxReply::json(QJsonObject{});
                 });
    m_routes.add("POST", QStringLiteral("oauth/config"),
                 [&tokens](const SandboxRequest &r, const QStringList &) {
                     SandboxReply error;
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error);
                     if (!body)
                         return error;
                     TokenStore::Lifetimes lifetimes = tokens.lifetimes();
                     const QJsonValue access =
                         RequestBody::member(*body, QStringLiteral("accessTokenLifetime"));
                     const QJsonValue id =
                         RequestBody::member(*body, QStringLiteral("idTokenLifetime"));
                     if ((!access.isUndefined() && !access.isDouble()) ||
                         (!id.isUndefined() && !id.isDouble()))
                         return RequestBody::badRequest(
                             QStringLiteral("The lifetimes are numbers of seconds"));
                     lifetimes.accessToken = access.toInt(lifetimes.accessToken);
                     lifetimes.idToken = id.toInt(lifetimes.idToken);
                     tokens.setLifetimes(lifetimes);
                     return SandboxReply::json(
                         QJsonObject{{QStringLiteral("accessTokenLifetime"), lifetimes.accessToken},
                                     {QStringLiteral("idTokenLifetime"), lifetimes.idToken}});
                 });
    m_routes.add("GET", QStringLiteral("oauth/requests"),
                 [&login](const SandboxRequest &, const QStringList &) {
                     return SandboxReply::json(login.requests());
                 });
    m_routes.add("DELETE", QStringLiteral("oauth/requests"),
                 [&login](const SandboxRequest &, const QStringList &) {
                     login.clearRequests();
                     return SandboxReply::json(QJsonArray());
                 });
}

void TestHooks::setSeeding(bool demo, int generated)
{
    m_demo = demo;
    m_generated = generated;
}

SandboxReply TestHooks::dispatch(const SandboxRequest &r) const
{
    QString path = r.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // The routes start below the first segment, /sandbox.
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(1);
    QByteArray allowed;
    if (std::optional<SandboxReply> reply = m_routes.route(r.method, parts, r, &allowed))
        return *reply;
    return SandboxReply::error(
        404, QStringLiteral("SoNotFoundException"),
        QStringLiteral("No test hook at %1 %2").arg(QString::fromLatin1(r.method), r.path));
}
