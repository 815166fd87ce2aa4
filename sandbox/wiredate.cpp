#include "wiredate.h"

#include "entityfactory.h"

#include <QLocale>
#include <QRegularExpression>

QString WireDate::toWire(const QDateTime &utc)
{
    if (!utc.isValid())
        return EntityFactory::emptyDate();
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime WireDate::fromWire(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QDateTime();
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid() || d.year() <= 1)
        return QDateTime();
    return QDateTime(d, QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()),
                     Qt::UTC);
}

QByteArray WireDate::toHttp(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime WireDate::fromHttp(const QByteArray &text)
{
    const QString t = QString::fromLatin1(text).trimmed();
    QDateTime d = QLocale::c().toDateTime(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (d.isValid())
        return QDateTime(d.date(), d.time(), Qt::UTC);
    d = QDateTime::fromString(t, Qt::RFC2822Date);
    if (d.isValid())
        return d.toUTC();
    return QDateTime::fromString(t, Qt::ISODate).toUTC();
}
