#pragma once

#include "fieldproperty.h"
#include "tableright.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// What the signed-in user may do with each field of one carrier, derived once from its
// TableRight and FieldProperties. Forms ask this; they never parse masks themselves.
class FieldRights
{
    Q_DECLARE_TR_FUNCTIONS(FieldRights)

public:
    struct Access
    {
        bool stated = false; // the server said something about this field
        bool visible = true;
        bool editable = true;
        bool mandatory = false;
        QString reason;    // why it is read-only, hidden or mandatory
        int maxLength = 0; // 0: no limit
        QString fieldType;
    };

    FieldRights() = default;
    // isNewRecord: a record not yet saved needs Insert rather than Update to be edited.
    static FieldRights fromCarrier(const QJsonObject &carrier, bool isNewRecord);

    const TableRight &tableRight() const { return m_table; }
    bool isNewRecord() const { return m_isNew; }
    bool canReadRecord() const;
    bool canEditRecord() const;
    // Why the record cannot be edited; empty when it can.
    QString recordReason() const;

    // Member names match case-insensitively ("FirstName" names "Firstname").
    Access field(const QString &member) const;
    // A custom field by key: "CustomFields.<key>", then "UserDefinedFields.<key>", then
    // "ExtraFields.<key>".
    Access customField(const QString &key) const;
    bool hasProperty(const QString &key) const;
    FieldProperty property(const QString &key) const;

    // Rights of a nested carrier (a phone, a person); a nested carrier without a TableRight
    // follows this one's.
    FieldRights nested(const QJsonObject &child) const;

    bool operator==(const FieldRights &other) const = default;

private:
    Access accessFor(const FieldProperty *property) const;

    TableRight m_table;
    bool m_isNew = false;
    bool m_parentEditable = true;
    QString m_parentReason;
    QHash<QString, FieldProperty> m_properties; // keys case-folded
};
