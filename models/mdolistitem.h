#pragma once

#include "carrier.h"

// One item of an MDO list (categories, countries, associates, enrichment candidates).
class MDOListItem : public Carrier
{
public:
    using Carrier::Carrier;

    int id() const { return int(integer(QStringLiteral("Id"))); }
    QString name() const { return string(QStringLiteral("Name")); }
    QString toolTip() const { return string(QStringLiteral("ToolTip")); }
    QString fullName() const { return string(QStringLiteral("FullName")); }
    QString extraInfo() const { return string(QStringLiteral("ExtraInfo")); }
    QString type() const { return string(QStringLiteral("Type")); }
    bool isDeleted() const { return boolean(QStringLiteral("Deleted")); }
    int rank() const { return int(integer(QStringLiteral("Rank"))); }
    QList<MDOListItem> children() const;
};
