#pragma once

#include "carrier.h"

// The company's country: drives the address layout and names the OrgNr field.
class Country : public Carrier
{
public:
    using Carrier::Carrier;

    int countryId() const { return int(integer(QStringLiteral("CountryId"))); }
    QString name() const { return string(QStringLiteral("Name")); }
    QString englishName() const { return string(QStringLiteral("EnglishName")); }
    QString isoCode() const { return string(QStringLiteral("TwoLetterISOCountry")); }
    QString orgNrText() const { return string(QStringLiteral("OrgNrText")); }
    QString domainName() const { return string(QStringLiteral("DomainName")); }
};
