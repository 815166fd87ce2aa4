#include "entityelement.h"

#include <QJsonArray>

EntityElement EntityElement::create(const QString &value, const QString &description)
{
    return EntityElement(QJsonObject{{QStringLiteral("Value"), value},
                                     {QStringLiteral("StrippedValue"), QString()},
                                     {QStringLiteral("Description"), description}});
}

QList<EntityElement> EntityElement::listOf(const QJsonArray &array)
{
    QList<EntityElement> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(EntityElement(v.toObject()));
    return out;
}
