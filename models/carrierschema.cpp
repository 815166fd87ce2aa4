#include "carrierschema.h"

#include <QJsonArray>

#include <vector>

using Type = CarrierSchema::Type;
using Kind = CarrierSchema::Kind;
using Member = CarrierSchema::Member;

namespace {

QList<Member> scalars(std::initializer_list<const char *> names)
{
    QList<Member> members;
    for (const char *name : names)
        members.append({QString::fromLatin1(name), Kind::Scalar, Type::None});
    return members;
}

// Every carrier may carry its own rights.
void addRights(QList<Member> &members)
{
    members.append({QStringLiteral("TableRight"), Kind::Carrier, Type::TableRight});
    members.append({QStringLiteral("FieldProperties"), Kind::FieldProperties, Type::FieldProperty});
}

QList<Member> membersOf(Type type)
{
    QList<Member> m;
    switch (type) {
    case Type::None:
        return m;
    case Type::ContactEntity:
        m = scalars({"ContactId",
                     "Name",
                     "Department",
                     "OrgNr",
                     "Number1",
                     "Number2",
                     "UpdatedDate",
                     "CreatedDate",
                     "Description",
                     "NoMailing",
                     "Kananame",
                     "Xstop",
                     "ActiveInterests",
                     "GroupId",
                     "ActiveStatusMonitorId",
                     "Deleted",
                     "DbiAgentId",
                     "DbiLastSyncronized",
                     "DbiKey",
                     "DbiLastModified",
                     "Source",
                     "ActiveErpLinks",
                     "BounceEmails",
                     "Domains"});
        m.append({QStringLiteral("Emails"), Kind::CarrierArray, Type::EntityElement});
        m.append({QStringLiteral("Urls"), Kind::CarrierArray, Type::EntityElement});
        m.append({QStringLiteral("Phones"), Kind::CarrierArray, Type::EntityElement});
        m.append({QStringLiteral("Faxes"), Kind::CarrierArray, Type::EntityElement});
        m.append({QStringLiteral("Interests"), Kind::CarrierArray, Type::SelectableMDOListItem});
        m.append({QStringLiteral("Persons"), Kind::CarrierArray, Type::Person});
        m.append({QStringLiteral("SupportPerson"), Kind::Carrier, Type::Person});
        for (const char *a : {"UpdatedBy", "CreatedBy", "Associate", "SupportAssociate"})
            m.append({QString::fromLatin1(a), Kind::Carrier, Type::Associate});
        for (const char *r : {"Business", "Category", "TicketPriority", "CustomerLanguage"})
            m.append({QString::fromLatin1(r), Kind::Carrier, Type::ListReference});
        m.append({QStringLiteral("Country"), Kind::Carrier, Type::Country});
        m.append({QStringLiteral("Address"), Kind::Carrier, Type::Address});
        m.append({QStringLiteral("UtmParameters"), Kind::Carrier, Type::SavedUtmParameters});
        m.append({QStringLiteral("InitialUtmParameters"), Kind::Carrier, Type::SavedUtmParameters});
        for (const char *d : {"UserDefinedFields", "ExtraFields", "CustomFields"})
            m.append({QString::fromLatin1(d), Kind::Dictionary, Type::None});
        break;
    case Type::PersonEntity:
        m = scalars({"PersonId",     "Firstname",        "MiddleName",         "Lastname",
                     "Mrmrs",        "Title",            "UpdatedDate",        "CreatedDate",
                     "BirthDate",    "Description",      "IsAssociate",        "PersonNumber",
                     "FullName",     "NoMailing",        "UsePersonAddress",   "Retired",
                     "FormalName",   "Post3",            "Post2",              "Post1",
                     "Kanalname",    "Kanafname",        "Salutation",         "ActiveInterests",
                     "DbiAgentId",   "DbiKey",           "DbiLastModified",    "DbiLastSyncronized",
                     "SentInfo",     "ShowContactTickets", "Source",           "ActiveErpLinks",
                     "BounceEmails", "ActiveStatusMonitorId"});
        for (const char *e : {"Emails", "PrivatePhones", "Faxes", "MobilePhones", "OfficePhones",
                              "OtherPhones", "Urls", "ChatEmails", "InternetPhones"})
            m.append({QString::fromLatin1(e), Kind::CarrierArray, Type::EntityElement});
        m.append({QStringLiteral("Interests"), Kind::CarrierArray, Type::SelectableMDOListItem});
        for (const char *a : {"UpdatedBy", "CreatedBy", "Associate", "SupportAssociate",
                              "CorrespondingAssociate"})
            m.append({QString::fromLatin1(a), Kind::Carrier, Type::Associate});
        for (const char *r : {"Position", "Business", "Category", "TicketPriority",
                              "CustomerLanguage"})
            m.append({QString::fromLatin1(r), Kind::Carrier, Type::ListReference});
        m.append({QStringLiteral("Contact"), Kind::Carrier, Type::Contact});
        m.append({QStringLiteral("Country"), Kind::Carrier, Type::Country});
        m.append({QStringLiteral("Address"), Kind::Carrier, Type::Address});
        for (const char *d : {"UserDefinedFields", "ExtraFields", "CustomFields"})
            m.append({QString::fromLatin1(d), Kind::Dictionary, Type::None});
        break;
    case Type::EntityElement:
        m = scalars({"Value", "StrippedValue", "Description"});
        break;
    case Type::MDOListItem:
    case Type::SelectableMDOListItem:
        m = scalars({"Id", "Name", "ToolTip", "Deleted", "Rank", "Type", "ColorBlock", "IconHint",
                     "Selected", "LastChanged", "ExtraInfo", "StyleHint", "Hidden", "FullName"});
        m.append({QStringLiteral("ChildItems"), Kind::CarrierArray, type});
        break;
    case Type::Person:
        m = scalars({"Position",
                     "PersonId",
                     "Mrmrs",
                     "Firstname",
                     "Lastname",
                     "MiddleName",
                     "Title",
                     "Description",
                     "Email",
                     "FullName",
                     "DirectPhone",
                     "FormalName",
                     "CountryId",
                     "ContactId",
                     "ContactName",
                     "Retired",
                     "Rank",
                     "ActiveInterests",
                     "ContactDepartment",
                     "ContactCountryId",
                     "ContactOrgNr",
                     "FaxPhone",
                     "MobilePhone",
                     "ContactPhone",
                     "AssociateName",
                     "AssociateId",
                     "UsePersonAddress",
                     "ContactFax",
                     "Kanafname",
                     "Kanalname",
                     "Post1",
                     "Post2",
                     "Post3",
                     "EmailName",
                     "ContactFullName",
                     "ActiveErpLinks",
                     "TicketPriorityId",
                     "SupportLanguageId",
                     "SupportAssociateId",
                     "CategoryName",
                     "PersonNumber"});
        break;
    case Type::Associate:
        m = scalars({"AssociateId", "Name", "PersonId", "Rank", "Tooltip", "Type", "GroupIdx",
                     "FullName", "FormalName", "Deleted", "EjUserId", "UserName"});
        break;
    case Type::ListReference:
        m = scalars({"Id", "Value", "Tooltip"});
        break;
    case Type::Country:
        m = scalars({"CountryId", "Name", "CurrencyId", "EnglishName", "TwoLetterISOCountry",
                     "ThreeLetterISOCountry", "ImageDescription", "OrgNrText", "InterAreaPrefix",
                     "DialInPrefix", "ZipPrefix", "DomainName", "AddressLayoutId",
                     "DomesticAddressLayoutId", "ForeignAddressLayoutId", "Rank", "Tooltip",
                     "Deleted"});
        break;
    case Type::Address:
        m = scalars({"Wgs84Latitude", "Wgs84Longitude", "Formatted"});
        m.append({QStringLiteral("LocalizedAddress"), Kind::CarrierMatrix, Type::LocalizedField});
        m.append({QStringLiteral("Street"), Kind::Carrier, Type::StructuredAddress});
        m.append({QStringLiteral("Postal"), Kind::Carrier, Type::StructuredAddress});
        break;
    case Type::StructuredAddress:
        m = scalars({"AtypeIdx", "Address1", "Address2", "Address3", "City", "County", "State",
                     "Zipcode", "Formatted"});
        break;
    case Type::LocalizedField:
        m = scalars({"Name", "Value", "Tooltip", "Label", "ValueLength", "AddressType"});
        break;
    case Type::SavedUtmParameters:
        m = scalars({"Campaign", "Content", "Medium", "Source", "Term", "ReferrerDomain",
                     "FirsttouchCampaign", "FirsttouchContent", "FirsttouchMedium",
                     "FirsttouchReferrerDomain", "FirsttouchSource", "FirsttouchTerm", "FormName"});
        break;
    case Type::TableRight:
        return scalars({"Mask", "Reason"});
    case Type::FieldProperty:
        m = scalars({"FieldType", "FieldLength"});
        m.append({QStringLiteral("FieldRight"), Kind::Carrier, Type::FieldRight});
        return m;
    case Type::FieldRight:
        return scalars({"Mask", "Reason"});
    case Type::PreviewContact:
        m = scalars({"ContactId", "Name", "Department", "CountryId", "Number2", "DirectPhone",
                     "URL", "EmailAddress", "BusinessName", "CategoryName", "AssociateFullName"});
        m.append({QStringLiteral("Address"), Kind::Carrier, Type::Address});
        break;
    case Type::DuplicateEntry:
        m = scalars(
            {"RuleName", "SoPrimaryKey", "EntryName", "EntryIdentifier", "RuleDisplayName"});
        break;
    case Type::Contact:
        m = scalars({"ContactId",        "AssociateId",   "CountryId",
                     "ActiveErpLinks",   "Name",          "OrgNr",
                     "Department",       "URL",           "City",
                     "DirectPhone",      "EmailAddress",  "Kananame",
                     "EmailAddressName", "URLName",       "AssociateFullName",
                     "BusinessName",     "CategoryName",  "CountryName",
                     "FormattedAddress", "FullName",      "Number1",
                     "Number2",          "IsOwnerContact"});
        m.append({QStringLiteral("Address"), Kind::Carrier, Type::Address});
        break;
    case Type::SoPrincipal:
        return scalars({"UserType",        "Associate",
                        "AssociateId",     "PersonId",
                        "CountryId",       "HomeCountryId",
                        "ContactId",       "GroupId",
                        "BusinessId",      "CategoryId",
                        "ContactOwner",    "RoleId",
                        "IsPerson",        "RoleName",
                        "RoleDescription", "RoleType",
                        "Licenses",        "FullName",
                        "EMailAddress",    "FunctionRights",
                        "EjUserId",        "EjAccessLevel",
                        "EjUserStatus",    "ProvidedCredentials",
                        "SecondaryGroups", "DatabaseContextIdentifier",
                        "UserName"});
    case Type::ErrorBody:
        return scalars({"Error", "ErrorType", "ErrorMessage", "ErrorSource"});
    }
    addRights(m);
    return m;
}

} // namespace

CarrierSchema::CarrierSchema(Type type, QList<Member> members)
    : m_type(type)
    , m_members(std::move(members))
{
    for (int i = 0; i < m_members.size(); ++i) {
        m_exact.insert(m_members[i].name, i);
        m_folded.insert(m_members[i].name.toCaseFolded(), i);
    }
}

const CarrierSchema &CarrierSchema::of(Type type)
{
    // Held by value: the process ends with nothing left allocated (LeakSanitizer).
    static const std::vector<CarrierSchema> schemas = [] {
        std::vector<CarrierSchema> all;
        for (int t = int(Type::None); t <= int(Type::ErrorBody); ++t)
            all.push_back(CarrierSchema(Type(t), membersOf(Type(t))));
        return all;
    }();
    return schemas.at(size_t(type));
}

QStringList CarrierSchema::memberNames() const
{
    QStringList names;
    names.reserve(m_members.size());
    for (const Member &m : m_members)
        names.append(m.name);
    return names;
}

const Member *CarrierSchema::member(const QString &name) const
{
    auto it = m_exact.constFind(name);
    if (it == m_exact.constEnd()) {
        it = m_folded.constFind(name.toCaseFolded());
        if (it == m_folded.constEnd())
            return nullptr;
    }
    return &m_members[*it];
}

bool CarrierSchema::normalize(QJsonObject &object) const
{
    if (m_members.isEmpty())
        return false;
    // Fast path, the common case of a server answer: every key already has its canonical
    // spelling. Counting canonical keys with contains() allocates nothing, unlike walking the
    // keys (each key() builds a QString).
    qsizetype canonical = 0;
    for (const Member &m : m_members)
        canonical += object.contains(m.name);
    if (canonical == object.size()) {
        QList<std::pair<const Member *, QJsonValue>> replaced;
        for (const Member &m : m_members) {
            if (m.kind == Kind::Scalar || m.kind == Kind::Dictionary)
                continue;
            const auto it = object.constFind(m.name);
            if (it == object.constEnd())
                continue;
            QJsonValue value = *it;
            if (normalizeValue(value, m))
                replaced.append({&m, value});
        }
        for (const auto &[m, value] : replaced)
            object.insert(m->name, value);
        return !replaced.isEmpty();
    }
    // Collect renames and nested changes first: editing while iterating would detach per step.
    QList<std::pair<QString, QString>> renames;
    QList<std::pair<QString, QJsonValue>> replaced;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const Member *m = member(key);
        if (!m)
            continue;
        QJsonValue value = it.value();
        const bool nestedChanged = normalizeValue(value, *m);
        if (m->name != key) {
            // When both spellings are present keep the canonical one and the other verbatim.
            if (object.contains(m->name))
                continue;
            renames.append({key, m->name});
        }
        if (nestedChanged)
            replaced.append({m->name == key ? key : m->name, value});
    }
    if (renames.isEmpty() && replaced.isEmpty())
        return false;
    for (const auto &[from, to] : renames)
        object.insert(to, object.take(from));
    for (const auto &[key, value] : replaced)
        object.insert(key, value);
    return true;
}

bool CarrierSchema::normalizeValue(QJsonValue &value, const Member &member)
{
    switch (member.kind) {
    case Kind::Scalar:
    case Kind::Dictionary:
        return false;
    case Kind::Carrier: {
        if (!value.isObject())
            return false;
        QJsonObject o = value.toObject();
        if (!of(member.nested).normalize(o))
            return false;
        value = o;
        return true;
    }
    case Kind::CarrierArray:
    case Kind::CarrierMatrix: {
        if (!value.isArray())
            return false;
        QJsonArray array = value.toArray();
        const Member inner{member.name,
                           member.kind == Kind::CarrierMatrix ? Kind::CarrierArray : Kind::Carrier,
                           member.nested};
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue element = array.at(i);
            if (normalizeValue(element, inner)) {
                array.replace(i, element);
                changed = true;
            }
        }
        if (changed)
            value = array;
        return changed;
    }
    case Kind::FieldProperties: {
        if (!value.isObject())
            return false;
        // Keys are field names (data), only the values are carriers.
        QJsonObject dict = value.toObject();
        QList<std::pair<QString, QJsonObject>> replaced;
        const CarrierSchema &property = of(Type::FieldProperty);
        for (auto it = dict.constBegin(); it != dict.constEnd(); ++it) {
            const QJsonValue v = *it;
            if (!v.isObject())
                continue;
            QJsonObject o = v.toObject();
            if (property.normalize(o))
                replaced.append({it.key(), o});
        }
        for (const auto &[key, o] : replaced)
            dict.insert(key, o);
        const bool changed = !replaced.isEmpty();
        if (changed)
            value = dict;
        return changed;
    }
    }
    return false;
}
