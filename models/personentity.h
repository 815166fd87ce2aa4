#pragma once

#include "address.h"
#include "carrier.h"
#include "country.h"
#include "entitydate.h"
#include "entityelement.h"
#include "listreference.h"

// A SuperOffice person (PersonEntity): the JSON object the server sent, with typed access to the
// members the editor knows. Lossless like ContactEntity: whatever it does not know is kept.
class PersonEntity : public Carrier
{
public:
    using Carrier::Carrier;

    // PersonId 0: not saved yet.
    int personId() const { return int(integer(QStringLiteral("PersonId"))); }
    bool isNew() const { return personId() == 0; }
    QString firstname() const { return string(QStringLiteral("Firstname")); }
    QString middleName() const { return string(QStringLiteral("MiddleName")); }
    QString lastname() const { return string(QStringLiteral("Lastname")); }
    // The name parts joined (FullName is the server's and lags behind edits).
    QString displayName() const;
    QString mrmrs() const { return string(QStringLiteral("Mrmrs")); }
    QString title() const { return string(QStringLiteral("Title")); }
    ListReference position() const { return ListReference(object(QStringLiteral("Position"))); }
    bool isRetired() const { return boolean(QStringLiteral("Retired")); }
    bool usesPersonAddress() const { return boolean(QStringLiteral("UsePersonAddress")); }
    // The company the person belongs to (the light Contact carrier).
    int contactId() const { return int(object(QStringLiteral("Contact")).value(
                                    QLatin1String("ContactId")).toInteger()); }
    QString contactName() const
    {
        return object(QStringLiteral("Contact")).value(QLatin1String("Name")).toString();
    }
    Country country() const { return Country(object(QStringLiteral("Country"))); }
    Address address() const { return Address(object(QStringLiteral("Address"))); }
    QList<EntityElement> elements(const QString &member) const;
    EntityDate birthDate() const
    {
        return EntityDate::fromWire(string(QStringLiteral("BirthDate")));
    }

    FieldRights rights() const { return Carrier::rights(isNew()); }
};
