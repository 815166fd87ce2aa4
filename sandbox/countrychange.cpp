#include "countrychange.h"

#include "addresslayout.h"
#include "listcatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

CountryChange::CountryChange(const ListCatalog &lists)
    : m_lists(lists)
{}

bool CountryChange::knows(int countryId) const
{
    return m_lists.countryInfo(countryId);
}

QString CountryChange::phoneValue(const QString &value, const QString &dialPrefix)
{
    static const QRegularExpression bare(QStringLiteral("^\\+?\\d+$"));
    const QString v = value.trimmed();
    if (!bare.match(v).hasMatch() || dialPrefix.isEmpty())
        return value;
    QString international;
    if (v.startsWith(QLatin1Char('+')))
        international = v.mid(1);
    else if (v.startsWith(QLatin1String("00")))
        international = v.mid(2);
    else
        international = dialPrefix + (v.startsWith(QLatin1Char('0')) ? v.mid(1) : v);
    // The calling code, then the rest in pairs (a leftover digit leads).
    QString code = dialPrefix;
    if (!international.startsWith(dialPrefix))
        code = international.left(2);
    QString rest = international.mid(code.size());
    QStringList groups;
    if (rest.size() % 2) {
        groups.append(rest.left(1));
        rest = rest.mid(1);
    }
    for (qsizetype i = 0; i < rest.size(); i += 2)
        groups.append(rest.mid(i, 2));
    return QStringLiteral("+%1 %2").arg(code, groups.join(QLatin1Char(' ')));
}

QJsonObject CountryChange::address(const QJsonObject &stored, int countryId) const
{
    const ListCatalog::CountryInfo *country = m_lists.countryInfo(countryId);
    const QString layout = country ? country->layout : QStringLiteral("zipcity");
    const QJsonObject held = stored.value(QLatin1String("Address")).toObject();
    QJsonObject base;
    for (auto it = held.constBegin(); it != held.constEnd(); ++it) {
        if (it.key() != QLatin1String("LocalizedAddress") && it.key() != QLatin1String("Street") &&
            it.key() != QLatin1String("Postal") && it.key() != QLatin1String("Formatted"))
            base.insert(it.key(), it.value());
    }
    // Every value goes by its part (street or postal address line, zip, city, county, state) into
    // the new layout; the structured forms keep the ones the layout has no line for.
    return AddressLayout::build(AddressLayout::values(held), layout, base);
}

QJsonObject CountryChange::changed(const QJsonObject &entity, int toCountryId,
                                   const QString &language) const
{
    QJsonObject e = entity;
    const ListCatalog::CountryInfo *country = m_lists.countryInfo(toCountryId);
    if (!country)
        return e;
    e.insert(QStringLiteral("Country"), m_lists.country(toCountryId, language));
    e.insert(QStringLiteral("Address"), address(entity, toCountryId));
    for (const char *list : {"Phones", "Faxes"}) {
        const QJsonValue v = e.value(QLatin1String(list));
        if (!v.isArray())
            continue;
        QJsonArray out;
        for (const QJsonValue &element : v.toArray()) {
            QJsonObject o = element.toObject();
            if (o.value(QLatin1String("Value")).isString())
                o.insert(QStringLiteral("Value"),
                         phoneValue(o.value(QLatin1String("Value")).toString(), country->dial));
            out.append(o);
        }
        e.insert(QLatin1String(list), out);
    }
    return e;
}
