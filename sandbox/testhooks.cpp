#include "testhooks.h"

#include "faultinjector.h"
#include "requestbody.h"
#include "requestlog.h"
#include "sandboxservices.h"

TestHooks::TestHooks(SandboxServices &services, FaultInjector &faults, RequestLog &log)
{
    auto faultList = [&faults] {
        return SandboxReply::json(QJsonObject{{QStringLiteral("faults"), faults.list()}});
    };
    m_routes.add("DELETE", QStringLiteral("faults"),
                 [&faults, faultList](const SandboxRequest &, const QStringList &) {
                     faults.clear();
                     return faultList();
                 });
    m_routes.add("GET", QStringLiteral("faults"),
                 [faultList](const SandboxRequest &, const QStringList &) { return faultList(); });
    m_routes.add("POST", QStringLiteral("faults"),
                 [&faults, faultList](const SandboxRequest &r, const QStringList &) {
                     SandboxReply error;
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error);
                     if (!body)
                         return error;
                     FaultInjector::Fault fault;
                     QString why;
                     if (!FaultInjector::parse(*body, &fault, &why))
                         return RequestBody::badRequest(why);
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
                     const std::optional<QJsonObject> body = RequestBody::object(r, &error, true);
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
    m_routes.add("POST", QStringLiteral("reset"),
                 [this, &services, &faults, &log](const SandboxRequest &, const QStringList &) {
                     services.seeder().reseed(m_demo, m_generated);
                     faults.clear();
                     log.clear();
                     return SandboxReply::json(
                         QJsonObject{{QStringLiteral("contacts"), services.store().count()}});
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
