#include "mdolistitem.h"

QList<MDOListItem> MDOListItem::children() const
{
    QList<MDOListItem> out;
    for (const QJsonValue &v : array(QStringLiteral("ChildItems")))
        out.append(MDOListItem(v.toObject()));
    return out;
}
