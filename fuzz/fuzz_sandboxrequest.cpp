// The sandbox's request handling: a request line, headers and a body as the HTTP side copies them
// out, routed through the WebAPI (JSON bodies, query parameters such as $filter and $select) and
// the login service over a seeded in-memory tenant. Any request gets an answer with a status.
// Input: "METHOD /path?query" on the first line, then "Name: value" header lines, an empty line
// and the body. Without an Authorization header the demo user's is added, so inputs reach the
// handlers behind authentication.

#include "fuzzsupport.h"

#include "apiroutes.h"
#include "loginservice.h"
#include "sandboxservices.h"
#include "userdirectory.h"

#include <QUrl>

namespace {

struct Sandbox
{
    Sandbox()
        : services(users)
        , login(users, services.tokens(), services.codes(), services.tenant())
        , api(users, services)
    {
        Fuzz::ensureApplication();
        QString error;
        CE_FUZZ_CHECK(services.store().open(QString(), &error), error);
        services.seeder().reseed(true, 0);
    }

    UserDirectory users;
    SandboxServices services;
    LoginService login;
    ApiRoutes api;
};

SandboxRequest parse(const QByteArray &input)
{
    SandboxRequest r;
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    r.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype space = requestLine.indexOf(' ');
    r.method = requestLine.left(space < 0 ? 0 : space).toUpper();
    // As QHttpServerRequest gives it: the URL parsed, its path decoded, its query as sent.
    const QUrl url(QString::fromUtf8(requestLine.mid(space + 1)));
    r.path = url.path();
    r.rawQuery = url.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!r.hasHeader("Authorization"))
        r.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ZGVtbzpkZW1v")});
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Sandbox sandbox;
    const SandboxRequest r = parse(Fuzz::bytes(data, size));
    const QString base = QStringLiteral("http://127.0.0.1:1");
    const SandboxReply reply = LoginService::handles(r.path) ? sandbox.login.dispatch(r, base)
                                                             : sandbox.api.dispatch(r, base);
    CE_FUZZ_CHECK(reply.status() >= 200 && reply.status() < 600,
                  QString::fromUtf8(r.method + ' ') + r.path + QStringLiteral(" answered ") +
                      QString::number(reply.status()));
    (void)reply.serialize();
    return 0;
}
