#pragma once

#include "carrier.h"

// A reference to an MDO list item by id with its shown value: the shape shared by Business,
// Category, TicketPriority and CustomerLanguage. Id 0 means "none chosen".
class ListReference : public Carrier
{
public:
    using Carrier::Carrier;
    static ListReference create(int id, const QString &value, const QString &tooltip = QString());

    int id() const { return int(integer(QStringLiteral("Id"))); }
    QString value() const { return string(QStringLiteral("Value")); }
    QString tooltip() const { return string(QStringLiteral("Tooltip")); }
    bool isChosen() const { return id() != 0; }
};

using Business = ListReference;
using Category = ListReference;
using TicketPriority = ListReference;
using CustomerLanguage = ListReference;
