#include "entitydate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

EntityDate EntityDate::fromWire(const QString &text)
{
    EntityDate d;
    d.m_text = text;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        d.m_valid = true;
        return d;
    }
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?)"
        R"((Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return d;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return d;
    int msec = 0;
    if (m.hasCaptured(7)) {
        QString frac = m.captured(7);
        frac = frac.leftJustified(3, QLatin1Char('0')).left(3);
        msec = frac.toInt();
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!time.isValid())
        return d;
    d.m_valid = true;
    if (date == QDate(1, 1, 1)) {
        d.m_empty = true;
        return d;
    }
    d.m_empty = false;
    const QString zone = m.captured(8);
    if (zone.isEmpty()) {
        // Without an offset the server means its own (or the SO-TimeZone) local time: show it as
        // written rather than shifting it into this machine's zone.
        d.m_dateTime = QDateTime(date, time, Qt::LocalTime);
    } else if (zone == QLatin1String("Z")) {
        d.m_hasOffset = true;
        d.m_dateTime = QDateTime(date, time, Qt::UTC);
    } else {
        d.m_hasOffset = true;
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        // No place on earth is more than 14 hours off UTC, and an hour has 60 minutes.
        if (hours > 14 || minutes > 59) {
            d = EntityDate();
            d.m_text = text;
            return d;
        }
        d.m_dateTime =
            QDateTime(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
        // Shown (and written back) in local time, it must still be a year the wire can carry.
        const int localYear = d.m_dateTime.toLocalTime().date().year();
        if (localYear < 1 || localYear > 9999) {
            d = EntityDate();
            d.m_text = text;
            return d;
        }
    }
    return d;
}

EntityDate EntityDate::fromDateTime(const QDateTime &dateTime)
{
    EntityDate d;
    d.m_valid = true;
    if (!dateTime.isValid()) {
        d.m_text = QStringLiteral("0001-01-01T00:00:00");
        return d;
    }
    d.m_empty = false;
    d.m_dateTime = dateTime;
    d.m_text = dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return d;
}

QString EntityDate::displayText(QLocale::FormatType format) const
{
    if (!m_valid)
        return m_text;
    if (m_empty)
        return QString();
    return QLocale().toString(m_dateTime, format);
}
