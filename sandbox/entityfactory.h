#pragma once

#include "sandboxuser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class CustomFieldCatalog;
class ListCatalog;

// Builds complete ContactEntity carriers the way the real server shapes them: the default entity
// for a new company, companies from the compact records of the bundled demo data (their persons
// are PersonFactory's), and phone/e-mail/web elements with their stripped values.
class EntityFactory
{
public:
    EntityFactory(const ListCatalog &lists, const CustomFieldCatalog &fields);

    // CreateDefaultContactEntity: blank members, the user's country and associate, every interest
    // unselected, the default user-defined field values and an empty address in the country's
    // layout.
    QJsonObject defaultEntity(const SandboxUser &user) const;
    // A stored company from a demo record (see sandbox/data/generate.py for the shape), without
    // its persons.
    QJsonObject fromRecord(const QJsonObject &record, int contactId, int associateId) const;

    static QJsonObject element(const QString &value, const QString &description,
                               const QString &list);
    // The machine form of a phone number, e-mail address or URL (StrippedValue).
    static QString strippedValue(const QString &value, const QString &list);
    static QJsonObject defaultCustomFields();
    // An Associate carrier for "nobody" (id 0).
    static QJsonObject emptyAssociate();
    static QString emptyDate() { return QStringLiteral("0001-01-01T00:00:00"); }

private:
    QJsonObject blankEntity(const SandboxUser &user) const;

    const ListCatalog &m_lists;
    const CustomFieldCatalog &m_fields;
};
