#include "carrier.h"

QString Carrier::string(const QString &member) const
{
    const QJsonValue v = m_json.value(member);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString();
}

qint64 Carrier::integer(const QString &member) const
{
    const QJsonValue v = m_json.value(member);
    if (v.isString())
        return v.toString().toLongLong();
    return v.toInteger();
}

double Carrier::number(const QString &member) const
{
    const QJsonValue v = m_json.value(member);
    if (v.isString())
        return v.toString().toDouble();
    return v.toDouble();
}

bool Carrier::boolean(const QString &member) const
{
    const QJsonValue v = m_json.value(member);
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return v.toBool();
}

QStringList Carrier::strings(const QString &member) const
{
    QStringList out;
    const QJsonArray a = m_json.value(member).toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

void Carrier::setValue(const QString &member, const QJsonValue &value)
{
    m_json.insert(member, value);
}

TableRight Carrier::tableRight() const
{
    return TableRight::fromJson(m_json.value(QLatin1String("TableRight")));
}
