#pragma once

#include "customfielddefinition.h"
#include "fieldrights.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

// A tenant's custom fields for companies: the published UDF layout merged with the custom-field
// list on the key (the layout wins for user-defined fields), in the tenant's order.
class CustomFieldLayout
{
public:
    CustomFieldLayout() = default;
    // udefLayout: GET Contact/UdefLayout/Published; fieldList: GET Contact/CustomField. Either
    // may be empty (not fetched, or an older server).
    static CustomFieldLayout fromServer(const QJsonArray &udefLayout, const QJsonArray &fieldList,
                                        const QString &language = {});

    bool isEmpty() const { return m_definitions.isEmpty(); }
    // In the tenant's order.
    const QList<CustomFieldDefinition> &definitions() const { return m_definitions; }
    const CustomFieldDefinition *find(const QString &key) const;
    // Key -> label, as FieldCatalogue::customFieldLabel takes them.
    QHash<QString, QString> labels() const;
    // What the user may do with key: the field rights (fromRights) and the tenant's flags
    // together (hidden, read-only, mandatory, text length); the stricter wins.
    FieldRights::Access access(const QString &key, FieldRights::Access fromRights) const;
    // keys in the tenant's order: defined ones first, then the others as given.
    QStringList ordered(const QStringList &keys) const;

    bool operator==(const CustomFieldLayout &) const = default;

private:
    QList<CustomFieldDefinition> m_definitions;
};
