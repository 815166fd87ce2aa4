#include "fieldcatalogue.h"

#include "contactentity.h"
#include "customfieldmodel.h"
#include "customfieldvalue.h"

#include <QRegularExpression>

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

const QList<FieldDescriptor> &FieldCatalogue::fields()
{
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

QList<FieldDescriptor> FieldCatalogue::fields(FieldDescriptor::Section section)
{
    QList<FieldDescriptor> out;
    for (const FieldDescriptor &d : fields()) {
        if (d.section == section)
            out.append(d);
    }
    return out;
}

const FieldDescriptor *FieldCatalogue::find(const QString &member)
{
    for (const FieldDescriptor &d : fields()) {
        if (d.member.compare(member, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QString FieldCatalogue::label(const QString &member)
{
    if (const FieldDescriptor *d = find(member))
        return d->label();
    if (CustomFieldModel::buckets().contains(member))
        return find(QStringLiteral("CustomFields"))->label();
    const qsizetype dot = member.indexOf(QLatin1Char('.'));
    if (dot > 0 && CustomFieldModel::buckets().contains(member.left(dot)))
        return customFieldLabel(member.mid(dot + 1));
    return member;
}

QString FieldCatalogue::formLabel(const QString &member)
{
    const FieldDescriptor *d = find(member);
    return d ? d->formLabel() : label(member);
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

QString FieldCatalogue::customFieldMember(const QString &key)
{
    return QStringLiteral("CustomFields.") + key;
}

FieldRights::Access FieldCatalogue::access(const QString &member, const FieldRights &rights)
{
    const FieldDescriptor *d = find(member);
    FieldRights::Access a = rights.field(d ? d->rightsKey : member);
    if (d && d->readOnly)
        a.editable = false;
    return a;
}

QStringList FieldCatalogue::missingMandatory(const ContactEntity &entity, const FieldRights &rights)
{
    QStringList missing;
    for (const FieldDescriptor &d : fields()) {
        const FieldRights::Access a = access(d.member, rights);
        if (!a.mandatory || !a.visible)
            continue;
        const QJsonValue v = entity.value(d.member);
        bool empty = false;
        switch (d.kind) {
        case Kind::Text:
        case Kind::MultiLineText:
            empty = v.toString().trimmed().isEmpty();
            break;
        case Kind::Picker:
            empty = v.toObject().value(d.idKey).toInteger() == 0;
            break;
        default:
            // Flags are never blank; read-only facts and lists are not the user's to fill.
            break;
        }
        if (empty)
            missing.append(d.member);
    }
    // Custom fields the server marks mandatory count too.
    for (const QString &key : CustomFieldModel::keysOf(entity.json())) {
        const FieldRights::Access a = rights.customField(key);
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
