#pragma once

#include <QJsonObject>
#include <QString>

class ListCatalog;

// ChangeCountry and GetAddressByCountry: a ContactEntity or its Address moved to another
// country's layout (every value kept that has a place in it; the structured forms keep them all),
// with that country's carrier and its phones in that country's form. Nothing is saved.
class CountryChange
{
public:
    explicit CountryChange(const ListCatalog &lists);

    // The entity as the client sent it with Country, Address and phone Values changed (an unknown
    // country is the caller's to refuse, see knows()).
    QJsonObject changed(const QJsonObject &entity, int toCountryId, const QString &language) const;
    // A stored company's address laid out in another country's layout.
    QJsonObject address(const QJsonObject &stored, int countryId) const;
    bool knows(int countryId) const;

    // A phone number's Value for a country: digits without any formatting (a national number, or
    // one the client sent bare) get the country's calling code and pairs; formatted numbers stay
    // as they are, their StrippedValue untouched.
    static QString phoneValue(const QString &value, const QString &dialPrefix);

private:
    const ListCatalog &m_lists;
};
