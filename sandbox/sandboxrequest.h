#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP request copied out of QHttpServerRequest, so handlers and delayed replies never touch
// the server's request object (it dies with the connection in Qt 6.4).
struct SandboxRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded, without the query
    QString rawQuery;  // as sent, still percent-encoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // Query item by case-insensitive name ("$select", "contactEntityId"), fully decoded.
    QString queryItem(const QString &name) const
    {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QString();
    }
    bool hasQueryItem(const QString &name) const
    {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
