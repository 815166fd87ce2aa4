#include "personentity.h"

QString PersonEntity::displayName() const
{
    QStringList parts;
    for (const QString &p : {firstname(), middleName(), lastname()}) {
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

QList<EntityElement> PersonEntity::elements(const QString &member) const
{
    QList<EntityElement> out;
    const QJsonArray a = array(member);
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(EntityElement(v.toObject()));
    return out;
}
