#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP response as a value: status, headers and body, serialized to HTTP/1.1 bytes by the
// server. Errors carry SuperOffice's error body ({Error, ErrorType, ErrorMessage, ErrorSource}).
class SandboxReply
{
public:
    SandboxReply() = default;
    SandboxReply(int status, const QByteArray &body, const QByteArray &contentType);

    static SandboxReply json(const QJsonObject &object, int status = 200);
    static SandboxReply json(const QJsonArray &array, int status = 200);
    static SandboxReply
    error(int status, const QString &type, const QString &message,
          const QString &source = QStringLiteral("SuperOffice.Services.Implementation"));
    static SandboxReply empty(int status);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);

    // Status line and headers, ending with the blank line; Content-Length is the body's size
    // unless given (fault injection sends a wrong one on purpose).
    QByteArray head(qint64 contentLength = -1) const;
    QByteArray serialize() const { return head() + m_body; }

    static QByteArray reasonPhrase(int status);

private:
    int m_status = 200;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
