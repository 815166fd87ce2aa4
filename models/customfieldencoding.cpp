#include "customfieldencoding.h"

#include "customfieldvalue.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

using Type = CustomFieldDefinition::Type;

namespace {

// The server's "no date": the first day of year 1.
const QDate kNoDate(1, 1, 1);

QString usDate(const QDate &date)
{
    return (date.isValid() ? date : kNoDate).toString(QStringLiteral("MM/dd/yyyy"));
}

} // namespace

CustomFieldEncoding::Bucket CustomFieldEncoding::bucket(const QString &name)
{
    if (name == QLatin1String("UserDefinedFields"))
        return Bucket::UserDefinedFields;
    if (name == QLatin1String("ExtraFields"))
        return Bucket::ExtraFields;
    return Bucket::CustomFields;
}

QVariant CustomFieldEncoding::decode(Type type, const QString &wire)
{
    const CustomFieldValue v = CustomFieldValue::decode(wire);
    switch (type) {
    case Type::Checkbox:
        if (v.type() == CustomFieldValue::Type::Boolean)
            return v.value();
        if (v.type() == CustomFieldValue::Type::Integer)
            return v.value().toLongLong() != 0;
        return wire == QLatin1String("1") ||
               wire.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    case Type::Integer:
    case Type::List:
    case Type::Relation:
        if (v.type() == CustomFieldValue::Type::Integer ||
            v.type() == CustomFieldValue::Type::Decimal)
            return v.value().isNull() ? QVariant() : QVariant(v.value().toLongLong());
        if (bool ok = false; !wire.isEmpty()) {
            const qlonglong n = wire.toLongLong(&ok);
            return ok ? QVariant(n) : QVariant();
        }
        return QVariant();
    case Type::Decimal:
        if (v.type() == CustomFieldValue::Type::Integer ||
            v.type() == CustomFieldValue::Type::Decimal)
            return v.value().isNull() ? QVariant() : QVariant(v.value().toDouble());
        return QVariant();
    case Type::Date:
        if (v.type() == CustomFieldValue::Type::Date)
            return v.value();
        if (v.type() == CustomFieldValue::Type::DateTime)
            return v.value().isNull() ? QVariant() : QVariant(v.value().toDateTime().date());
        return QVariant();
    case Type::DateTime:
        if (v.type() == CustomFieldValue::Type::DateTime)
            return v.value();
        if (v.type() == CustomFieldValue::Type::Date)
            return v.value().isNull() ? QVariant()
                                      : QVariant(QDateTime(v.value().toDate(), QTime(0, 0)));
        return QVariant();
    case Type::ShortText:
    case Type::LongText:
    case Type::ListText:
        return wire;
    case Type::Unknown:
    case Type::Other:
        break;
    }
    return v.value();
}

QString CustomFieldEncoding::encode(Type type, Bucket bucket, const QVariant &value,
                                    const QString &previous)
{
    const bool udf = bucket == Bucket::UserDefinedFields;
    switch (type) {
    case Type::Checkbox:
        if (udf)
            return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return value.toBool() ? QStringLiteral("[I:1]") : QStringLiteral("[I:0]");
    case Type::Integer:
    case Type::List:
    case Type::Relation:
        // Numbers and lists have no empty value on the server: cleared is 0.
        return QStringLiteral("[I:%1]").arg(value.isNull() ? qlonglong(0) : value.toLongLong());
    case Type::Decimal:
        return QStringLiteral("[F:%1]").arg(
            value.isNull()
                ? QStringLiteral("0")
                : QLocale::c().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case Type::Date: {
        const QDate date =
            value.typeId() == QMetaType::QDateTime ? value.toDateTime().date() : value.toDate();
        if (udf) {
            // Newer servers send UDF dates with a time part, older ones without: keep the form.
            const bool withTime =
                previous.startsWith(QLatin1String("[D:")) && previous.contains(QLatin1Char(' '));
            return QStringLiteral("[D:%1%2]")
                .arg(usDate(date), withTime ? QStringLiteral(" 00:00:00.0000000") : QString());
        }
        return QStringLiteral("[DT:%1 00:00:00.0000000]").arg(usDate(date));
    }
    case Type::DateTime: {
        const QDateTime dt = value.typeId() == QMetaType::QDate
                                 ? QDateTime(value.toDate(), QTime(0, 0))
                                 : value.toDateTime();
        if (!dt.isValid())
            return QStringLiteral("[DT:01/01/0001 00:00:00.0000000]");
        return QStringLiteral("[DT:%1]").arg(
            dt.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss.zzz")) + QStringLiteral("0000"));
    }
    case Type::ShortText:
    case Type::LongText:
    case Type::ListText:
        return value.toString();
    case Type::Unknown:
    case Type::Other:
        break;
    }
    // Not defined here: the value goes back in the form it arrived in.
    return CustomFieldValue::decode(previous).withValue(value).wire();
}
