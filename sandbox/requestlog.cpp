#include "requestlog.h"

#include "userdirectory.h"

namespace {

// Bodies are logged so tests can see what a client sent; very large ones only in part.
constexpr qsizetype kBodyLimit = 256 * 1024;

bool isSecret(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("so-apptoken", Qt::CaseInsensitive) == 0 ||
           name.compare("proxy-authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("cookie", Qt::CaseInsensitive) == 0;
}

} // namespace

void RequestLog::record(const SandboxRequest &request)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers)
        headers.insert(QString::fromLatin1(name),
                       isSecret(name) ? QStringLiteral("<redacted>") : QString::fromUtf8(value));
    const QByteArray authorization = request.header("Authorization");
    const bool truncated = request.body.size() > kBodyLimit;
    m_entries.append(
        QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                    {QStringLiteral("path"), request.path},
                    {QStringLiteral("query"), request.rawQuery},
                    {QStringLiteral("hasAuthorization"), !authorization.trimmed().isEmpty()},
                    {QStringLiteral("authScheme"), UserDirectory::schemeOf(authorization)},
                    {QStringLiteral("headers"), headers},
                    {QStringLiteral("bodySize"), double(request.body.size())},
                    {QStringLiteral("body"),
                     QString::fromUtf8(truncated ? request.body.left(kBodyLimit) : request.body)},
                    {QStringLiteral("bodyTruncated"), truncated}});
    while (m_entries.size() > kCapacity)
        m_entries.removeFirst();
}

QJsonArray RequestLog::entries() const
{
    QJsonArray out;
    for (const QJsonObject &e : m_entries)
        out.append(e);
    return out;
}
