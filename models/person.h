#pragma once

#include "carrier.h"

// A person at the company (Persons, SupportPerson). Read-only in the company editor.
class Person : public Carrier
{
public:
    using Carrier::Carrier;

    int personId() const { return int(integer(QStringLiteral("PersonId"))); }
    QString firstname() const { return string(QStringLiteral("Firstname")); }
    QString middleName() const { return string(QStringLiteral("MiddleName")); }
    QString lastname() const { return string(QStringLiteral("Lastname")); }
    // FullName when the server sent one, else the name parts joined.
    QString displayName() const;
    QString title() const { return string(QStringLiteral("Title")); }
    QString position() const { return string(QStringLiteral("Position")); }
    QString email() const { return string(QStringLiteral("Email")); }
    QString directPhone() const { return string(QStringLiteral("DirectPhone")); }
    QString mobilePhone() const { return string(QStringLiteral("MobilePhone")); }
    bool isRetired() const { return integer(QStringLiteral("Retired")) != 0; }
};
