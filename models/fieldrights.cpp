#include "fieldrights.h"

#include "rightmask.h"

namespace {

QJsonValue memberCi(const QJsonObject &o, const QString &name)
{
    const auto it = o.constFind(name);
    if (it != o.constEnd())
        return *it;
    for (auto i = o.constBegin(); i != o.constEnd(); ++i) {
        if (i.key().compare(name, Qt::CaseInsensitive) == 0)
            return *i;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

FieldRights FieldRights::fromCarrier(const QJsonObject &carrier, bool isNewRecord)
{
    FieldRights r;
    r.m_isNew = isNewRecord;
    r.m_table = TableRight::fromJson(memberCi(carrier, QStringLiteral("TableRight")));
    const QJsonValue props = memberCi(carrier, QStringLiteral("FieldProperties"));
    if (props.isObject()) {
        const QJsonObject o = props.toObject();
        r.m_properties.reserve(o.size());
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            r.m_properties.insert(it.key().toCaseFolded(), FieldProperty::fromJson(*it));
    }
    return r;
}

bool FieldRights::canReadRecord() const
{
    return m_table.can(RightMask::TableSelect);
}

bool FieldRights::canEditRecord() const
{
    if (!m_parentEditable)
        return false;
    if (!m_table.isStated())
        return true;
    return m_table.can(m_isNew ? RightMask::TableInsert : RightMask::TableUpdate);
}

QString FieldRights::recordReason() const
{
    if (canEditRecord())
        return QString();
    if (!m_parentEditable)
        return m_parentReason;
    if (!m_table.reason().isEmpty())
        return m_table.reason();
    return m_isNew ? tr("You do not have the right to create this record.")
                   : tr("You do not have the right to change this record.");
}

FieldRights::Access FieldRights::accessFor(const FieldProperty *property) const
{
    Access a;
    const bool recordEditable = canEditRecord();
    if (!recordEditable) {
        a.editable = false;
        a.reason = recordReason();
    }
    if (!property)
        return a;
    a.fieldType = property->fieldType();
    a.maxLength = property->maxLength();
    if (!property->isStated())
        return a;
    a.stated = true;
    const int mask = property->mask();
    a.visible = mask & RightMask::FieldRead;
    a.mandatory = a.visible && (mask & RightMask::FieldUIHintMandatory);
    const bool fieldWritable =
        a.visible && (mask & RightMask::FieldWrite) && !(mask & RightMask::FieldUIHintReadOnly);
    a.editable = recordEditable && fieldWritable;
    if (!property->reason().isEmpty() && (!fieldWritable || a.mandatory || !a.visible))
        a.reason = property->reason();
    else if (!fieldWritable && a.reason.isEmpty())
        a.reason = a.visible ? tr("You do not have the right to change this field.")
                             : tr("You do not have the right to see this field.");
    return a;
}

FieldRights::Access FieldRights::field(const QString &member) const
{
    const auto it = m_properties.constFind(member.toCaseFolded());
    return accessFor(it == m_properties.constEnd() ? nullptr : &*it);
}

FieldRights::Access FieldRights::customField(const QString &key) const
{
    for (const char *bucket : {"CustomFields.", "UserDefinedFields.", "ExtraFields."}) {
        const auto it = m_properties.constFind((QLatin1String(bucket) + key).toCaseFolded());
        if (it != m_properties.constEnd())
            return accessFor(&*it);
    }
    return accessFor(nullptr);
}

bool FieldRights::hasProperty(const QString &key) const
{
    return m_properties.contains(key.toCaseFolded());
}

FieldProperty FieldRights::property(const QString &key) const
{
    return m_properties.value(key.toCaseFolded());
}

FieldRights FieldRights::nested(const QJsonObject &child) const
{
    FieldRights r = fromCarrier(child, m_isNew);
    r.m_parentEditable = canEditRecord();
    r.m_parentReason = recordReason();
    return r;
}
