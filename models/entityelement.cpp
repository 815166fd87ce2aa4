#include "entityelement.h"

EntityElement EntityElement::create(const QString &value, const QString &description)
{
    return EntityElement(QJsonObject{{QStringLiteral("Value"), value},
                                     {QStringLiteral("StrippedValue"), QString()},
                                     {QStringLiteral("Description"), description}});
}
