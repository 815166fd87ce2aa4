#pragma once

#include "carrier.h"

// An MDO list item with a Selected flag: the company's interests (list "contint").
class SelectableMDOListItem : public Carrier
{
public:
    using Carrier::Carrier;

    int id() const { return int(integer(QStringLiteral("Id"))); }
    QString name() const { return string(QStringLiteral("Name")); }
    QString toolTip() const { return string(QStringLiteral("ToolTip")); }
    bool isSelected() const { return boolean(QStringLiteral("Selected")); }
    bool isDeleted() const { return boolean(QStringLiteral("Deleted")); }
    bool isHidden() const { return boolean(QStringLiteral("Hidden")); }
    int rank() const { return int(integer(QStringLiteral("Rank"))); }
    QString extraInfo() const { return string(QStringLiteral("ExtraInfo")); }
};
