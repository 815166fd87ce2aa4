#pragma once

#include "carrier.h"

#include <QCoreApplication>

// A company's or a person's address as the server sent it: LocalizedAddress lines in the country's layout, the
// structured Street and Postal forms, or both. Reads from whichever is there and writes an edit
// back into every form that was received.
class Address : public Carrier
{
    Q_DECLARE_TR_FUNCTIONS(Address)

public:
    enum class Part {
        StreetAddress1,
        StreetAddress2,
        StreetAddress3,
        StreetZipcode,
        StreetCity,
        StreetCounty,
        StreetState,
        PostalAddress1,
        PostalAddress2,
        PostalAddress3,
        PostalZipcode,
        PostalCity,
        PostalCounty,
        PostalState,
        // A person's own address (PersonPrivateAddress): one form, structured as Street.
        Address1,
        Address2,
        Address3,
        Zipcode,
        City,
        County,
        State,
    };
    static QList<Part> allParts();
    static QList<Part> companyParts();
    static QList<Part> personParts();
    static QString partName(Part part); // "StreetAddress1", the LocalizedField name
    static bool partFromName(const QString &name, Part *part);
    // Held in the structured Street form (a person's parts too).
    static bool isStreet(Part part) { return part <= Part::StreetState || isPersonPart(part); }
    static bool isPersonPart(Part part) { return part >= Part::Address1; }

    using Carrier::Carrier;
    using Carrier::setValue;
    using Carrier::value;

    // A person's own address (PersonPrivateAddress, or lines named as a person's parts).
    bool isPersonAddress() const;
    // The parts an address of its kind holds: a company's street and postal, or a person's.
    QList<Part> parts() const { return isPersonAddress() ? personParts() : companyParts(); }
    bool hasLocalized() const;
    bool hasStructured() const;

    // The parts this address can hold, in layout order (the LocalizedAddress lines when present).
    QList<QList<Part>> layout() const;
    QString value(Part part) const;
    // The LocalizedField label (a resource id or text) or a translated default.
    QString label(Part part) const;
    // ValueLength of the localized field; 0 when unknown.
    int maxLength(Part part) const;
    QString formatted() const { return string(QStringLiteral("Formatted")); }
    // A plain multi-line text made from the current values in layout order, for previews after
    // an edit (the server's Formatted is only refreshed on save).
    QString composed() const;
    double latitude() const { return number(QStringLiteral("Wgs84Latitude")); }
    double longitude() const { return number(QStringLiteral("Wgs84Longitude")); }

    // Writes into the structured form (when received) and the localized field (when present).
    // Returns false when neither form can hold the part.
    bool setValue(Part part, const QString &value);

private:
    static QString structuredMember(Part part);
    QJsonValue localizedField(Part part) const;
};
