#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The two date forms the sandbox speaks: the WebAPI's "2020-04-22T15:51:25" (UTC, 0001-01-01 for
// no date) in bodies, and HTTP dates in Last-Modified and the If-*-Since headers.
class WireDate
{
public:
    static QString toWire(const QDateTime &utc);
    static QDateTime fromWire(const QString &text); // UTC; invalid for the empty date
    static QByteArray toHttp(const QDateTime &utc);
    static QDateTime fromHttp(const QByteArray &text);
};
