#include "customfieldlayout.h"

#include <QCoreApplication>

#include <algorithm>

CustomFieldLayout CustomFieldLayout::fromServer(const QJsonArray &udefLayout,
                                                const QJsonArray &fieldList,
                                                const QString &language)
{
    CustomFieldLayout layout;
    QHash<QString, qsizetype> at;
    for (const QJsonValue &v : fieldList) {
        auto d = CustomFieldDefinition::fromFieldInfo(v.toObject(), language);
        if (!d || at.contains(d->key))
            continue;
        at.insert(d->key, layout.m_definitions.size());
        layout.m_definitions.append(*d);
    }
    for (const QJsonValue &v : udefLayout) {
        auto d = CustomFieldDefinition::fromLayoutInfo(v.toObject(), language);
        if (!d)
            continue;
        if (const auto it = at.constFind(d->key); it != at.constEnd()) {
            CustomFieldDefinition &listed = layout.m_definitions[*it];
            // The layout is the UDF's own definition; the list adds only what the layout lacks
            // (HideField, and a tooltip or list name an older layout leaves out).
            d->hidden = listed.hidden;
            if (d->tooltip.isEmpty())
                d->tooltip = listed.tooltip;
            if (d->mdoListName.isEmpty())
                d->mdoListName = listed.mdoListName;
            if (d->type == CustomFieldDefinition::Type::Unknown)
                d->type = listed.type;
            listed = *d;
        } else {
            at.insert(d->key, layout.m_definitions.size());
            layout.m_definitions.append(*d);
        }
    }
    // TabOrder and Rank are both "tab order"; equal ranks keep user-defined fields first, then
    // the order the server listed them in.
    std::stable_sort(layout.m_definitions.begin(), layout.m_definitions.end(),
                     [](const CustomFieldDefinition &a, const CustomFieldDefinition &b) {
                         if (a.order != b.order)
                             return a.order < b.order;
                         return a.isUdf() && !b.isUdf();
                     });
    return layout;
}

const CustomFieldDefinition *CustomFieldLayout::find(const QString &key) const
{
    for (const CustomFieldDefinition &d : m_definitions) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QHash<QString, QString> CustomFieldLayout::labels() const
{
    QHash<QString, QString> out;
    for (const CustomFieldDefinition &d : m_definitions) {
        if (!d.label.isEmpty())
            out.insert(d.key, d.label);
    }
    return out;
}

QStringList CustomFieldLayout::ordered(const QStringList &keys) const
{
    QStringList out;
    for (const CustomFieldDefinition &d : m_definitions) {
        if (keys.contains(d.key))
            out.append(d.key);
    }
    for (const QString &key : keys) {
        if (!out.contains(key))
            out.append(key);
    }
    return out;
}

FieldRights::Access CustomFieldLayout::access(const QString &key, FieldRights::Access access) const
{
    const CustomFieldDefinition *d = find(key);
    if (!d)
        return access;
    if (d->hidden)
        access.visible = false;
    if (d->readOnly && access.editable) {
        access.editable = false;
        if (access.reason.isEmpty())
            access.reason = QCoreApplication::translate(
                "CustomFieldModel", "The administrator made this field read-only.");
    }
    if (d->mandatory && access.editable)
        access.mandatory = true;
    const bool text = d->type == CustomFieldDefinition::Type::ShortText ||
                      d->type == CustomFieldDefinition::Type::LongText ||
                      d->type == CustomFieldDefinition::Type::ListText;
    if (text && d->textLength > 0 && (access.maxLength <= 0 || d->textLength < access.maxLength))
        access.maxLength = d->textLength;
    // UDF FieldLength figures count something else for non-text types (a date is "12").
    if (!text && d->type != CustomFieldDefinition::Type::Unknown &&
        d->type != CustomFieldDefinition::Type::Other)
        access.maxLength = 0;
    return access;
}
