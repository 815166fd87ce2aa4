#include "fieldproperty.h"

#include "rightmask.h"

namespace {

QJsonValue memberCi(const QJsonObject &o, const char *name)
{
    const QString n = QString::fromLatin1(name);
    const auto it = o.constFind(n);
    if (it != o.constEnd())
        return *it;
    for (auto i = o.constBegin(); i != o.constEnd(); ++i) {
        if (i.key().compare(n, Qt::CaseInsensitive) == 0)
            return *i;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

FieldProperty FieldProperty::fromJson(const QJsonValue &value)
{
    FieldProperty p;
    if (!value.isObject())
        return p;
    const QJsonObject o = value.toObject();
    const QJsonValue right = memberCi(o, "FieldRight");
    if (right.isObject()) {
        const QJsonObject r = right.toObject();
        bool ok = false;
        p.m_mask = RightMask::parseFieldMask(memberCi(r, "Mask"), &ok);
        p.m_maskStated = ok;
        p.m_reason = memberCi(r, "Reason").toString();
    }
    p.m_fieldType = memberCi(o, "FieldType").toString();
    p.m_fieldLength = memberCi(o, "FieldLength").toInt();
    return p;
}

QJsonObject FieldProperty::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("FieldRight"),
             QJsonObject{{QStringLiteral("Mask"), RightMask::fieldMaskText(m_mask)},
                         {QStringLiteral("Reason"), m_reason}});
    o.insert(QStringLiteral("FieldType"), m_fieldType);
    o.insert(QStringLiteral("FieldLength"), m_fieldLength);
    return o;
}

int FieldProperty::maxLength() const
{
    if (m_fieldType == QLatin1String("System.String") && m_fieldLength > 0)
        return m_fieldLength;
    return 0;
}
