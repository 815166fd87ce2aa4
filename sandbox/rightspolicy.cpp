#include "rightspolicy.h"

#include "addresslayout.h"
#include "customfieldcatalog.h"
#include "fieldproperty.h"
#include "rightmask.h"
#include "sandboxtexts.h"

#include <QJsonArray>

#include <functional>

using Role = SandboxUser::Role;

namespace {

struct Spec
{
    const char *key;
    const char *type;
    int length;
};

// The entity members with FieldProperties, with the storage lengths of the real schema.
const QList<Spec> &entitySpecs()
{
    static const QList<Spec> specs = {
        {"ContactId", "System.Int32", 4},
        {"Name", "System.String", 219},
        {"Department", "System.String", 219},
        {"OrgNr", "System.String", 21},
        {"Number1", "System.String", 35},
        {"Number2", "System.String", 35},
        {"Kananame", "System.String", 219},
        {"Description", "System.String", 2047},
        {"UpdatedDate", "System.DateTime", 16},
        {"CreatedDate", "System.DateTime", 16},
        {"UpdatedBy", "SuperOffice.CRM.Services.Associate", 4},
        {"CreatedBy", "SuperOffice.CRM.Services.Associate", 4},
        {"Associate", "SuperOffice.CRM.Services.Associate", 4},
        {"SupportAssociate", "SuperOffice.CRM.Services.Associate", 4},
        {"Business", "SuperOffice.CRM.Services.Business", 4},
        {"Category", "SuperOffice.CRM.Services.Category", 4},
        {"Country", "SuperOffice.CRM.Services.Country", 4},
        {"TicketPriority", "SuperOffice.CRM.Services.TicketPriority", 4},
        {"CustomerLanguage", "SuperOffice.CRM.Services.CustomerLanguage", 4},
        {"Emails", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"Urls", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"Phones", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"Faxes", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"Interests", "SuperOffice.CRM.Services.SelectableMDOListItem[]", 0},
        {"Persons", "SuperOffice.CRM.Services.Person[]", 0},
        {"NoMailing", "System.Boolean", 2},
        {"Xstop", "System.Boolean", 2},
        {"Address", "SuperOffice.CRM.Services.Address", 0},
        {"Domains", "System.String[]", 0},
        {"Deleted", "System.Int16", 2},
    };
    return specs;
}

// Set by the server on every save; a client's value is ignored rather than refused.
bool isServerOwned(const QString &key)
{
    static const QStringList owned = {QStringLiteral("ContactId"), QStringLiteral("UpdatedDate"),
                                      QStringLiteral("CreatedDate"), QStringLiteral("UpdatedBy"),
                                      QStringLiteral("CreatedBy")};
    return owned.contains(key);
}

const QList<Spec> &elementSpecs()
{
    static const QList<Spec> specs = {{"Value", "System.String", 254},
                                      {"StrippedValue", "System.String", 254},
                                      {"Description", "System.String", 99}};
    return specs;
}

// Key casing as the real server writes Person keys: not always the member's casing.
const QList<Spec> &personSpecs()
{
    static const QList<Spec> specs = {
        {"PersonId", "System.Int32", 4},       {"FirstName", "System.String", 50},
        {"MiddleName", "System.String", 50},   {"LastName", "System.String", 50},
        {"MrMrs", "System.String", 20},        {"Title", "System.String", 50},
        {"Position", "System.String", 50},     {"Email", "System.String", 254},
        {"DirectPhone", "System.String", 254}, {"MobilePhone", "System.String", 254},
        {"Description", "System.String", 2047}};
    return specs;
}

// The PersonEntity members with FieldProperties, with the lengths of a real server's answer
// (tests/data/person-real.json).
const QList<Spec> &personEntitySpecs()
{
    static const QList<Spec> specs = {
        {"PersonId", "System.Int32", 4},
        {"Firstname", "System.String", 99},
        {"MiddleName", "System.String", 99},
        {"Lastname", "System.String", 99},
        {"Mrmrs", "System.String", 239},
        {"Title", "System.String", 239},
        {"UpdatedDate", "System.DateTime", 16},
        {"CreatedDate", "System.DateTime", 16},
        {"PersonNumber", "System.String", 49},
        {"Post3", "System.String", 99},
        {"Post2", "System.String", 99},
        {"Post1", "System.String", 99},
        {"Kanalname", "System.String", 99},
        {"Kanafname", "System.String", 99},
        {"Salutation", "System.String", 239},
        {"BirthDate", "System.DateTime", 2},
        {"CreatedBy", "SuperOffice.CRM.Services.Associate", 4},
        {"UpdatedBy", "SuperOffice.CRM.Services.Associate", 4},
        {"Description", "System.String", 4000},
        {"IsAssociate", "System.Boolean", 4},
        {"Position", "SuperOffice.CRM.Services.Position", 4},
        {"Contact", "SuperOffice.CRM.Services.Contact", 4},
        {"Country", "SuperOffice.CRM.Services.Country", 4},
        {"Interests", "", 0},
        {"FullName", "", 99},
        {"NoMailing", "System.Boolean", 2},
        {"UsePersonAddress", "System.Boolean", 2},
        {"Retired", "System.Boolean", 2},
        {"FormalName", "", 99},
        {"Address.Zipcode", "System.String", 12},
        {"Address.City", "System.String", 80},
        {"Address.State", "System.String", 5},
        {"Address.County", "System.String", 29},
        {"Address.Address1", "System.String", 80},
        {"Address.Address2", "System.String", 80},
        {"Address.Address3", "System.String", 80},
        {"Address", "", 0},
        {"CorrespondingAssociate", "SuperOffice.CRM.Services.Associate", 0},
        {"Category", "SuperOffice.CRM.Services.Category", 4},
        {"Business", "SuperOffice.CRM.Services.Business", 4},
        {"Associate", "SuperOffice.CRM.Services.Associate", 4},
        {"UserDefinedFields.SuperOffice:1", "ShortText", 20},
        {"CustomFields.SuperOffice:1", "ShortText", 20},
        {"UserDefinedFields.SuperOffice:2", "LongText", 40},
        {"CustomFields.SuperOffice:2", "LongText", 40},
        {"CustomFields.x_person_integer", "Integer", -1},
        {"Emails", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"PrivatePhones", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"Faxes", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"MobilePhones", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"OfficePhones", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"OtherPhones", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"Urls", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"ChatEmails", "SuperOffice.CRM.Services.EntityElement[]", 0},
        {"InternetPhones", "SuperOffice.CRM.Services.EntityElement[]", 0},
    };
    return specs;
}

const QStringList &personElementLists()
{
    static const QStringList lists = {
        QStringLiteral("Emails"),        QStringLiteral("PrivatePhones"),
        QStringLiteral("Faxes"),         QStringLiteral("MobilePhones"),
        QStringLiteral("OfficePhones"),  QStringLiteral("OtherPhones"),
        QStringLiteral("Urls"),          QStringLiteral("ChatEmails"),
        QStringLiteral("InternetPhones")};
    return lists;
}

bool isPersonServerOwned(const QString &key)
{
    static const QStringList owned = {QStringLiteral("PersonId"),    QStringLiteral("UpdatedDate"),
                                      QStringLiteral("CreatedDate"), QStringLiteral("UpdatedBy"),
                                      QStringLiteral("CreatedBy"),   QStringLiteral("FullName"),
                                      QStringLiteral("FormalName"),  QStringLiteral("IsAssociate")};
    return owned.contains(key);
}

QJsonObject property(const Spec &spec, int mask, const QString &reason)
{
    FieldProperty p;
    p.setMask(mask);
    p.setReason(reason);
    p.setFieldType(QString::fromLatin1(spec.type));
    p.setFieldLength(spec.length);
    return p.toJson();
}

struct Right
{
    int mask;
    QString reason;
};

Right entityRight(Role role, const QString &key)
{
    using namespace RightMask;
    const int update = FieldUpdate;
    if (role == Role::Viewer)
        return {FieldRead, QString()};
    if (key == QLatin1String("Name"))
        return {update | FieldUIHintMandatory, QStringLiteral("[SR_MANDATORY_FIELD_1281]")};
    if (role != Role::Restricted)
        return {update, QString()};
    if (key == QLatin1String("Category"))
        return {update | FieldUIHintMandatory, QStringLiteral("[SR_MANDATORY_FIELD_1283]")};
    if (key == QLatin1String("Business"))
        return {update | FieldUIHintMandatory, QStringLiteral("[SR_MANDATORY_FIELD_1285]")};
    if (key == QLatin1String("Number1") || key == QLatin1String("Number2"))
        return {FieldNone, QStringLiteral("[SR_RIGHTS_HIDDEN_ROLE]")};
    if (key == QLatin1String("OrgNr"))
        return {FieldRead | FieldUIHintReadOnly, QStringLiteral("[SR_RIGHTS_ORGNR_ERP]")};
    if (key == QLatin1String("Department"))
        return {update | FieldUIHintReadOnly, QStringLiteral("[SR_RIGHTS_DEPARTMENT_LOCKED]")};
    return {update, QString()};
}

// As real servers announce them, plus the restricted role's own rules.
Right personRight(Role role, const QString &key)
{
    using namespace RightMask;
    static const QString onCompany = QStringLiteral("[SR_ACCESS_PERSONONCOMPANY]");
    static const QString mandatory = QStringLiteral("[SR_ACCESS_MANDATORY]");
    if (key == QLatin1String("Category") || key == QLatin1String("Business") ||
        key == QLatin1String("Associate"))
        return {FieldRead, onCompany};
    if (key == QLatin1String("CorrespondingAssociate"))
        return {FieldNone, QString()};
    if (key.startsWith(QLatin1String("CustomFields.x_")))
        return {role == Role::Viewer ? int(FieldRead | FieldNullable)
                                     : int(FieldUpdate | FieldNullable),
                QString()};
    if (role == Role::Viewer)
        return {FieldRead, QString()};
    if (key == QLatin1String("Contact"))
        return {FieldUpdate | FieldUIHintMandatory, mandatory};
    if (role != Role::Restricted)
        return {FieldUpdate, QString()};
    if (key == QLatin1String("Firstname"))
        return {FieldUpdate | FieldUIHintMandatory, mandatory};
    if (key == QLatin1String("Title"))
        return {FieldRead | FieldUIHintReadOnly, QStringLiteral("[SR_RIGHTS_TITLE_LOCKED]")};
    if (key == QLatin1String("PersonNumber"))
        return {FieldNone, QStringLiteral("[SR_RIGHTS_HIDDEN_ROLE]")};
    // The tenant's person field the restricted role must fill (CustomFieldCatalog, Person).
    if (key == QLatin1String("UserDefinedFields.SuperOffice:1") ||
        key == QLatin1String("CustomFields.SuperOffice:1"))
        return {FieldUpdate | FieldUIHintMandatory, mandatory};
    return {FieldUpdate, QString()};
}

int nestedMask(Role role)
{
    return role == Role::Viewer ? RightMask::FieldRead : RightMask::FieldUpdate;
}

bool isHidden(int mask)
{
    return !(mask & RightMask::FieldRead);
}

bool isReadOnly(int mask)
{
    return !(mask & RightMask::FieldWrite) || (mask & RightMask::FieldUIHintReadOnly);
}

// The value a key names: "UserDefinedFields.SuperOffice:1" reads inside the dictionary.
QJsonValue valueOf(const QJsonObject &entity, const QString &key, bool *present = nullptr)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QJsonValue dict = entity.value(key.left(dot));
        const QString inner = key.mid(dot + 1);
        if (present)
            *present = dict.isObject() && dict.toObject().contains(inner);
        return dict.toObject().value(inner);
    }
    if (present)
        *present = entity.contains(key);
    return entity.value(key);
}

// Comparison as the user sees a member: list references by id, null as empty.
QJsonValue comparable(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *id : {"Id", "CountryId", "AssociateId", "ContactId"}) {
            if (o.contains(QLatin1String(id)))
                return o.value(QLatin1String(id)).toInt();
        }
    }
    return v;
}

bool isBlank(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isObject()) {
        const QJsonValue c = comparable(v);
        return c.isDouble() && c.toInt() == 0;
    }
    return false;
}

} // namespace

RightsPolicy::RightsPolicy(const SandboxTexts &texts)
    : m_texts(texts)
{}

QJsonObject RightsPolicy::tableRight(const SandboxUser &user) const
{
    if (user.role == Role::Viewer)
        return {{QStringLiteral("Mask"), RightMask::tableMaskText(RightMask::TableSelect)},
                {QStringLiteral("Reason"), QStringLiteral("[SR_RIGHTS_READONLY_ROLE]")}};
    return {{QStringLiteral("Mask"), RightMask::tableMaskText(RightMask::TableFull)},
            {QStringLiteral("Reason"), QString()}};
}

bool RightsPolicy::canSave(const SandboxUser &user, bool isNew) const
{
    const int mask = RightMask::parseTableMask(tableRight(user).value(QLatin1String("Mask")));
    return (mask & (isNew ? RightMask::TableInsert : RightMask::TableUpdate)) != 0;
}

QJsonObject RightsPolicy::entityFieldProperties(const SandboxUser &user) const
{
    QJsonObject out;
    for (const Spec &s : entitySpecs()) {
        const Right r = entityRight(user.role, QString::fromLatin1(s.key));
        out.insert(QString::fromLatin1(s.key), property(s, r.mask, r.reason));
    }
    return out;
}

QJsonObject RightsPolicy::elementFieldProperties(const SandboxUser &user) const
{
    QJsonObject out;
    for (const Spec &s : elementSpecs())
        out.insert(QString::fromLatin1(s.key), property(s, nestedMask(user.role), QString()));
    return out;
}

QJsonObject RightsPolicy::personFieldProperties(const SandboxUser &user) const
{
    QJsonObject out;
    for (const Spec &s : personSpecs())
        out.insert(QString::fromLatin1(s.key), property(s, nestedMask(user.role), QString()));
    return out;
}

QJsonObject RightsPolicy::addressFieldProperties(const SandboxUser &user) const
{
    QJsonObject out;
    for (const Spec &s :
         {Spec{"LocalizedAddress", "SuperOffice.CRM.Services.LocalizedField[][]", 0},
          Spec{"Street", "SuperOffice.CRM.Services.StructuredAddress", 0},
          Spec{"Postal", "SuperOffice.CRM.Services.StructuredAddress", 0},
          Spec{"Formatted", "System.String", 0}}) {
        const bool formatted = qstrcmp(s.key, "Formatted") == 0;
        out.insert(
            QString::fromLatin1(s.key),
            property(s, formatted ? int(RightMask::FieldRead) : nestedMask(user.role), QString()));
    }
    return out;
}

QStringList RightsPolicy::hiddenMembers(const SandboxUser &user) const
{
    QStringList out;
    for (const Spec &s : entitySpecs()) {
        const QString key = QString::fromLatin1(s.key);
        if (isHidden(entityRight(user.role, key).mask))
            out.append(key);
    }
    return out;
}

void RightsPolicy::decorate(QJsonObject &entity, const SandboxUser &user) const
{
    const QJsonObject table = tableRight(user);
    const QJsonObject fields = entityFieldProperties(user);
    entity.insert(QStringLiteral("TableRight"), table);
    entity.insert(QStringLiteral("FieldProperties"), fields);

    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldProperty p = FieldProperty::fromJson(*it);
        if (!isHidden(p.mask()) || it.key().contains(QLatin1Char('.')))
            continue;
        if (entity.value(it.key()).isString())
            entity.insert(it.key(), QString());
    }

    const QJsonObject elementFields = elementFieldProperties(user);
    for (const char *list : {"Emails", "Urls", "Phones", "Faxes"}) {
        const QString key = QString::fromLatin1(list);
        QJsonArray elements = entity.value(key).toArray();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            QJsonObject e = elements.at(i).toObject();
            e.insert(QStringLiteral("TableRight"), table);
            e.insert(QStringLiteral("FieldProperties"), elementFields);
            elements.replace(i, e);
        }
        if (entity.contains(key))
            entity.insert(key, elements);
    }

    const QJsonObject personFields = personFieldProperties(user);
    QJsonArray persons = entity.value(QLatin1String("Persons")).toArray();
    for (qsizetype i = 0; i < persons.size(); ++i) {
        QJsonObject p = persons.at(i).toObject();
        p.insert(QStringLiteral("TableRight"), table);
        p.insert(QStringLiteral("FieldProperties"), personFields);
        persons.replace(i, p);
    }
    if (entity.contains(QLatin1String("Persons")))
        entity.insert(QStringLiteral("Persons"), persons);

    if (entity.value(QLatin1String("Address")).isObject()) {
        QJsonObject address = entity.value(QLatin1String("Address")).toObject();
        address.insert(QStringLiteral("TableRight"), table);
        address.insert(QStringLiteral("FieldProperties"), addressFieldProperties(user));
        entity.insert(QStringLiteral("Address"), address);
    }
}

namespace {

using Violation = RightsPolicy::Violation;

// The member rules shared by companies and persons: hidden and read-only members unchanged,
// mandatory ones filled, strings within their length.
void checkMembers(const SandboxTexts &texts, const QList<Spec> &specs,
                  const std::function<Right(const QString &)> &rightFor,
                  const std::function<bool(const QString &)> &serverOwned,
                  const QJsonObject &before, const QJsonObject &incoming, const QJsonObject &merged,
                  const QString &language, QList<Violation> &out)
{
    const SandboxTexts &m_texts = texts;
    auto reasonText = [&](const QString &reason) {
        return m_texts.resource(reason, language.isEmpty() ? QStringLiteral("en") : language);
    };
    for (const Spec &s : specs) {
        const QString key = QString::fromLatin1(s.key);
        const Right r = rightFor(key);
        bool sent = false;
        const QJsonValue sentValue = valueOf(incoming, key, &sent);
        const QJsonValue beforeValue = valueOf(before, key);
        const QJsonValue mergedValue = valueOf(merged, key);
        if (sent && !serverOwned(key)) {
            const bool changed = comparable(sentValue) != comparable(beforeValue);
            if (isHidden(r.mask)) {
                // The client saw a blank: sending that blank back is not a change.
                if (changed && !isBlank(sentValue))
                    out.append({key, m_texts.message(QStringLiteral("SR_ERROR_HIDDEN"), language)
                                         .arg(key, reasonText(r.reason))});
                continue;
            }
            if (isReadOnly(r.mask) && changed) {
                out.append({key, m_texts.message(QStringLiteral("SR_ERROR_READONLY"), language)
                                     .arg(key, reasonText(r.reason))});
                continue;
            }
        }
        // A custom field is named once, by its CustomFields key: UserDefinedFields holds the same.
        if ((r.mask & RightMask::FieldUIHintMandatory) && isBlank(mergedValue) &&
            !key.startsWith(QLatin1String("UserDefinedFields.")))
            out.append({key, m_texts.message(QStringLiteral("SR_ERROR_MANDATORY"), language)
                                 .arg(key, reasonText(r.reason))});
        if (qstrcmp(s.type, "System.String") == 0 && s.length > 0 &&
            mergedValue.toString().size() > s.length)
            out.append({key, m_texts.message(QStringLiteral("SR_ERROR_TOO_LONG"), language)
                                 .arg(key)
                                 .arg(s.length)});
    }
}

void checkElementLengths(const SandboxTexts &m_texts, const QJsonObject &merged,
                         const QStringList &lists, const QString &language, QList<Violation> &out)
{
    for (const QString &list : lists) {
        const QJsonArray elements = merged.value(list).toArray();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const QJsonObject element = elements.at(i).toObject();
            for (const Spec &s : elementSpecs()) {
                const QString member = QString::fromLatin1(s.key);
                if (element.value(member).toString().size() <= s.length)
                    continue;
                const QString field = QStringLiteral("%1[%2].%3").arg(list).arg(i).arg(member);
                out.append({field, m_texts.message(QStringLiteral("SR_ERROR_TOO_LONG"), language)
                                       .arg(field)
                                       .arg(s.length)});
            }
        }
    }
}

} // namespace

QList<RightsPolicy::Violation>
RightsPolicy::check(const SandboxUser &user, const QJsonObject &before, const QJsonObject &incoming,
                    const QJsonObject &merged, const QString &language) const
{
    QList<Violation> out;
    checkMembers(
        m_texts, entitySpecs(), [&user](const QString &key) { return entityRight(user.role, key); },
        isServerOwned, before, incoming, merged, language, out);
    // The tenant's mandatory company fields, as the catalog reads them in any bucket.
    if (m_customFields) {
        for (const QString &key : m_customFields->blankMandatory(merged, user)) {
            const QString field = QStringLiteral("CustomFields.") + key;
            out.append(
                {field, m_texts.message(QStringLiteral("SR_ERROR_MANDATORY"), language)
                            .arg(field, m_texts.resource(QStringLiteral("[SR_ACCESS_MANDATORY]"),
                                                         language.isEmpty() ? QStringLiteral("en")
                                                                            : language))});
        }
    }
    // Persons are display data built from the person records; a save does not write them.
    checkElementLengths(m_texts, merged,
                        {QStringLiteral("Emails"), QStringLiteral("Urls"), QStringLiteral("Phones"),
                         QStringLiteral("Faxes")},
                        language, out);

    const AddressLayout::Values address =
        AddressLayout::values(merged.value(QLatin1String("Address")).toObject());
    for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
        const int max = AddressLayout::maxLength(it.key());
        if (it.value().size() > max) {
            const QString field = QStringLiteral("Address.") + Address::partName(it.key());
            out.append({field, m_texts.message(QStringLiteral("SR_ERROR_TOO_LONG"), language)
                                   .arg(field)
                                   .arg(max)});
        }
    }
    return out;
}

QJsonObject RightsPolicy::personTableRight(const SandboxUser &user) const
{
    // Spelled out as real servers spell a person's table right, not "FULL".
    if (user.role == Role::Viewer)
        return {{QStringLiteral("Mask"), QStringLiteral("Select")},
                {QStringLiteral("Reason"), QStringLiteral("[SR_RIGHTS_READONLY_ROLE_PERSON]")}};
    return {{QStringLiteral("Mask"), QStringLiteral("Select, Update, Insert, Delete")},
            {QStringLiteral("Reason"), QString()}};
}

bool RightsPolicy::canSavePerson(const SandboxUser &user, bool isNew) const
{
    const int mask = RightMask::parseTableMask(personTableRight(user).value(QLatin1String("Mask")));
    return (mask & (isNew ? RightMask::TableInsert : RightMask::TableUpdate)) != 0;
}

bool RightsPolicy::canDeletePerson(const SandboxUser &user) const
{
    const int mask = RightMask::parseTableMask(personTableRight(user).value(QLatin1String("Mask")));
    return (mask & RightMask::TableDelete) != 0;
}

QJsonObject RightsPolicy::personEntityFieldProperties(const SandboxUser &user) const
{
    QJsonObject out;
    for (const Spec &s : personEntitySpecs()) {
        const Right r = personRight(user.role, QString::fromLatin1(s.key));
        QJsonObject p = property(s, r.mask, r.reason);
        if (r.mask & RightMask::FieldNullable) {
            // Real servers spell the flag Unused4 on persons' extra fields ("Update, Unused4").
            QJsonObject right = p.value(QLatin1String("FieldRight")).toObject();
            right.insert(QStringLiteral("Mask"),
                         right.value(QLatin1String("Mask"))
                             .toString()
                             .replace(QLatin1String("Nullable"), QLatin1String("Unused4")));
            p.insert(QStringLiteral("FieldRight"), right);
        }
        out.insert(QString::fromLatin1(s.key), p);
    }
    return out;
}

QStringList RightsPolicy::hiddenPersonMembers(const SandboxUser &user) const
{
    QStringList out;
    for (const Spec &s : personEntitySpecs()) {
        const QString key = QString::fromLatin1(s.key);
        if (!key.contains(QLatin1Char('.')) && isHidden(personRight(user.role, key).mask))
            out.append(key);
    }
    return out;
}

void RightsPolicy::decoratePerson(QJsonObject &person, const SandboxUser &user) const
{
    const QJsonObject table = personTableRight(user);
    const QJsonObject fields = personEntityFieldProperties(user);
    person.insert(QStringLiteral("TableRight"), table);
    person.insert(QStringLiteral("FieldProperties"), fields);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldProperty p = FieldProperty::fromJson(*it);
        if (!isHidden(p.mask()) || it.key().contains(QLatin1Char('.')))
            continue;
        if (person.value(it.key()).isString())
            person.insert(it.key(), QString());
    }
    const QJsonObject elementFields = elementFieldProperties(user);
    for (const QString &list : personElementLists()) {
        if (!person.value(list).isArray())
            continue;
        QJsonArray elements = person.value(list).toArray();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            QJsonObject e = elements.at(i).toObject();
            e.insert(QStringLiteral("TableRight"), table);
            e.insert(QStringLiteral("FieldProperties"), elementFields);
            elements.replace(i, e);
        }
        person.insert(list, elements);
    }
    if (person.value(QLatin1String("Address")).isObject()) {
        QJsonObject address = person.value(QLatin1String("Address")).toObject();
        QJsonObject addressFields;
        // Lower case inside the Address carrier, as real servers write them.
        for (const QString &part : AddressLayout::personParts())
            addressFields.insert(
                part.toLower(),
                property(Spec{"", "System.String", AddressLayout::personMaxLength(part)},
                         nestedMask(user.role), QString()));
        address.insert(QStringLiteral("TableRight"), table);
        address.insert(QStringLiteral("FieldProperties"), addressFields);
        person.insert(QStringLiteral("Address"), address);
    }
}

QList<RightsPolicy::Violation> RightsPolicy::checkPerson(const SandboxUser &user,
                                                         const QJsonObject &before,
                                                         const QJsonObject &incoming,
                                                         const QJsonObject &merged,
                                                         const QString &language) const
{
    QList<Violation> out;
    checkMembers(
        m_texts, personEntitySpecs(),
        [&user](const QString &key) { return personRight(user.role, key); }, isPersonServerOwned,
        before, incoming, merged, language, out);
    checkElementLengths(m_texts, merged, personElementLists(), language, out);
    const AddressLayout::PersonValues address =
        AddressLayout::personValues(merged.value(QLatin1String("Address")).toObject());
    for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
        const int max = AddressLayout::personMaxLength(it.key());
        if (it.value().size() > max) {
            const QString field = QStringLiteral("Address.") + it.key();
            out.append({field, m_texts.message(QStringLiteral("SR_ERROR_TOO_LONG"), language)
                                   .arg(field)
                                   .arg(max)});
        }
    }
    return out;
}
