#pragma once

#include "carrier.h"

#include <QCoreApplication>

// A company's or a person's address as the server sent it: LocalizedAddress lines in the country's
// layout, the structured Street and Postal forms, or both. Reads from whichever is there and writes
// an edit back into every form that was received.
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
    // The part's own name, for review and accessible names: the LocalizedField's text label, or
    // a translated default when it has none or only a resource id.
    QString label(Part part) const;
    // What the form shows beside the part: the LocalizedField's label as words (the bare
    // "SR_AL_STREET" keys real servers send are translated here), empty when the layout gives
    // it none (the second field on a line), label() when the layout does not hold the part.
    QString caption(Part part) const;
    // The translated words of an address label resource key ("SR_AL_POSTCODECITY" or
    // "[SR_AL_POSTCODECITY]" -> "Postcode/City"); empty for keys it does not know.
    static QString resourceLabel(const QString &key);
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

    // Parts of its kind that hold a value but have no place in the layout (kept from another
    // country's layout): shown apart until the user moves or drops them.
    QList<Part> unplacedParts() const;
    // Keeps a value the layout has no place for in the structured form (started when absent),
    // which the server stores whatever the layout.
    void keepUnplaced(Part part, const QString &value);
    // The same layout with every value blank and no Formatted text: what is cached per country.
    Address blankLayout() const;
    // `layout` (another country's address, as the server or the cache gave it) with every value
    // of `from` kept by part: in the layout where it has a place, else kept unplaced.
    static Address relaid(const Address &from, const Address &layout);

private:
    static QString structuredMember(Part part);
    QJsonValue localizedField(Part part) const;
};
