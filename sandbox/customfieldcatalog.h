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

// The tenant's own fields of companies (or of persons), defined once: user-defined fields
// (SuperOffice:N) and extra fields (x_…) of every type, their layouts (UdefLayout, CustomField),
// their FieldProperties, which are mandatory, and their values in the encodings real servers use
// in UserDefinedFields, ExtraFields and CustomFields.
class CustomFieldCatalog
{
public:
    enum class Owner { Contact, Person };

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
        bool mandatoryForRestricted = false; // IsMandatory and UIHintMandatory for `restricted`
        QString defaultValue;                // FieldDefault: a new entity's value (canonical)
        bool readOnly = false;
        int fieldLength = 0; // FieldProperties FieldLength
    };

    explicit CustomFieldCatalog(const ListCatalog &lists, Owner owner = Owner::Contact);

    const QList<Field> &fields() const { return m_fields; }
    const Field *field(const QString &key) const;
    // The UDF list behind an MDO list name ("udlist123", or "udlist" with additional "123").
    QString udList(const QString &name, const QString &additional) const;

    // GET Contact/UdefLayout/Published and GetPublishedUserDefinedFieldList:
    // UserDefinedFieldInfo[].
    QJsonArray udefLayout(const QString &language, const SandboxUser &user) const;
    // GET Contact/CustomField: the UDFs and extra fields as FieldInfo*, polymorphic by FieldType.
    QJsonArray customFieldInfo(const QString &language, const SandboxUser &user) const;
    bool isMandatory(const Field &f, const SandboxUser &user) const;
    // A canonical value a mandatory field may not keep: no text, no list item, no date. Numbers
    // and check boxes always hold a value.
    static bool isBlank(const Field &f, const QString &canonicalValue);
    // The keys of the user's mandatory fields that are blank in an entity.
    QStringList blankMandatory(const QJsonObject &entity, const SandboxUser &user) const;
    // "CustomFields.<key>" and "UserDefinedFields.<key>" FieldProperties for a user.
    QJsonObject fieldProperties(const SandboxUser &user) const;

    // A value in any of the encodings a client may send, in the field's CustomFields encoding
    // ("[DT:05/05/1999 00:00:00.0000000]", "[I:1]", "[F:4.43]", text); "" stays "".
    QString canonical(const Field &f, const QString &value) const;
    // Each field's value in an entity's buckets (CustomFields first), in canonical form; defaults
    // for the ones it lacks.
    QHash<QString, QString> values(const QJsonObject &entity) const;
    // A new entity's values: each field's default, else blank.
    QHash<QString, QString> defaults() const;
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

    void addPersonFields();

    const ListCatalog &m_lists;
    Owner m_owner = Owner::Contact;
    QList<Field> m_fields;
};
