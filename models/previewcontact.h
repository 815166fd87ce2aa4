#pragma once

#include "address.h"
#include "carrier.h"

// A short view of a company (GetPreviewEnrichContact, GetPreviewContact): what a user needs to
// recognise it before choosing it.
class PreviewContact : public Carrier
{
public:
    using Carrier::Carrier;

    int contactId() const { return int(integer(QStringLiteral("ContactId"))); }
    QString name() const { return string(QStringLiteral("Name")); }
    QString department() const { return string(QStringLiteral("Department")); }
    int countryId() const { return int(integer(QStringLiteral("CountryId"))); }
    QString orgNr() const { return string(QStringLiteral("Number2")); }
    QString phone() const { return string(QStringLiteral("DirectPhone")); }
    QString url() const { return string(QStringLiteral("URL")); }
    QString email() const { return string(QStringLiteral("EmailAddress")); }
    QString businessName() const { return string(QStringLiteral("BusinessName")); }
    QString categoryName() const { return string(QStringLiteral("CategoryName")); }
    QString associateFullName() const { return string(QStringLiteral("AssociateFullName")); }
    Address address() const { return Address(object(QStringLiteral("Address"))); }
};
