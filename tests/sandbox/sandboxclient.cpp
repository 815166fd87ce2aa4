#include "sandboxclient.h"

#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray SandboxClient::Result::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

bool SandboxClient::Result::isJson() const
{
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

bool SandboxClient::Result::isErrorBody() const
{
    const QJsonObject o = object();
    return o.value(QLatin1String("Error")).toBool() &&
           o.value(QLatin1String("ErrorType")).isString() &&
           !o.value(QLatin1String("ErrorType")).toString().isEmpty() &&
           o.value(QLatin1String("ErrorMessage")).isString() &&
           o.value(QLatin1String("ErrorSource")).isString();
}

SandboxClient::SandboxClient(const QUrl &base)
    : m_base(base)
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

void SandboxClient::setBasic(const QString &user, const QString &password)
{
    m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void SandboxClient::setTicket(const QString &ticket)
{
    m_authorization = "SOTICKET " + ticket.toUtf8();
}

void SandboxClient::setBearer(const QString &token)
{
    m_authorization = "Bearer " + token.toUtf8();
}

void SandboxClient::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.removeIf(
        [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        m_headers.append({name, value});
}

QUrl SandboxClient::url(const QString &path) const
{
    QUrl u = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1), QUrl::DecodedMode);
    return u;
}

QByteArray SandboxClient::json(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QByteArray();
}

SandboxClient::Result SandboxClient::get(const QString &path,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, QByteArray(), headers);
}

SandboxClient::Result SandboxClient::post(const QString &path, const QJsonValue &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, json(body), headers);
}

SandboxClient::Result SandboxClient::put(const QString &path, const QJsonValue &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("PUT", path, json(body), headers);
}

SandboxClient::Result SandboxClient::send(const QByteArray &method, const QString &path,
                                          const QByteArray &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers,
                                          int timeoutMs)
{
    return send(method, url(path), body, headers, timeoutMs);
}

SandboxClient::Result SandboxClient::send(const QByteArray &method, const QUrl &target,
                                          const QByteArray &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers,
                                          int timeoutMs)
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Result r;
    r.finished = reply->isFinished() || finished.wait(timeoutMs);
    if (!r.finished)
        reply->abort();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}
