#pragma once

#include "carrier.h"

// Read-only campaign tracking data (UtmParameters; InitialUtmParameters before 11.4).
class SavedUtmParameters : public Carrier
{
public:
    using Carrier::Carrier;

    QString campaign() const { return string(QStringLiteral("Campaign")); }
    QString source() const { return string(QStringLiteral("Source")); }
    QString medium() const { return string(QStringLiteral("Medium")); }
    QString formName() const { return string(QStringLiteral("FormName")); }
};
