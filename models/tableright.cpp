#include "tableright.h"

#include "rightmask.h"

TableRight TableRight::fromJson(const QJsonValue &value)
{
    TableRight r;
    if (!value.isObject())
        return r;
    const QJsonObject o = value.toObject();
    bool ok = false;
    r.m_mask = RightMask::parseTableMask(o.value(QLatin1String("Mask")), &ok);
    r.m_stated = ok;
    r.m_reason = o.value(QLatin1String("Reason")).toString();
    return r;
}

QJsonObject TableRight::toJson() const
{
    return {{QStringLiteral("Mask"), RightMask::tableMaskText(m_mask)},
            {QStringLiteral("Reason"), m_reason}};
}

TableRight TableRight::full()
{
    TableRight r;
    r.setMask(RightMask::TableFull);
    return r;
}
