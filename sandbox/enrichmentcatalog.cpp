#include "enrichmentcatalog.h"

#include "addresslayout.h"
#include "entityfactory.h"
#include "listcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

AddressLayout::Values addressValues(const QJsonObject &entry)
{
    const QJsonObject street = entry.value(QLatin1String("street")).toObject();
    const QJsonObject postal = entry.value(QLatin1String("postal")).toObject();
    return {{Address::Part::StreetAddress1, street.value(QLatin1String("address1")).toString()},
            {Address::Part::StreetZipcode, street.value(QLatin1String("zipcode")).toString()},
            {Address::Part::StreetCity, street.value(QLatin1String("city")).toString()},
            {Address::Part::PostalAddress1, postal.value(QLatin1String("address1")).toString()},
            {Address::Part::PostalZipcode, postal.value(QLatin1String("zipcode")).toString()},
            {Address::Part::PostalCity, postal.value(QLatin1String("city")).toString()}};
}

QString firstValue(const QJsonObject &entry, const char *list)
{
    return entry.value(QLatin1String(list))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("value"))
        .toString();
}

} // namespace

EnrichmentCatalog::EnrichmentCatalog(const ListCatalog &lists)
    : m_lists(lists)
{
    QFile file(QStringLiteral(":/sandbox/data/enrichment.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("contact-sandbox: the bundled enrichment data is missing");
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
        m_entries.append(v.toObject());
}

QJsonObject EnrichmentCatalog::find(const QString &enrichId) const
{
    for (const QJsonObject &e : m_entries) {
        if (e.value(QLatin1String("enrichId"))
                .toString()
                .compare(enrichId.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    }
    return QJsonObject();
}

QString EnrichmentCatalog::countryFilter(const QString &additional)
{
    QString a = additional.trimmed();
    const int sep = a.indexOf(QRegularExpression(QStringLiteral("[=:]")));
    if (sep >= 0)
        a = a.mid(sep + 1).trimmed();
    a.remove(QLatin1Char('"'));
    a.remove(QLatin1Char('\''));
    return a.toLower();
}

QJsonArray EnrichmentCatalog::search(const QString &query, const QString &additional,
                                     const QString &homeIso2) const
{
    QString country = countryFilter(additional);
    if (country.isEmpty())
        country = homeIso2.toLower();
    const bool all = country == QLatin1String("*") || country == QLatin1String("all");
    const QString q = query.trimmed();
    QString digitsOnly = q;
    digitsOnly.remove(QRegularExpression(QStringLiteral("[\\s.-]")));
    QJsonArray out;
    int rank = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QJsonObject &e = m_entries.at(i);
        if (!all && e.value(QLatin1String("countryIso2")).toString() != country)
            continue;
        const QString name = e.value(QLatin1String("name")).toString();
        QString orgNr = e.value(QLatin1String("orgNr")).toString();
        orgNr.remove(QRegularExpression(QStringLiteral("[\\s.-]")));
        if (!q.isEmpty() && !name.contains(q, Qt::CaseInsensitive) &&
            !(digitsOnly.size() >= 4 && orgNr.contains(digitsOnly)))
            continue;
        const QJsonObject street = e.value(QLatin1String("street")).toObject();
        const QString city = street.value(QLatin1String("city")).toString();
        QJsonObject item = ListCatalog::mdoItem(i + 1, name, ++rank);
        item.insert(QStringLiteral("ExtraInfo"), e.value(QLatin1String("enrichId")).toString());
        item.insert(QStringLiteral("ToolTip"),
                    QStringLiteral("%1, %2 %3")
                        .arg(street.value(QLatin1String("address1")).toString(),
                             street.value(QLatin1String("zipcode")).toString(), city));
        item.insert(QStringLiteral("FullName"), QStringLiteral("%1, %2").arg(name, city));
        item.insert(QStringLiteral("Type"), e.value(QLatin1String("countryIso2")).toString());
        out.append(item);
    }
    return out;
}

QJsonObject EnrichmentCatalog::preview(const QJsonObject &entry, const QString &language) const
{
    const int countryId = entry.value(QLatin1String("countryId")).toInt();
    const ListCatalog::CountryInfo *country = m_lists.countryInfo(countryId);
    QJsonObject address = AddressLayout::build(
        addressValues(entry), country ? country->layout : QStringLiteral("zipcity"));
    // The service names business and category in English; show them in the asked language.
    auto translated = [&](const QString &list, const char *member) {
        const QString english = entry.value(QLatin1String(member)).toString();
        const int id = m_lists.idByName(list, english);
        return id && !language.isEmpty() ? m_lists.name(list, id, language) : english;
    };
    return {{QStringLiteral("ContactId"), 0},
            {QStringLiteral("Name"), entry.value(QLatin1String("name")).toString()},
            {QStringLiteral("Department"), QString()},
            {QStringLiteral("CountryId"), countryId},
            {QStringLiteral("Number2"), QString()},
            {QStringLiteral("DirectPhone"), firstValue(entry, "phones")},
            {QStringLiteral("URL"), firstValue(entry, "urls")},
            {QStringLiteral("EmailAddress"), firstValue(entry, "emails")},
            {QStringLiteral("BusinessName"), translated(QStringLiteral("business"), "business")},
            {QStringLiteral("CategoryName"), translated(QStringLiteral("category"), "category")},
            {QStringLiteral("AssociateFullName"), QString()},
            {QStringLiteral("Address"), address},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

QJsonObject EnrichmentCatalog::enrich(QJsonObject entity, const QJsonObject &entry) const
{
    int countryId =
        entity.value(QLatin1String("Country")).toObject().value(QLatin1String("CountryId")).toInt();
    if (!m_lists.countryInfo(countryId))
        countryId = entry.value(QLatin1String("countryId")).toInt();
    const ListCatalog::CountryInfo *country = m_lists.countryInfo(countryId);
    const QString layout = country ? country->layout : QStringLiteral("zipcity");
    entity.insert(QStringLiteral("Address"),
                  AddressLayout::fill(entity.value(QLatin1String("Address")).toObject(),
                                      addressValues(entry), layout));

    for (const auto &[from, to] :
         {std::pair{"phones", "Phones"}, {"emails", "Emails"}, {"urls", "Urls"}}) {
        const QString list = QString::fromLatin1(to);
        QJsonArray elements = entity.value(list).toArray();
        QSet<QString> present;
        for (const QJsonValue &v : elements) {
            const QJsonObject o = v.toObject();
            const QString stripped = o.value(QLatin1String("StrippedValue")).toString();
            present.insert(
                EntityFactory::strippedValue(
                    stripped.isEmpty() ? o.value(QLatin1String("Value")).toString() : stripped,
                    list)
                    .toLower());
        }
        for (const QJsonValue &v : entry.value(QLatin1String(from)).toArray()) {
            const QJsonObject o = v.toObject();
            const QString value = o.value(QLatin1String("value")).toString();
            const QString key = EntityFactory::strippedValue(value, list).toLower();
            if (present.contains(key))
                continue;
            present.insert(key);
            elements.append(EntityFactory::element(
                value, o.value(QLatin1String("description")).toString(), list));
        }
        entity.insert(list, elements);
    }
    return entity;
}
