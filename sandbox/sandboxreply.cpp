#include "sandboxreply.h"

#include <QJsonDocument>

namespace {
const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");
}

SandboxReply::SandboxReply(int status, const QByteArray &body, const QByteArray &contentType)
    : m_status(status)
    , m_body(body)
{
    if (!contentType.isEmpty())
        setHeader(QByteArrayLiteral("Content-Type"), contentType);
}

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    return SandboxReply(status, QJsonDocument(object).toJson(QJsonDocument::Compact), kJsonType);
}

SandboxReply SandboxReply::json(const QJsonArray &array, int status)
{
    return SandboxReply(status, QJsonDocument(array).toJson(QJsonDocument::Compact), kJsonType);
}

SandboxReply SandboxReply::error(int status, const QString &type, const QString &message,
                                 const QString &source)
{
    return json(QJsonObject{{QStringLiteral("Error"), true},
                            {QStringLiteral("ErrorType"), type},
                            {QStringLiteral("ErrorMessage"), message},
                            {QStringLiteral("ErrorSource"), source}},
                status);
}

SandboxReply SandboxReply::empty(int status)
{
    return SandboxReply(status, QByteArray(), QByteArray());
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    m_headers.append({name, value});
}

QByteArray SandboxReply::head(qint64 contentLength) const
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    for (const auto &[key, value] : m_headers)
        out += key + ": " + value + "\r\n";
    // 304 and 204 carry no body and, for 304, no length either.
    if (m_status != 304 && m_status != 204)
        out += "Content-Length: " +
               QByteArray::number(contentLength < 0 ? m_body.size() : contentLength) + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
