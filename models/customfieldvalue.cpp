#include "customfieldvalue.h"

#include <QLocale>

namespace {

QDate parseUsDate(const QString &text)
{
    // The server's dates run from year 1 (its "no date") to 9999; Qt also reads "12/3/-2012",
    // a date no server writes and the DT form cannot carry back (its '-' means ISO there).
    const QDate date = QDate::fromString(text, QStringLiteral("M/d/yyyy"));
    return date.year() >= 1 ? date : QDate();
}

} // namespace

CustomFieldValue CustomFieldValue::decode(const QString &wire)
{
    CustomFieldValue v;
    v.m_wire = wire;
    v.m_value = wire;
    if (wire == QLatin1String("True") || wire == QLatin1String("False")) {
        v.m_type = Type::Boolean;
        v.m_value = wire == QLatin1String("True");
        return v;
    }
    if (!wire.startsWith(QLatin1Char('[')) || !wire.endsWith(QLatin1Char(']')))
        return v; // plain text
    const qsizetype colon = wire.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return v;
    const QString tag = wire.mid(1, colon - 1);
    const QString body = wire.mid(colon + 1, wire.size() - colon - 2).trimmed();
    if (tag == QLatin1String("I")) {
        v.m_type = Type::Integer;
        bool ok = false;
        const qlonglong n = body.toLongLong(&ok);
        v.m_value = ok ? QVariant(n) : QVariant();
        v.m_wellFormed = ok || body.isEmpty();
    } else if (tag == QLatin1String("F")) {
        v.m_type = Type::Decimal;
        bool ok = false;
        const double n = QLocale::c().toDouble(body, &ok);
        v.m_value = ok ? QVariant(n) : QVariant();
        v.m_wellFormed = ok || body.isEmpty();
    } else if (tag == QLatin1String("D")) {
        v.m_type = Type::Date;
        // Newer servers add a time to UDF dates ("[D:05/05/1999 00:00:00.0000000]").
        v.m_dateWithTime = body.contains(QLatin1Char(' '));
        const QDate d = parseUsDate(body.section(QLatin1Char(' '), 0, 0));
        v.m_wellFormed = d.isValid();
        v.m_value = (d.isValid() && d != QDate(1, 1, 1)) ? QVariant(d) : QVariant();
    } else if (tag == QLatin1String("DT")) {
        v.m_type = Type::DateTime;
        QDateTime dt;
        const QString datePart = body.section(QLatin1Char(' '), 0, 0);
        const QString timePart = body.section(QLatin1Char(' '), 1);
        if (datePart.contains(QLatin1Char('-'))) {
            v.m_isoDate = true;
            dt = QDateTime::fromString(body, Qt::ISODate);
            // The DT form carries no time zone: an offset a writer added is dropped, keeping the
            // wall-clock time, so the value reads the same after it is written back.
            if (dt.isValid() && dt.timeSpec() != Qt::LocalTime)
                dt = QDateTime(dt.date(), dt.time());
            if (!dt.isValid())
                dt = QDateTime(QDate::fromString(datePart, Qt::ISODate), QTime(0, 0));
        } else {
            const QDate d = parseUsDate(datePart);
            QTime t(0, 0);
            if (!timePart.isEmpty()) {
                t = QTime::fromString(timePart.left(12), QStringLiteral("H:mm:ss.zzz"));
                if (!t.isValid())
                    t = QTime::fromString(timePart.left(8), QStringLiteral("H:mm:ss"));
            }
            dt = QDateTime(d, t);
        }
        v.m_wellFormed = dt.isValid();
        v.m_value = (dt.isValid() && dt.date() != QDate(1, 1, 1)) ? QVariant(dt) : QVariant();
    } else {
        return v; // "[something else]" is text
    }
    return v;
}

CustomFieldValue CustomFieldValue::ofType(Type type, const QVariant &value)
{
    CustomFieldValue v;
    v.m_type = type;
    v.m_value = QVariant();
    if (type == Type::Text)
        v.m_value = QString();
    if (type == Type::Boolean)
        v.m_value = false;
    v.m_wire = v.encode();
    return v.withValue(value);
}

CustomFieldValue CustomFieldValue::withValue(const QVariant &value, bool *ok) const
{
    CustomFieldValue v = *this;
    bool fits = true;
    switch (m_type) {
    case Type::Text:
        v.m_value = value.toString();
        break;
    case Type::Boolean:
        if (value.typeId() == QMetaType::QString) {
            const QString s = value.toString();
            fits = s == QLatin1String("True") || s == QLatin1String("False");
            v.m_value = s == QLatin1String("True");
        } else {
            v.m_value = value.toBool();
        }
        break;
    case Type::Integer:
        if (value.isNull() ||
            (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
            v.m_value = qlonglong(0);
        } else {
            const qlonglong n = value.toLongLong(&fits);
            v.m_value = n;
        }
        break;
    case Type::Decimal:
        if (value.isNull() ||
            (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
            v.m_value = 0.0;
        } else if (value.typeId() == QMetaType::QString) {
            v.m_value = QLocale::c().toDouble(value.toString(), &fits);
        } else {
            v.m_value = value.toDouble(&fits);
        }
        break;
    case Type::Date: {
        const QDate d =
            value.typeId() == QMetaType::QDateTime ? value.toDateTime().date() : value.toDate();
        fits = value.isNull() || d.isValid();
        v.m_value = d.isValid() ? QVariant(d) : QVariant();
        break;
    }
    case Type::DateTime: {
        const QDateTime dt = value.typeId() == QMetaType::QDate
                                 ? QDateTime(value.toDate(), QTime(0, 0))
                                 : value.toDateTime();
        fits = value.isNull() || dt.isValid();
        v.m_value = dt.isValid() ? QVariant(dt) : QVariant();
        break;
    }
    }
    if (ok)
        *ok = fits;
    if (!fits)
        return *this;
    v.m_wellFormed = true;
    v.m_wire = v.encode();
    return v;
}

QString CustomFieldValue::encode() const
{
    switch (m_type) {
    case Type::Text:
        return m_value.toString();
    case Type::Boolean:
        return m_value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Integer:
        // Numbers have no empty value on the server: a cleared number is stored as 0.
        return QStringLiteral("[I:%1]").arg(m_value.isNull() ? qlonglong(0) : m_value.toLongLong());
    case Type::Decimal:
        return QStringLiteral("[F:%1]").arg(
            m_value.isNull()
                ? QStringLiteral("0")
                : QLocale::c().toString(m_value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case Type::Date: {
        const QDate d = m_value.isNull() ? QDate(1, 1, 1) : m_value.toDate();
        return QStringLiteral("[D:%1%2]")
            .arg(d.toString(QStringLiteral("MM/dd/yyyy")),
                 m_dateWithTime ? QStringLiteral(" 00:00:00.0000000") : QString());
    }
    case Type::DateTime: {
        const QDateTime dt =
            m_value.isNull() ? QDateTime(QDate(1, 1, 1), QTime(0, 0)) : m_value.toDateTime();
        if (m_isoDate)
            return QStringLiteral("[DT:%1]").arg(
                dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        return QStringLiteral("[DT:%1]").arg(
            dt.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss.zzz")) + QStringLiteral("0000"));
    }
    }
    return m_wire;
}

QString CustomFieldValue::displayText() const
{
    if (!m_wellFormed)
        return m_wire;
    const QLocale locale;
    switch (m_type) {
    case Type::Text:
        return m_value.toString();
    case Type::Boolean:
        return m_value.toBool() ? tr("Yes") : tr("No");
    case Type::Integer:
        return m_value.isNull() ? QString() : locale.toString(m_value.toLongLong());
    case Type::Decimal:
        return m_value.isNull()
                   ? QString()
                   : locale.toString(m_value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case Type::Date:
        return m_value.isNull() ? QString()
                                : locale.toString(m_value.toDate(), QLocale::ShortFormat);
    case Type::DateTime:
        return m_value.isNull() ? QString()
                                : locale.toString(m_value.toDateTime(), QLocale::ShortFormat);
    }
    return m_wire;
}

QString CustomFieldValue::typeName(Type type)
{
    switch (type) {
    case Type::Text:
        return tr("Text");
    case Type::Integer:
        return tr("Number");
    case Type::Decimal:
        return tr("Decimal");
    case Type::Date:
        return tr("Date");
    case Type::DateTime:
        return tr("Date and time");
    case Type::Boolean:
        return tr("Checkbox");
    }
    return QString();
}
