#pragma once

#include "carrier.h"

// One phone, fax, e-mail or web address (Phones, Faxes, Emails, Urls). It has no id: its rank
// is its place in the list.
class EntityElement : public Carrier
{
public:
    using Carrier::Carrier;
    static EntityElement create(const QString &value, const QString &description = QString());
    // The entries of a list member (Phones, OfficePhones, Emails, ...).
    static QList<EntityElement> listOf(const QJsonArray &array);

    QString value() const { return string(QStringLiteral("Value")); }
    QString strippedValue() const { return string(QStringLiteral("StrippedValue")); }
    QString description() const { return string(QStringLiteral("Description")); }
};
