#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the codec knows about each SuperOffice carrier: its members' canonical (PascalCase) names
// and which members hold nested carriers. Used to match member names case-insensitively on input
// and to write the server's casing on output; members not listed are kept verbatim.
class CarrierSchema
{
public:
    enum class Type {
        None, // unknown content: kept exactly as received
        ContactEntity,
        PersonEntity,
        EntityElement,
        SelectableMDOListItem,
        MDOListItem,
        Person,
        Associate,
        ListReference, // Business, Category, TicketPriority, CustomerLanguage
        Country,
        Address,
        StructuredAddress,
        LocalizedField,
        SavedUtmParameters,
        TableRight,
        FieldProperty,
        FieldRight,
        PreviewContact,
        DuplicateEntry,
        Contact,
        SoPrincipal,
        ErrorBody,
    };

    enum class Kind {
        Scalar,          // string, number, bool, date
        Carrier,         // an object of type nested
        CarrierArray,    // an array of nested
        CarrierMatrix,   // an array of arrays of nested (LocalizedAddress)
        FieldProperties, // a dictionary of FieldProperty
        Dictionary,      // string dictionary: keys are data, never renamed
    };

    struct Member
    {
        QString name;
        Kind kind = Kind::Scalar;
        Type nested = Type::None;
    };

    static const CarrierSchema &of(Type type);

    Type type() const { return m_type; }
    QStringList memberNames() const;
    // Exact match first, then case-insensitive; nullptr when the member is unknown.
    const Member *member(const QString &name) const;

    // Renames known members to their canonical casing, recursively. Returns true when
    // anything changed; unchanged objects are not copied.
    bool normalize(QJsonObject &object) const;

private:
    explicit CarrierSchema(Type type, QList<Member> members);
    static bool normalizeValue(QJsonValue &value, const Member &member);

    Type m_type;
    QList<Member> m_members;
    QHash<QString, int> m_exact;
    QHash<QString, int> m_folded;
};
