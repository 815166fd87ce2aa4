#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <memory>

// A blocking HTTP client for the sandbox suites: real requests over loopback through
// QNetworkAccessManager, waited for with QSignalSpy, with the credentials and headers of one user.
class SandboxClient
{
public:
    struct Result
    {
        int status = 0; // 0: no HTTP response at all
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        bool finished = false;

        QByteArray header(const QByteArray &name) const;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        bool isJson() const;
        // SuperOffice's error body: {Error: true, ErrorType, ErrorMessage, ErrorSource}.
        bool isErrorBody() const;
    };

    explicit SandboxClient(const QUrl &base);

    void setBasic(const QString &user, const QString &password);
    void setTicket(const QString &ticket);
    void setBearer(const QString &token);
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    // Sent with every request (an empty value removes it).
    void setHeader(const QByteArray &name, const QByteArray &value);

    // path may carry a query ("/api/v1/Contact?$top=5"); it is encoded here.
    Result get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result post(const QString &path, const QJsonValue &body = QJsonValue(),
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result put(const QString &path, const QJsonValue &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Result send(const QByteArray &method, const QString &path, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000);
    // To a URL as it is, for queries already encoded (an OAuth request's values hold '&', '%').
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000);

    QUrl url(const QString &path) const;
    QNetworkAccessManager &network() { return *m_network; }

    static QByteArray json(const QJsonValue &value);

private:
    QUrl m_base;
    QByteArray m_authorization;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
