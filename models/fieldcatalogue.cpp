#include "fieldcatalogue.h"

#include "address.h"
#include "carrier.h"
#include "customfieldmodel.h"
#include "customfieldvalue.h"
#include "entitydate.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

using Kind = FieldDescriptor::Kind;
using Section = FieldDescriptor::Section;

FieldDescriptor plain(const char *member, Kind kind, Section section, const char *label,
                      bool readOnly = false)
{
    FieldDescriptor d;
    d.member = QString::fromLatin1(member);
    d.kind = kind;
    d.section = section;
    d.labelSource = label;
    d.readOnly = readOnly;
    d.rightsKey = d.member;
    return d;
}

FieldDescriptor picker(const char *member, const char *label, const char *list, const char *idKey,
                       bool offersNone)
{
    FieldDescriptor d = plain(member, Kind::Picker, Section::Classification, label);
    d.listName = QString::fromLatin1(list);
    d.idKey = QString::fromLatin1(idKey);
    d.offersNone = offersNone;
    return d;
}

FieldDescriptor list(const char *member, Kind kind, const char *label, const char *entry,
                     Section section = Section::Communication)
{
    FieldDescriptor d = plain(member, kind, section, label);
    d.entryLabelSource = entry;
    return d;
}

} // namespace

QString FieldDescriptor::formLabel() const
{
    return FieldCatalogue::tr(labelSource);
}

QString FieldDescriptor::label() const
{
    return FieldCatalogue::plainLabel(formLabel());
}

QString FieldDescriptor::entryLabel() const
{
    return entryLabelSource ? FieldCatalogue::tr(entryLabelSource) : label();
}

namespace {

const QList<FieldDescriptor> &personFields()
{
    // A person's card as SuperOffice shows it: the name, the company, how to reach them, the
    // address, then what follows. Mnemonics are unique within the person form.
    auto text = [](const char *member, const char *label) {
        return plain(member, Kind::Text, Section::Identity, label);
    };
    auto choice = [](const char *member, const char *label, const char *list) {
        FieldDescriptor d = plain(member, Kind::TextChoice, Section::Identity, label);
        d.listName = QString::fromLatin1(list);
        return d;
    };
    auto phones = [](const char *member, const char *label, const char *entry) {
        return list(member, Kind::ElementList, label, entry);
    };
    static const QList<FieldDescriptor> all = [&] {
        QList<FieldDescriptor> f = {
            choice("Mrmrs", QT_TRANSLATE_NOOP("FieldCatalogue", "M&r/Mrs"), "mrmrs"),
            text("Firstname", QT_TRANSLATE_NOOP("FieldCatalogue", "&First name")),
            text("MiddleName", QT_TRANSLATE_NOOP("FieldCatalogue", "Mi&ddle name")),
            text("Lastname", QT_TRANSLATE_NOOP("FieldCatalogue", "&Last name")),
            text("Title", QT_TRANSLATE_NOOP("FieldCatalogue", "&Title")),
        };
        FieldDescriptor position = picker(
            "Position", QT_TRANSLATE_NOOP("FieldCatalogue", "&Position"), "perspos", "Id", true);
        position.section = Section::Identity;
        f.append(position);
        f.append(
            choice("Salutation", QT_TRANSLATE_NOOP("FieldCatalogue", "&Salutation"), "salutation"));
        f.append(text("PersonNumber", QT_TRANSLATE_NOOP("FieldCatalogue", "Person n&umber")));
        FieldDescriptor company = plain("Contact", Kind::Company, Section::Identity,
                                        QT_TRANSLATE_NOOP("FieldCatalogue", "&Company"));
        company.idKey = QStringLiteral("ContactId");
        f.append(company);
        f.append(plain("BirthDate", Kind::Day, Section::Identity,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "&Birth date")));
        f.append(plain("Retired", Kind::Flag, Section::Identity,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Ret&ired")));
        f.append(picker("Country", QT_TRANSLATE_NOOP("FieldCatalogue", "Countr&y"), "country",
                        "CountryId", false));
        f.append(plain("NoMailing", Kind::Flag, Section::Interests,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "No mailin&gs")));
        f.append(plain("Description", Kind::MultiLineText, Section::Description,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "N&ote")));
        for (const char *info : {"PersonId"})
            f.append(plain(info, Kind::Info, Section::RecordInfo,
                           QT_TRANSLATE_NOOP("FieldCatalogue", "Person ID"), true));
        f.append(plain("CreatedDate", Kind::Date, Section::RecordInfo,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Created"), true));
        f.append(plain("CreatedBy", Kind::Info, Section::RecordInfo,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Created by"), true));
        f.append(plain("UpdatedDate", Kind::Date, Section::RecordInfo,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Updated"), true));
        f.append(plain("UpdatedBy", Kind::Info, Section::RecordInfo,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Updated by"), true));
        f.append(list("Emails", Kind::ElementList,
                      QT_TRANSLATE_NOOP("FieldCatalogue", "E-&mail addresses"),
                      QT_TRANSLATE_NOOP("FieldCatalogue", "E-mail address")));
        f.append(phones("OfficePhones", QT_TRANSLATE_NOOP("FieldCatalogue", "Office p&hones"),
                        QT_TRANSLATE_NOOP("FieldCatalogue", "Office phone")));
        f.append(phones("MobilePhones", QT_TRANSLATE_NOOP("FieldCatalogue", "Mobile pho&nes"),
                        QT_TRANSLATE_NOOP("FieldCatalogue", "Mobile phone")));
        f.append(phones("PrivatePhones", QT_TRANSLATE_NOOP("FieldCatalogue", "Pri&vate phones"),
                        QT_TRANSLATE_NOOP("FieldCatalogue", "Private phone")));
        f.append(phones("OtherPhones", QT_TRANSLATE_NOOP("FieldCatalogue", "Oth&er phones"),
                        QT_TRANSLATE_NOOP("FieldCatalogue", "Other phone")));
        f.append(phones("Faxes", QT_TRANSLATE_NOOP("FieldCatalogue", "Fa&xes"),
                        QT_TRANSLATE_NOOP("FieldCatalogue", "Fax")));
        f.append(phones("Urls", QT_TRANSLATE_NOOP("FieldCatalogue", "&Web addresses"),
                        QT_TRANSLATE_NOOP("FieldCatalogue", "Web address")));
        f.append(plain("UsePersonAddress", Kind::Flag, Section::Address,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Uses its own &address")));
        f.append(plain("Address", Kind::Address, Section::Address,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Address")));
        f.append(list("Interests", Kind::Interests,
                      QT_TRANSLATE_NOOP("FieldCatalogue", "Interests"),
                      QT_TRANSLATE_NOOP("FieldCatalogue", "Interest"), Section::Interests));
        f.append(plain("CustomFields", Kind::CustomFields, Section::CustomFields,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Custom fields")));
        f.append(plain("BounceEmails", Kind::Info, Section::RecordInfo,
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Bouncing e-mail"), true));
        return f;
    }();
    return all;
}

} // namespace

const QList<FieldDescriptor> &FieldCatalogue::fields(EntityKind kind)
{
    if (kind == EntityKind::Person)
        return personFields();
    // The order is review's: the scalar fields as the form shows them, then the lists, the
    // address and what follows. Mnemonics are unique within the form and leave the menus' alone.
    static const QList<FieldDescriptor> all = {
        plain("Name", Kind::Text, Section::Identity, QT_TR_NOOP("&Name")),
        plain("Department", Kind::Text, Section::Identity, QT_TR_NOOP("&Department")),
        plain("OrgNr", Kind::Text, Section::Identity, QT_TR_NOOP("&Org. number")),
        plain("Number1", Kind::Text, Section::Identity, QT_TR_NOOP("Number &1")),
        plain("Number2", Kind::Text, Section::Identity, QT_TR_NOOP("Number &2")),
        plain("Kananame", Kind::Text, Section::Identity, QT_TR_NOOP("&Kana name")),
        picker("Category", QT_TR_NOOP("C&ategory"), "category", "Id", false),
        picker("Business", QT_TR_NOOP("&Business"), "business", "Id", false),
        picker("Country", QT_TR_NOOP("Countr&y"), "country", "CountryId", false),
        picker("Associate", QT_TR_NOOP("O&wner"), "associate", "AssociateId", false),
        picker("SupportAssociate", QT_TR_NOOP("S&upport contact"), "associate", "AssociateId",
               true),
        picker("TicketPriority", QT_TR_NOOP("T&icket priority"), "ticketpriority", "Id", true),
        picker("CustomerLanguage", QT_TR_NOOP("Customer &language"), "customerlanguage", "Id",
               true),
        plain("NoMailing", Kind::Flag, Section::Interests, QT_TR_NOOP("No mailin&gs")),
        plain("Xstop", Kind::Flag, Section::Interests, QT_TR_NOOP("S&top")),
        // SuperOffice calls the company's free text its note.
        plain("Description", Kind::MultiLineText, Section::Description, QT_TR_NOOP("N&ote")),
        plain("ContactId", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Company ID"), true),
        plain("CreatedDate", Kind::Date, Section::RecordInfo, QT_TR_NOOP("Created"), true),
        plain("CreatedBy", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Created by"), true),
        plain("UpdatedDate", Kind::Date, Section::RecordInfo, QT_TR_NOOP("Updated"), true),
        plain("UpdatedBy", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Updated by"), true),
        plain("Source", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Source"), true),
        plain("Deleted", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Deleted"), true),
        list("Phones", Kind::ElementList, QT_TR_NOOP("&Phones"), QT_TR_NOOP("Phone")),
        list("Emails", Kind::ElementList, QT_TR_NOOP("E-&mail addresses"),
             QT_TR_NOOP("E-mail address")),
        list("Urls", Kind::ElementList, QT_TR_NOOP("&Web addresses"), QT_TR_NOOP("Web address")),
        list("Faxes", Kind::ElementList, QT_TR_NOOP("Fa&xes"), QT_TR_NOOP("Fax")),
        plain("Domains", Kind::Domains, Section::Communication, QT_TR_NOOP("Domain&s")),
        plain("Address", Kind::Address, Section::Address, QT_TR_NOOP("Address")),
        list("Interests", Kind::Interests, QT_TR_NOOP("Interests"), QT_TR_NOOP("Interest"),
             Section::Interests),
        plain("Persons", Kind::Persons, Section::Persons, QT_TR_NOOP("Persons")),
        plain("CustomFields", Kind::CustomFields, Section::CustomFields,
              QT_TR_NOOP("Custom fields")),
        plain("BounceEmails", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Bouncing e-mail"), true),
        plain("UtmParameters", Kind::Info, Section::RecordInfo, QT_TR_NOOP("Campaign"), true),
    };
    return all;
}

QList<FieldDescriptor> FieldCatalogue::fields(FieldDescriptor::Section section, EntityKind kind)
{
    QList<FieldDescriptor> out;
    for (const FieldDescriptor &d : fields(kind)) {
        if (d.section == section)
            out.append(d);
    }
    return out;
}

const FieldDescriptor *FieldCatalogue::find(const QString &member, EntityKind kind)
{
    // A member name means the same in both kinds (Emails, Country, Description): one only the
    // other kind has is described there, so labels need no kind where the member says enough.
    const EntityKind other = kind == EntityKind::Contact ? EntityKind::Person : EntityKind::Contact;
    for (EntityKind k : {kind, other}) {
        for (const FieldDescriptor &d : fields(k)) {
            if (d.member.compare(member, Qt::CaseInsensitive) == 0)
                return &d;
        }
    }
    return nullptr;
}

QString FieldCatalogue::label(const QString &member, EntityKind kind)
{
    if (const FieldDescriptor *d = find(member, kind))
        return d->label();
    if (CustomFieldModel::buckets().contains(member))
        return find(QStringLiteral("CustomFields"), kind)->label();
    const qsizetype dot = member.indexOf(QLatin1Char('.'));
    if (dot > 0 && CustomFieldModel::buckets().contains(member.left(dot)))
        return customFieldLabel(member.mid(dot + 1), tenantCustomFields(kind).labels());
    return member;
}

QString FieldCatalogue::formLabel(const QString &member, EntityKind kind)
{
    const FieldDescriptor *d = find(member, kind);
    return d ? d->formLabel() : label(member, kind);
}

QString FieldCatalogue::customFieldLabel(const QString &key,
                                         const QHash<QString, QString> &tenantLabels)
{
    const QString known = tenantLabels.value(key);
    if (!known.isEmpty())
        return known;
    static const QRegularExpression udef(QStringLiteral("^SuperOffice:(\\d+)$"));
    const auto m = udef.match(key);
    if (m.hasMatch())
        return tr("Custom field %1").arg(m.captured(1));
    // A ProgId such as "x_customer_since" or "customerSince": make it readable.
    QString text = key;
    if (text.startsWith(QLatin1String("x_")))
        text = text.mid(2);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")), QStringLiteral("\\1 \\2"));
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

namespace {

// One connection at a time is signed in; its definitions name the custom fields.
CustomFieldLayout &tenantLayout(EntityKind kind)
{
    static CustomFieldLayout contact;
    static CustomFieldLayout person;
    return kind == EntityKind::Person ? person : contact;
}

} // namespace

void FieldCatalogue::setTenantCustomFields(EntityKind kind, const CustomFieldLayout &layout)
{
    tenantLayout(kind) = layout;
}

const CustomFieldLayout &FieldCatalogue::tenantCustomFields(EntityKind kind)
{
    return tenantLayout(kind);
}

QString FieldCatalogue::customFieldMember(const QString &key)
{
    return QStringLiteral("CustomFields.") + key;
}

FieldRights::Access FieldCatalogue::access(const QString &member, const FieldRights &rights,
                                           EntityKind kind)
{
    const FieldDescriptor *d = find(member, kind);
    FieldRights::Access a = rights.field(d ? d->rightsKey : member);
    if (d && d->readOnly)
        a.editable = false;
    return a;
}

QStringList FieldCatalogue::missingMandatory(const Carrier &entity, const FieldRights &rights,
                                             EntityKind kind)
{
    QStringList missing;
    for (const FieldDescriptor &d : fields(kind)) {
        const FieldRights::Access a = access(d.member, rights, kind);
        if (!a.mandatory || !a.visible)
            continue;
        const QJsonValue v = entity.value(d.member);
        bool empty = false;
        switch (d.kind) {
        case Kind::Text:
        case Kind::MultiLineText:
        case Kind::TextChoice:
            empty = v.toString().trimmed().isEmpty();
            break;
        case Kind::Day:
            empty = EntityDate::fromWire(v.toString()).isEmpty();
            break;
        case Kind::Picker:
        case Kind::Company:
            empty = v.toObject().value(d.idKey).toInteger() == 0;
            break;
        case Kind::ElementList: {
            // A mandatory phone (e-mail, ...) list needs one entry with a value, not a blank row.
            const QJsonArray entries = v.toArray();
            empty = std::none_of(entries.begin(), entries.end(), [](const QJsonValue &e) {
                return !e.toObject().value(QLatin1String("Value")).toString().trimmed().isEmpty();
            });
            break;
        }
        case Kind::Domains: {
            const QJsonArray domains = v.toArray();
            empty = std::none_of(domains.begin(), domains.end(), [](const QJsonValue &e) {
                return !e.toString().trimmed().isEmpty();
            });
            break;
        }
        case Kind::Address:
            // Any part counts, placed in the layout or kept from another country's.
            empty = Address(v.toObject()).composed().trimmed().isEmpty() &&
                    Address(v.toObject()).unplacedParts().isEmpty();
            break;
        default:
            // Flags are never blank; read-only facts are not the user's to fill.
            break;
        }
        if (empty)
            missing.append(d.member);
    }
    // Custom fields the server marks mandatory count too.
    const CustomFieldLayout &layout = tenantCustomFields(kind);
    for (const QString &key : CustomFieldModel::keysOf(entity.json())) {
        const FieldRights::Access a = layout.access(key, rights.customField(key));
        if (!a.mandatory || !a.visible)
            continue;
        QString raw;
        for (const QString &bucket : CustomFieldModel::buckets()) {
            const QJsonValue v = entity.object(bucket).value(key);
            if (!v.isUndefined()) {
                raw = v.isString() ? v.toString() : v.toVariant().toString();
                break;
            }
        }
        if (CustomFieldValue::decode(raw).isEmpty())
            missing.append(customFieldMember(key));
    }
    return missing;
}

QString FieldCatalogue::plainLabel(const QString &labelText)
{
    QString text = labelText;
    text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    return text;
}
