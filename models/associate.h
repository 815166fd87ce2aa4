#pragma once

#include "carrier.h"

// A SuperOffice user (Associate, SupportAssociate, CreatedBy, UpdatedBy).
class Associate : public Carrier
{
public:
    using Carrier::Carrier;

    int associateId() const { return int(integer(QStringLiteral("AssociateId"))); }
    QString name() const { return string(QStringLiteral("Name")); } // initials / login name
    QString fullName() const { return string(QStringLiteral("FullName")); }
    QString displayName() const { return fullName().isEmpty() ? name() : fullName(); }
    bool isDeleted() const { return boolean(QStringLiteral("Deleted")); }
};
