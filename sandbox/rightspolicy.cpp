#include "rightspolicy.h"

#include "addresslayout.h"
#include "fieldproperty.h"
#include "rightmask.h"
#include "sandboxtexts.h"

#include <QJsonArray>

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
        {"UserDefinedFields.SuperOffice:1", "System.String", -1},
        {"UserDefinedFields.SuperOffice:2", "System.String", -1},
        {"UserDefinedFields.SuperOffice:3", "System.String", -1},
        {"UserDefinedFields.SuperOffice:4", "System.String", -1},
        {"UserDefinedFields.SuperOffice:5", "System.String", -1},
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
        for (const char *id : {"Id", "CountryId", "AssociateId"}) {
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

QList<RightsPolicy::Violation>
RightsPolicy::check(const SandboxUser &user, const QJsonObject &before, const QJsonObject &incoming,
                    const QJsonObject &merged, const QString &language) const
{
    QList<Violation> out;
    auto reasonText = [&](const QString &reason) {
        return m_texts.resource(reason, language.isEmpty() ? QStringLiteral("en") : language);
    };
    for (const Spec &s : entitySpecs()) {
        const QString key = QString::fromLatin1(s.key);
        const Right r = entityRight(user.role, key);
        bool sent = false;
        const QJsonValue sentValue = valueOf(incoming, key, &sent);
        const QJsonValue beforeValue = valueOf(before, key);
        const QJsonValue mergedValue = valueOf(merged, key);
        if (sent && !isServerOwned(key)) {
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
        if ((r.mask & RightMask::FieldUIHintMandatory) && isBlank(mergedValue))
            out.append({key, m_texts.message(QStringLiteral("SR_ERROR_MANDATORY"), language)
                                 .arg(key, reasonText(r.reason))});
        if (qstrcmp(s.type, "System.String") == 0 && s.length > 0 &&
            mergedValue.toString().size() > s.length)
            out.append({key, m_texts.message(QStringLiteral("SR_ERROR_TOO_LONG"), language)
                                 .arg(key)
                                 .arg(s.length)});
    }

    auto checkLengths = [&](const QJsonObject &carrier, const QList<Spec> &specs,
                            const QString &prefix) {
        for (const Spec &s : specs) {
            if (qstrcmp(s.type, "System.String") != 0 || s.length <= 0)
                continue;
            // FieldProperties keys may differ in case from the member ("FirstName"/"Firstname").
            for (auto it = carrier.constBegin(); it != carrier.constEnd(); ++it) {
                if (it.key().compare(QLatin1String(s.key), Qt::CaseInsensitive) == 0 &&
                    it->toString().size() > s.length) {
                    const QString field = prefix + it.key();
                    out.append(
                        {field, m_texts.message(QStringLiteral("SR_ERROR_TOO_LONG"), language)
                                    .arg(field)
                                    .arg(s.length)});
                }
            }
        }
    };
    for (const char *list : {"Emails", "Urls", "Phones", "Faxes"}) {
        const QJsonArray elements = merged.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < elements.size(); ++i)
            checkLengths(elements.at(i).toObject(), elementSpecs(),
                         QStringLiteral("%1[%2].").arg(QLatin1String(list)).arg(i));
    }
    const QJsonArray persons = merged.value(QLatin1String("Persons")).toArray();
    for (qsizetype i = 0; i < persons.size(); ++i)
        checkLengths(persons.at(i).toObject(), personSpecs(),
                     QStringLiteral("Persons[%1].").arg(i));

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
