#include "personfactory.h"

#include "addresslayout.h"
#include "entityfactory.h"
#include "listcatalog.h"

namespace {

QString firstValue(const QJsonObject &o, const char *list)
{
    return o.value(QLatin1String(list))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("Value"))
        .toString();
}

QJsonArray oneElement(const QString &value, const QString &list)
{
    if (value.isEmpty())
        return QJsonArray();
    return QJsonArray{EntityFactory::element(value, QString(), list)};
}

QString companyFullName(const QJsonObject &company)
{
    const QString name = company.value(QLatin1String("Name")).toString();
    const QString department = company.value(QLatin1String("Department")).toString();
    return department.isEmpty() ? name : name + QStringLiteral(", ") + department;
}

} // namespace

PersonFactory::PersonFactory(const ListCatalog &lists)
    : m_lists(lists)
{}

QString PersonFactory::layoutOf(int countryId) const
{
    const ListCatalog::CountryInfo *c = m_lists.countryInfo(countryId);
    return c ? c->layout : QStringLiteral("zipcity");
}

QJsonObject PersonFactory::emptyAddress(int countryId) const
{
    return AddressLayout::buildPerson({}, layoutOf(countryId));
}

QJsonObject PersonFactory::defaultCustomFields()
{
    // Two user-defined fields and one extra field, as a real database has (many more) of them.
    return {{QStringLiteral("SuperOffice:1"), QString()},
            {QStringLiteral("SuperOffice:2"), QString()},
            {QStringLiteral("x_person_integer"), QStringLiteral("[I:0]")}};
}

QJsonObject PersonFactory::defaultEntity(const SandboxUser &user) const
{
    const QString empty = EntityFactory::emptyDate();
    QJsonObject udf;
    QJsonObject extra;
    const QJsonObject custom = defaultCustomFields();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        (it.key().startsWith(QLatin1String("SuperOffice:")) ? udf : extra)
            .insert(it.key(), it.value());
    QJsonObject p{
        {QStringLiteral("PersonId"), 0},
        {QStringLiteral("Firstname"), QString()},
        {QStringLiteral("MiddleName"), QString()},
        {QStringLiteral("Lastname"), QString()},
        {QStringLiteral("Mrmrs"), QString()},
        {QStringLiteral("Title"), QString()},
        {QStringLiteral("UpdatedDate"), empty},
        {QStringLiteral("CreatedDate"), empty},
        {QStringLiteral("BirthDate"), empty},
        {QStringLiteral("CreatedBy"), EntityFactory::emptyAssociate()},
        {QStringLiteral("Emails"), QJsonArray()},
        {QStringLiteral("Description"), QString()},
        {QStringLiteral("IsAssociate"), false},
        {QStringLiteral("PrivatePhones"), QJsonArray()},
        {QStringLiteral("Faxes"), QJsonArray()},
        {QStringLiteral("MobilePhones"), QJsonArray()},
        {QStringLiteral("OfficePhones"), QJsonArray()},
        {QStringLiteral("OtherPhones"), QJsonArray()},
        {QStringLiteral("Position"),
         m_lists.listReference(QStringLiteral("perspos"), 0, QString())},
        {QStringLiteral("UpdatedBy"), EntityFactory::emptyAssociate()},
        {QStringLiteral("Contact"), contactCarrier({})},
        {QStringLiteral("Country"), m_lists.country(user.countryId, QStringLiteral("en"))},
        {QStringLiteral("Interests"),
         m_lists.interests({}, QStringLiteral("en"), QStringLiteral("persint"))},
        {QStringLiteral("PersonNumber"), QString()},
        {QStringLiteral("FullName"), QString()},
        {QStringLiteral("NoMailing"), false},
        {QStringLiteral("UsePersonAddress"), false},
        {QStringLiteral("Retired"), false},
        {QStringLiteral("Urls"), QJsonArray()},
        {QStringLiteral("FormalName"), QString()},
        {QStringLiteral("Address"), emptyAddress(user.countryId)},
        {QStringLiteral("Post3"), QString()},
        {QStringLiteral("Post2"), QString()},
        {QStringLiteral("Post1"), QString()},
        {QStringLiteral("Kanalname"), QString()},
        {QStringLiteral("Kanafname"), QString()},
        {QStringLiteral("CorrespondingAssociate"), QJsonValue()},
        {QStringLiteral("Category"),
         m_lists.listReference(QStringLiteral("category"), 0, QString())},
        {QStringLiteral("Business"),
         m_lists.listReference(QStringLiteral("business"), 0, QString())},
        {QStringLiteral("Associate"), EntityFactory::emptyAssociate()},
        {QStringLiteral("Salutation"), QString()},
        {QStringLiteral("ActiveInterests"), 0},
        {QStringLiteral("SupportAssociate"), QJsonValue()},
        {QStringLiteral("TicketPriority"), QJsonValue()},
        {QStringLiteral("CustomerLanguage"), QJsonValue()},
        {QStringLiteral("DbiAgentId"), 0},
        {QStringLiteral("DbiKey"), QString()},
        {QStringLiteral("DbiLastModified"), empty},
        {QStringLiteral("DbiLastSyncronized"), empty},
        {QStringLiteral("SentInfo"), 0},
        {QStringLiteral("ShowContactTickets"), 0},
        {QStringLiteral("UserInfo"), QJsonValue()},
        {QStringLiteral("ChatEmails"), QJsonArray()},
        {QStringLiteral("InternetPhones"), QJsonArray()},
        {QStringLiteral("Source"), 0},
        {QStringLiteral("ActiveErpLinks"), 0},
        {QStringLiteral("ShipmentTypes"), QJsonArray()},
        {QStringLiteral("Consents"), QJsonArray()},
        {QStringLiteral("BounceEmails"), QJsonArray()},
        {QStringLiteral("ActiveStatusMonitorId"), 0},
        {QStringLiteral("UserDefinedFields"), udf},
        {QStringLiteral("ExtraFields"), extra},
        {QStringLiteral("CustomFields"), custom},
    };
    return p;
}

QJsonObject PersonFactory::fromRecord(const QJsonObject &r, int personId,
                                      const QJsonObject &company) const
{
    SandboxUser owner;
    owner.countryId = company.value(QLatin1String("Country"))
                          .toObject()
                          .value(QLatin1String("CountryId"))
                          .toInt(578);
    QJsonObject p = defaultEntity(owner);
    p.insert(QStringLiteral("PersonId"), personId);
    p.insert(QStringLiteral("Firstname"), r.value(QLatin1String("firstname")).toString());
    p.insert(QStringLiteral("Lastname"), r.value(QLatin1String("lastname")).toString());
    p.insert(QStringLiteral("Title"), r.value(QLatin1String("title")).toString());
    p.insert(QStringLiteral("Emails"),
             oneElement(r.value(QLatin1String("email")).toString(), QStringLiteral("Emails")));
    p.insert(QStringLiteral("OfficePhones"),
             oneElement(r.value(QLatin1String("directPhone")).toString(),
                        QStringLiteral("OfficePhones")));
    p.insert(QStringLiteral("MobilePhones"),
             oneElement(r.value(QLatin1String("mobilePhone")).toString(),
                        QStringLiteral("MobilePhones")));
    // The members below only a light carrier has (fromLight); the demo records leave them out.
    p.insert(QStringLiteral("MiddleName"), r.value(QLatin1String("middleName")).toString());
    p.insert(QStringLiteral("Mrmrs"), r.value(QLatin1String("mrmrs")).toString());
    p.insert(QStringLiteral("Description"), r.value(QLatin1String("description")).toString());
    p.insert(QStringLiteral("Faxes"),
             oneElement(r.value(QLatin1String("faxPhone")).toString(), QStringLiteral("Faxes")));
    p.insert(QStringLiteral("Retired"), r.value(QLatin1String("retired")).toBool());
    // Some variety for the demo: a position from the list for most persons. A record that names
    // its position keeps it (none when the list does not know the name).
    const int position =
        r.contains(QLatin1String("position"))
            ? m_lists.idByName(QStringLiteral("perspos"),
                               r.value(QLatin1String("position")).toString().trimmed())
            : personId % 9;
    p.insert(QStringLiteral("Position"),
             m_lists.listReference(QStringLiteral("perspos"), position, QStringLiteral("en")));
    p.insert(QStringLiteral("PersonNumber"), QString::number(10000 + personId));
    for (const char *m : {"CreatedDate", "UpdatedDate", "CreatedBy", "UpdatedBy"})
        p.insert(QLatin1String(m), company.value(QLatin1String(m)));
    setNames(p);
    return withCompany(p, company);
}

QJsonObject PersonFactory::fromLight(const QJsonObject &light, int personId,
                                     const QJsonObject &company) const
{
    auto text = [&](const char *member) { return light.value(QLatin1String(member)).toString(); };
    // Retired is 0/1 in the light carrier, but a client may have sent a bool.
    const QJsonValue retired = light.value(QLatin1String("Retired"));
    const QJsonObject record{
        {QStringLiteral("firstname"), text("Firstname")},
        {QStringLiteral("middleName"), text("MiddleName")},
        {QStringLiteral("lastname"), text("Lastname")},
        {QStringLiteral("mrmrs"), text("Mrmrs")},
        {QStringLiteral("title"), text("Title")},
        {QStringLiteral("position"), text("Position")},
        {QStringLiteral("description"), text("Description")},
        {QStringLiteral("email"), text("Email")},
        {QStringLiteral("directPhone"), text("DirectPhone")},
        {QStringLiteral("mobilePhone"), text("MobilePhone")},
        {QStringLiteral("faxPhone"), text("FaxPhone")},
        {QStringLiteral("retired"), retired.isBool() ? retired.toBool() : retired.toInt() != 0},
    };
    return fromRecord(record, personId, company);
}

void PersonFactory::setNames(QJsonObject &p)
{
    QStringList names;
    for (const char *m : {"Firstname", "MiddleName", "Lastname"}) {
        const QString part = p.value(QLatin1String(m)).toString().trimmed();
        if (!part.isEmpty())
            names.append(part);
    }
    const QString full = names.join(QLatin1Char(' '));
    p.insert(QStringLiteral("FullName"), full);
    const QString mrmrs = p.value(QLatin1String("Mrmrs")).toString().trimmed();
    p.insert(QStringLiteral("FormalName"),
             mrmrs.isEmpty() || full.isEmpty() ? full : mrmrs + QLatin1Char(' ') + full);
}

QJsonObject PersonFactory::contactCarrier(const QJsonObject &company) const
{
    const QJsonObject associate = company.value(QLatin1String("Associate")).toObject();
    const QJsonObject country = company.value(QLatin1String("Country")).toObject();
    const QJsonObject address = company.value(QLatin1String("Address")).toObject();
    const AddressLayout::Values v = AddressLayout::values(address);
    const QString city = v.value(Address::Part::StreetCity).isEmpty()
                             ? v.value(Address::Part::PostalCity)
                             : v.value(Address::Part::StreetCity);
    const bool none = company.isEmpty();
    return {
        {QStringLiteral("ContactId"), company.value(QLatin1String("ContactId")).toInt()},
        {QStringLiteral("Name"), company.value(QLatin1String("Name")).toString()},
        {QStringLiteral("OrgNr"), company.value(QLatin1String("OrgNr")).toString()},
        {QStringLiteral("Department"), company.value(QLatin1String("Department")).toString()},
        {QStringLiteral("URL"), firstValue(company, "Urls")},
        {QStringLiteral("City"), city},
        {QStringLiteral("DirectPhone"), firstValue(company, "Phones")},
        {QStringLiteral("AssociateId"), associate.value(QLatin1String("AssociateId")).toInt()},
        {QStringLiteral("CountryId"), country.value(QLatin1String("CountryId")).toInt()},
        {QStringLiteral("EmailAddress"), firstValue(company, "Emails")},
        {QStringLiteral("Kananame"), company.value(QLatin1String("Kananame")).toString()},
        {QStringLiteral("EmailAddressName"), QJsonValue()},
        {QStringLiteral("URLName"), QJsonValue()},
        {QStringLiteral("AssociateFullName"),
         associate.value(QLatin1String("FullName")).toString()},
        {QStringLiteral("BusinessName"), company.value(QLatin1String("Business"))
                                             .toObject()
                                             .value(QLatin1String("Value"))
                                             .toString()},
        {QStringLiteral("CategoryName"), company.value(QLatin1String("Category"))
                                             .toObject()
                                             .value(QLatin1String("Value"))
                                             .toString()},
        {QStringLiteral("CountryName"), country.value(QLatin1String("Name")).toString()},
        {QStringLiteral("Address"), none ? QJsonValue() : QJsonValue(address)},
        {QStringLiteral("FormattedAddress"), address.value(QLatin1String("Formatted")).toString()},
        {QStringLiteral("FullName"), none ? QString() : companyFullName(company)},
        {QStringLiteral("IsOwnerContact"), false},
        {QStringLiteral("ActiveErpLinks"), 0},
        {QStringLiteral("Number1"), company.value(QLatin1String("Number1")).toString()},
        {QStringLiteral("Number2"), company.value(QLatin1String("Number2")).toString()},
        {QStringLiteral("TableRight"), QJsonValue()},
        {QStringLiteral("FieldProperties"), QJsonObject()},
    };
}

QJsonObject PersonFactory::withCompany(QJsonObject p, const QJsonObject &company) const
{
    p.insert(QStringLiteral("Contact"), contactCarrier(company));
    if (company.isEmpty()) {
        p.insert(QStringLiteral("Category"),
                 m_lists.listReference(QStringLiteral("category"), 0, QString()));
        p.insert(QStringLiteral("Business"),
                 m_lists.listReference(QStringLiteral("business"), 0, QString()));
        p.insert(QStringLiteral("Associate"), EntityFactory::emptyAssociate());
        return p;
    }
    for (const char *m : {"Category", "Business"})
        p.insert(QLatin1String(m), company.value(QLatin1String(m)));
    const QJsonValue associate = company.value(QLatin1String("Associate"));
    p.insert(QStringLiteral("Associate"),
             associate.isObject() ? associate : QJsonValue(EntityFactory::emptyAssociate()));
    return p;
}

QJsonObject PersonFactory::light(const QJsonObject &p, const QJsonObject &company, int rank) const
{
    const QJsonObject associate = company.value(QLatin1String("Associate")).toObject();
    const int companyCountry = company.value(QLatin1String("Country"))
                                   .toObject()
                                   .value(QLatin1String("CountryId"))
                                   .toInt();
    const QJsonValue retired = p.value(QLatin1String("Retired"));
    int selected = 0;
    for (const QJsonValue &v : p.value(QLatin1String("Interests")).toArray())
        selected += v.toObject().value(QLatin1String("Selected")).toBool() ? 1 : 0;
    return {
        // A string here, the position's name; the PersonEntity has the list item.
        {QStringLiteral("Position"),
         p.value(QLatin1String("Position")).toObject().value(QLatin1String("Value")).toString()},
        {QStringLiteral("PersonId"), p.value(QLatin1String("PersonId")).toInt()},
        {QStringLiteral("Mrmrs"), p.value(QLatin1String("Mrmrs")).toString()},
        {QStringLiteral("Firstname"), p.value(QLatin1String("Firstname")).toString()},
        {QStringLiteral("Lastname"), p.value(QLatin1String("Lastname")).toString()},
        {QStringLiteral("MiddleName"), p.value(QLatin1String("MiddleName")).toString()},
        {QStringLiteral("Title"), p.value(QLatin1String("Title")).toString()},
        {QStringLiteral("Description"), p.value(QLatin1String("Description")).toString()},
        {QStringLiteral("Email"), firstValue(p, "Emails")},
        {QStringLiteral("FullName"), p.value(QLatin1String("FullName")).toString()},
        {QStringLiteral("DirectPhone"), firstValue(p, "OfficePhones")},
        {QStringLiteral("FormalName"), p.value(QLatin1String("FormalName")).toString()},
        {QStringLiteral("CountryId"),
         p.value(QLatin1String("Country")).toObject().value(QLatin1String("CountryId")).toInt()},
        {QStringLiteral("ContactId"), company.value(QLatin1String("ContactId")).toInt()},
        {QStringLiteral("ContactName"), company.value(QLatin1String("Name")).toString()},
        // 0 or 1 in this carrier (a bool in the PersonEntity).
        {QStringLiteral("Retired"), retired.isBool() ? int(retired.toBool()) : retired.toInt()},
        {QStringLiteral("Rank"), rank},
        {QStringLiteral("ActiveInterests"), selected},
        {QStringLiteral("ContactDepartment"),
         company.value(QLatin1String("Department")).toString()},
        {QStringLiteral("ContactCountryId"), companyCountry},
        {QStringLiteral("ContactOrgNr"), company.value(QLatin1String("OrgNr")).toString()},
        {QStringLiteral("FaxPhone"), firstValue(p, "Faxes")},
        {QStringLiteral("MobilePhone"), firstValue(p, "MobilePhones")},
        {QStringLiteral("ContactPhone"), firstValue(company, "Phones")},
        {QStringLiteral("AssociateName"), associate.value(QLatin1String("Name")).toString()},
        {QStringLiteral("AssociateId"), associate.value(QLatin1String("AssociateId")).toInt()},
        {QStringLiteral("UsePersonAddress"), p.value(QLatin1String("UsePersonAddress")).toBool()},
        {QStringLiteral("ContactFax"), firstValue(company, "Faxes")},
        {QStringLiteral("Kanafname"), p.value(QLatin1String("Kanafname")).toString()},
        {QStringLiteral("Kanalname"), p.value(QLatin1String("Kanalname")).toString()},
        {QStringLiteral("Post1"), p.value(QLatin1String("Post1")).toString()},
        {QStringLiteral("Post2"), p.value(QLatin1String("Post2")).toString()},
        {QStringLiteral("Post3"), p.value(QLatin1String("Post3")).toString()},
        {QStringLiteral("EmailName"), QString()},
        {QStringLiteral("ContactFullName"), companyFullName(company)},
        {QStringLiteral("ActiveErpLinks"), 0},
        {QStringLiteral("TicketPriorityId"), 0},
        {QStringLiteral("SupportLanguageId"), 0},
        {QStringLiteral("SupportAssociateId"), 0},
        {QStringLiteral("CategoryName"), company.value(QLatin1String("Category"))
                                             .toObject()
                                             .value(QLatin1String("Value"))
                                             .toString()},
        {QStringLiteral("TableRight"), QJsonValue()},
        {QStringLiteral("FieldProperties"), QJsonObject()},
    };
}
