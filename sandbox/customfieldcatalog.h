#pragma once

#include "sandboxuser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class ListCatalog;

// The tenant's own company fields, defined once: user-defined fields (SuperOffice:N) and extra
// fields (x_…) of every type, their layouts (UdefLayout, CustomField), their FieldProperties, and
// their values in the encodings real servers use in UserDefinedFields, ExtraFields and
// CustomFields.
class CustomFieldCatalog
{
public:
    struct Field
    {
        QString key;      // "SuperOffice:3" or "x_segment"
        bool udf = false; // a user-defined field (else an extra field)
        QString type;     // UDefFieldType name (UDFs) or CustomFieldType name (extra fields)
        QString en, nb;   // labels
        QString shortEn, shortNb;
        QString tipEn, tipNb;
        int textLength = 0;
        QString mdoList;     // the MDO list name clients ask for ("udlist123", "associate")
        QString itemList;    // the ListCatalog list behind it ("udlist:tier", "country")
        int udListId = 0;    // UDListDefinitionId of a UDF list
        QStringList choices; // ListText
        QString targetTable; // RelationTo
        bool mandatoryForRestricted = false;
        bool readOnly = false;
        int fieldLength = 0; // FieldProperties FieldLength
        // CustomFields keeps the UserDefinedFields form ("[D:10/03/2016]", "True") for the fields
        // the demo data had before CustomFields took the real encodings: today's client reads
        // CustomFields first and shows those fields by their encoding.
        bool legacyWire = false;
    };

    explicit CustomFieldCatalog(const ListCatalog &lists);

    const QList<Field> &fields() const { return m_fields; }
    const Field *field(const QString &key) const;
    // The UDF list behind an MDO list name ("udlist123", or "udlist" with additional "123").
    QString udList(const QString &name, const QString &additional) const;

    // GET Contact/UdefLayout/Published and GetPublishedUserDefinedFieldList:
    // UserDefinedFieldInfo[].
    QJsonArray udefLayout(const QString &language) const;
    // GET Contact/CustomField: the UDFs and extra fields as FieldInfo*, polymorphic by FieldType.
    QJsonArray customFieldInfo(const QString &language) const;
    // "CustomFields.<key>" and "UserDefinedFields.<key>" FieldProperties for a user.
    QJsonObject fieldProperties(const SandboxUser &user) const;

    // A value in any of the encodings a client may send, in the field's CustomFields encoding
    // ("[DT:05/05/1999 00:00:00.0000000]", "[I:1]", "[F:4.43]", text); "" stays "".
    QString canonical(const Field &f, const QString &value) const;
    // Each field's value in an entity's buckets (CustomFields first), in canonical form; defaults
    // for the ones it lacks.
    QHash<QString, QString> values(const QJsonObject &entity) const;
    // The entity's UserDefinedFields, ExtraFields and CustomFields rebuilt from values: each bucket
    // in its own encoding, :DisplayText from the lists in the language, :org twins holding the
    // stored value. Keys the catalog does not define are kept as they are.
    void write(QJsonObject &entity, const QHash<QString, QString> &values,
               const QString &language) const;
    // A save: the client's new values (the bare key, in any bucket and encoding; CustomFields wins)
    // over the stored ones; read-only fields keep theirs.
    QHash<QString, QString> merged(const QJsonObject &stored, const QJsonObject &incoming) const;

    // The wire form of a date in CustomFields ("[DT:MM/dd/yyyy HH:mm:ss.0000000]").
    static QString dateTimeWire(const QDateTime &when);

private:
    QString displayText(const Field &f, const QString &value, const QString &language) const;

    const ListCatalog &m_lists;
    QList<Field> m_fields;
};
