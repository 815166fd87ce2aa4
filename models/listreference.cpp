#include "listreference.h"

ListReference ListReference::create(int id, const QString &value, const QString &tooltip)
{
    return ListReference(QJsonObject{{QStringLiteral("Id"), id},
                                     {QStringLiteral("Value"), value},
                                     {QStringLiteral("Tooltip"), tooltip}});
}
