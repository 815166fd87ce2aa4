#pragma once

#include "address.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Builds the server's Address carrier (LocalizedAddress lines in the country's layout plus the
// structured Street and Postal forms) from plain values, and reads edits back from either form:
// a change in LocalizedAddress wins over one in Street/Postal, as on the real server. Companies
// have street and postal lines; a person has one private address (PersonPrivateAddress).
class AddressLayout
{
public:
    using Values = QHash<Address::Part, QString>;
    // A person's address by field name: "Address1", "Address2", "Address3", "City", "County",
    // "State", "Zipcode" (the LocalizedField names and the structured members alike).
    using PersonValues = QHash<QString, QString>;

    // layout: a country's layout ("no", "se", "dk", "de", "nl", "gb", "us"; see
    // ListCatalog::CountryInfo) or a kind of layout: "zipcity" (Nordic and most of Europe),
    // "citypostcode" (UK) or "citystatezip" (US).
    // Members of base other than the address forms (Wgs84 coordinates, unknown members) are kept.
    static QJsonObject build(const Values &values, const QString &layout,
                             const QJsonObject &base = {});

    // Values of the forms present in an address carrier; parts missing from a form are absent.
    static Values localizedValues(const QJsonObject &address);
    static Values structuredValues(const QJsonObject &address);
    // Everything the address holds, structured first (what a reader of either form sees).
    static Values values(const QJsonObject &address);

    // The stored values with the edits in an incoming address applied.
    static Values merged(const Values &stored, const QJsonObject &incoming);

    // Fills values into whichever forms the address has; builds both when it has neither.
    static QJsonObject fill(const QJsonObject &address, const Values &values,
                            const QString &layout);

    // The kind of a country's layout ("zipcity", "citypostcode" or "citystatezip").
    static QString kind(const QString &layout);
    static QString formatted(const Values &values, const QString &layout, bool street);
    // The ValueLength the server announces for a part.
    static int maxLength(Address::Part part);

    // A person's address in the country's layout: LocalizedAddress lines with bare SR_AL_ labels
    // (as real servers send them), Street as the structured form and Postal null.
    static QJsonObject buildPerson(const PersonValues &values, const QString &layout,
                                   const QJsonObject &base = {});
    static PersonValues personValues(const QJsonObject &address);
    // The stored values with the edits of an incoming person address; localized edits win.
    static PersonValues mergedPerson(const PersonValues &stored, const QJsonObject &incoming);
    static const QStringList &personParts();
    static int personMaxLength(const QString &part);
};
