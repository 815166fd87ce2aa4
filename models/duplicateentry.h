#pragma once

#include "carrier.h"

// One possible duplicate of a company (GetDuplicates), or of a person among its company's persons
// (SoPrimaryKey is then the PersonId). SoPrimaryKey 0 means a match in an external system,
// identified by EntryIdentifier.
class DuplicateEntry : public Carrier
{
public:
    using Carrier::Carrier;

    int contactId() const { return int(integer(QStringLiteral("SoPrimaryKey"))); }
    QString name() const { return string(QStringLiteral("EntryName")); }
    QString ruleName() const { return string(QStringLiteral("RuleName")); }
    QString ruleDisplayName() const { return string(QStringLiteral("RuleDisplayName")); }
    QString identifier() const { return string(QStringLiteral("EntryIdentifier")); }
};
