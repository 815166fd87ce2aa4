#include "entityfactory.h"

#include "addresslayout.h"
#include "customfieldcatalog.h"
#include "listcatalog.h"

#include <QSet>

QJsonObject EntityFactory::emptyAssociate()
{
    return {{QStringLiteral("AssociateId"), 0},
            {QStringLiteral("Name"), QString()},
            {QStringLiteral("PersonId"), 0},
            {QStringLiteral("Rank"), 0},
            {QStringLiteral("Tooltip"), QString()},
            {QStringLiteral("Type"), QStringLiteral("Unknown")},
            {QStringLiteral("GroupIdx"), 0},
            {QStringLiteral("FullName"), QString()},
            {QStringLiteral("FormalName"), QString()},
            {QStringLiteral("Deleted"), false},
            {QStringLiteral("EjUserId"), 0},
            {QStringLiteral("UserName"), QJsonValue()},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

namespace {

QJsonArray elements(const QJsonArray &records, const QString &list)
{
    QJsonArray out;
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        out.append(EntityFactory::element(o.value(QLatin1String("value")).toString(),
                                          o.value(QLatin1String("description")).toString(), list));
    }
    return out;
}

} // namespace

EntityFactory::EntityFactory(const ListCatalog &lists, const CustomFieldCatalog &fields)
    : m_lists(lists)
    , m_fields(fields)
{}

QString EntityFactory::strippedValue(const QString &value, const QString &list)
{
    // Companies have Phones; persons OfficePhones, MobilePhones, PrivatePhones, ...
    if (list.endsWith(QLatin1String("Phones")) || list == QLatin1String("Faxes")) {
        QString out;
        for (const QChar c : value) {
            if (c.isDigit() || (c == QLatin1Char('+') && out.isEmpty()))
                out.append(c);
        }
        return out;
    }
    if (list == QLatin1String("Emails"))
        return value.trimmed().toLower();
    return value.trimmed();
}

QJsonObject EntityFactory::element(const QString &value, const QString &description,
                                   const QString &list)
{
    return {{QStringLiteral("Value"), value},
            {QStringLiteral("StrippedValue"), strippedValue(value, list)},
            {QStringLiteral("Description"), description},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

QJsonObject EntityFactory::defaultCustomFields()
{
    return {{QStringLiteral("SuperOffice:1"), QString()},
            {QStringLiteral("SuperOffice:2"), QStringLiteral("[I:0]")},
            {QStringLiteral("SuperOffice:2:DisplayText"), QString()},
            {QStringLiteral("SuperOffice:2:DisplayTooltip"), QString()},
            {QStringLiteral("SuperOffice:3"), QStringLiteral("[D:01/01/0001]")},
            {QStringLiteral("SuperOffice:4"), QStringLiteral("False")},
            {QStringLiteral("SuperOffice:5"), QStringLiteral("[F:0]")}};
}

QJsonObject EntityFactory::defaultEntity(const SandboxUser &user) const
{
    QJsonObject e = blankEntity(user);
    // Every field of the tenant, blank or its default, in each bucket's encoding.
    m_fields.write(e, m_fields.defaults(), QStringLiteral("en"));
    return e;
}

QJsonObject EntityFactory::blankEntity(const SandboxUser &user) const
{
    const ListCatalog::CountryInfo *country = m_lists.countryInfo(user.countryId);
    const QString layout = country ? country->layout : QStringLiteral("zipcity");
    QJsonObject associate = m_lists.associate(user.associateId);
    if (associate.isEmpty())
        associate = emptyAssociate();
    return {
        {QStringLiteral("ContactId"), 0},
        {QStringLiteral("Name"), QString()},
        {QStringLiteral("Department"), QString()},
        {QStringLiteral("OrgNr"), QString()},
        {QStringLiteral("Number1"), QString()},
        {QStringLiteral("Number2"), QString()},
        {QStringLiteral("UpdatedDate"), emptyDate()},
        {QStringLiteral("CreatedDate"), emptyDate()},
        {QStringLiteral("Emails"), QJsonArray()},
        {QStringLiteral("Interests"), m_lists.interests({}, QStringLiteral("en"))},
        {QStringLiteral("Urls"), QJsonArray()},
        {QStringLiteral("Phones"), QJsonArray()},
        {QStringLiteral("Faxes"), QJsonArray()},
        {QStringLiteral("Description"), QString()},
        {QStringLiteral("UpdatedBy"), emptyAssociate()},
        {QStringLiteral("CreatedBy"), emptyAssociate()},
        {QStringLiteral("Associate"), associate},
        {QStringLiteral("SupportAssociate"), emptyAssociate()},
        {QStringLiteral("Business"),
         m_lists.listReference(QStringLiteral("business"), 0, QString())},
        {QStringLiteral("Category"),
         m_lists.listReference(QStringLiteral("category"), 0, QString())},
        {QStringLiteral("Country"), m_lists.country(user.countryId, QStringLiteral("en"))},
        {QStringLiteral("Persons"), QJsonArray()},
        {QStringLiteral("NoMailing"), false},
        {QStringLiteral("Kananame"), QString()},
        {QStringLiteral("Xstop"), false},
        {QStringLiteral("ActiveInterests"), 0},
        {QStringLiteral("GroupId"), user.groupId},
        {QStringLiteral("ActiveStatusMonitorId"), 0},
        {QStringLiteral("TicketPriority"),
         m_lists.listReference(QStringLiteral("ticketpriority"), 0, QString())},
        {QStringLiteral("CustomerLanguage"),
         m_lists.listReference(QStringLiteral("customerlanguage"), 0, QString())},
        {QStringLiteral("Deleted"), 0},
        {QStringLiteral("DbiAgentId"), 0},
        {QStringLiteral("DbiLastSyncronized"), emptyDate()},
        {QStringLiteral("DbiKey"), QString()},
        {QStringLiteral("DbiLastModified"), emptyDate()},
        {QStringLiteral("SupportPerson"), QJsonValue()},
        {QStringLiteral("Address"), AddressLayout::build({}, layout)},
        {QStringLiteral("Source"), 0},
        {QStringLiteral("ActiveErpLinks"), 0},
        {QStringLiteral("BounceEmails"), QJsonArray()},
        {QStringLiteral("Domains"), QJsonArray()},
        {QStringLiteral("UtmParameters"), QJsonValue()},
        {QStringLiteral("UserDefinedFields"), defaultCustomFields()},
        {QStringLiteral("ExtraFields"), QJsonObject()},
        {QStringLiteral("CustomFields"), defaultCustomFields()},
    };
}

QJsonObject EntityFactory::fromRecord(const QJsonObject &r, int contactId, int associateId) const
{
    SandboxUser owner;
    owner.associateId = associateId;
    const ListCatalog::CountryInfo *country =
        m_lists.countryByIso2(r.value(QLatin1String("country")).toString());
    if (!country)
        country = m_lists.countryInfo(r.value(QLatin1String("countryId")).toInt(578));
    if (!country)
        country = m_lists.countryInfo(578);
    owner.countryId = country->id;
    const ListCatalog::AssociateInfo *a = m_lists.associateInfo(associateId);
    owner.groupId = a ? a->groupId : 1;

    QJsonObject e = defaultEntity(owner);
    e.insert(QStringLiteral("ContactId"), contactId);
    for (const auto &[from, to] : {std::pair{"name", "Name"},
                                   {"department", "Department"},
                                   {"orgNr", "OrgNr"},
                                   {"number1", "Number1"},
                                   {"number2", "Number2"},
                                   {"description", "Description"},
                                   {"createdDate", "CreatedDate"},
                                   {"updatedDate", "UpdatedDate"}}) {
        if (r.contains(QLatin1String(from)))
            e.insert(QLatin1String(to), r.value(QLatin1String(from)).toString());
    }
    e.insert(QStringLiteral("NoMailing"), r.value(QLatin1String("noMailing")).toBool());
    e.insert(QStringLiteral("Business"),
             m_lists.listReference(QStringLiteral("business"),
                                   r.value(QLatin1String("businessId")).toInt(),
                                   QStringLiteral("en")));
    e.insert(QStringLiteral("Category"),
             m_lists.listReference(QStringLiteral("category"),
                                   r.value(QLatin1String("categoryId")).toInt(),
                                   QStringLiteral("en")));
    e.insert(QStringLiteral("TicketPriority"),
             m_lists.listReference(QStringLiteral("ticketpriority"),
                                   r.value(QLatin1String("ticketPriorityId")).toInt(),
                                   QStringLiteral("en")));
    e.insert(QStringLiteral("CustomerLanguage"),
             m_lists.listReference(QStringLiteral("customerlanguage"),
                                   r.value(QLatin1String("customerLanguageId")).toInt(),
                                   QStringLiteral("en")));
    const QJsonObject creator = m_lists.associate(associateId);
    e.insert(QStringLiteral("CreatedBy"), creator);
    e.insert(QStringLiteral("UpdatedBy"), creator);
    e.insert(QStringLiteral("Phones"),
             elements(r.value(QLatin1String("phones")).toArray(), QStringLiteral("Phones")));
    e.insert(QStringLiteral("Emails"),
             elements(r.value(QLatin1String("emails")).toArray(), QStringLiteral("Emails")));
    e.insert(QStringLiteral("Urls"),
             elements(r.value(QLatin1String("urls")).toArray(), QStringLiteral("Urls")));
    e.insert(QStringLiteral("Faxes"),
             elements(r.value(QLatin1String("faxes")).toArray(), QStringLiteral("Faxes")));
    QSet<int> selected;
    for (const QJsonValue &v : r.value(QLatin1String("interests")).toArray())
        selected.insert(v.toInt());
    e.insert(QStringLiteral("Interests"), m_lists.interests(selected, QStringLiteral("en")));
    e.insert(QStringLiteral("ActiveInterests"), int(selected.size()));
    const QString domain = r.value(QLatin1String("domain")).toString();
    e.insert(QStringLiteral("Domains"), domain.isEmpty() ? QJsonArray() : QJsonArray{domain});

    AddressLayout::Values values;
    const QJsonObject street = r.value(QLatin1String("street")).toObject();
    const QJsonObject postal = r.value(QLatin1String("postal")).toObject();
    values.insert(Address::Part::StreetAddress1,
                  street.value(QLatin1String("address1")).toString());
    values.insert(Address::Part::StreetZipcode, street.value(QLatin1String("zipcode")).toString());
    values.insert(Address::Part::StreetCity, street.value(QLatin1String("city")).toString());
    values.insert(Address::Part::PostalAddress1,
                  postal.value(QLatin1String("address1")).toString());
    values.insert(Address::Part::PostalZipcode, postal.value(QLatin1String("zipcode")).toString());
    values.insert(Address::Part::PostalCity, postal.value(QLatin1String("city")).toString());
    e.insert(QStringLiteral("Address"), AddressLayout::build(values, country->layout));

    QJsonObject udf = defaultCustomFields();
    const QJsonObject recordUdf = r.value(QLatin1String("udf")).toObject();
    for (auto it = recordUdf.constBegin(); it != recordUdf.constEnd(); ++it)
        udf.insert(it.key(), it.value());
    e.insert(QStringLiteral("UserDefinedFields"), udf);
    QJsonObject custom = udf;
    const QJsonObject extra = r.value(QLatin1String("extra")).toObject();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        custom.insert(it.key(), it.value());
    e.insert(QStringLiteral("ExtraFields"), extra);
    e.insert(QStringLiteral("CustomFields"), custom);
    // The newer fields get values of their own, made from the record, where it has none.
    QHash<QString, QString> fields = m_fields.values(e);
    const auto fill = [&](const QString &key, const QString &value) {
        if (!recordUdf.contains(key) && !extra.contains(key))
            fields.insert(key, value);
    };
    fill(QStringLiteral("SuperOffice:6"), QStringLiteral("[I:%1]").arg(5 + (contactId * 37) % 400));
    fill(QStringLiteral("SuperOffice:8"), QStringLiteral("ERP-%1").arg(10000 + contactId));
    fill(QStringLiteral("x_customer_since"),
         CustomFieldCatalog::dateTimeWire(
             QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC).addDays(qint64(contactId) * 97)));
    fill(QStringLiteral("x_visits"), QStringLiteral("[I:%1]").arg(contactId % 7));
    fill(QStringLiteral("x_last_audit"),
         CustomFieldCatalog::dateTimeWire(
             QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC).addDays(contactId)));
    fill(QStringLiteral("x_gdpr_consent"), QStringLiteral("[I:%1]").arg(contactId % 2));
    fill(QStringLiteral("x_erp_key"),
         QStringLiteral("K%1").arg(contactId, 5, 10, QLatin1Char('0')));
    fill(QStringLiteral("x_home_market"), QStringLiteral("[I:%1]").arg(country->id));
    fill(QStringLiteral("x_segment"), contactId % 3 == 0   ? QStringLiteral("Enterprise")
                                      : contactId % 3 == 1 ? QStringLiteral("Mid-market")
                                                           : QStringLiteral("Small business"));
    fill(QStringLiteral("x_account_manager"), QStringLiteral("[I:%1]").arg(associateId));
    m_fields.write(e, fields, QStringLiteral("en"));

    // The record's persons are stored as their own records (ContactSeeder, PersonFactory).
    e.insert(QStringLiteral("Persons"), QJsonArray());
    return e;
}
