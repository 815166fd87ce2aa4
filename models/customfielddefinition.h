#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One custom field as the tenant defines it: label, tooltip, type, flags, order and where its
// choices come from, read from the published UDF layout (UserDefinedFieldInfo) or the
// custom-field list (FieldInfo*, polymorphic by FieldType).
struct CustomFieldDefinition
{
    // UDefFieldType and CustomFieldType folded into what the editor needs to know.
    enum class Type {
        Unknown,
        Integer, // UDF Number, extra Integer and TimeSpan
        Decimal,
        ShortText,
        LongText,
        Date,     // UDF Date and UnlimitedDate, extra Date
        DateTime, // extra DateTime and Time
        Checkbox,
        List,     // UDF List, extra MdoList: "[I:id]" from an MDO list
        ListText, // extra ListText: plain text from Choices
        Relation, // extra RelationTo: "[I:id]" from an MDO list
        Other,    // Blob, Attachment, DynamicLink: shown, not edited
    };

    QString key; // "SuperOffice:2" or "x_contract_renewal"
    QString label;
    QString shortLabel;
    QString tooltip;
    Type type = Type::Unknown;
    int textLength = 0; // 0: no limit stated
    bool mandatory = false;
    bool readOnly = false;
    bool hidden = false;
    int order = 0; // TabOrder (layout) or Rank (custom-field list)
    QString mdoListName;
    QStringList choices;
    QString target; // RelationTo's TargetTable
    bool fromLayout = false;

    // language: ISO 639-1 code picking a text out of a multi-language label
    // ('US:"Renewal";NO:"Fornyelse"'); a server that resolved it already sends plain text.
    static std::optional<CustomFieldDefinition> fromLayoutInfo(const QJsonObject &info,
                                                               const QString &language = {});
    static std::optional<CustomFieldDefinition> fromFieldInfo(const QJsonObject &info,
                                                              const QString &language = {});

    bool isUdf() const { return key.startsWith(QLatin1String("SuperOffice:")); }
    // Edited with a picker: its value is one of a list's items.
    bool isPicker() const
    {
        return type == Type::List || type == Type::ListText || type == Type::Relation;
    }
    // The value is an MDO list item's id ("[I:id]") with a ":DisplayText" sibling.
    bool isIdList() const { return type == Type::List || type == Type::Relation; }

    static Type udefType(const QString &name);
    static Type customType(const QString &name);
    static QString localized(const QString &text, const QString &language);

    bool operator==(const CustomFieldDefinition &) const = default;
};
