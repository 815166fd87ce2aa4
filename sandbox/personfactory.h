#pragma once

#include "sandboxuser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class ListCatalog;

// Builds PersonEntity carriers the way a real server shapes them (tests/data/person-real.json):
// the default for a new person, persons from the bundled demo records, the members a person
// takes from its company (Contact, Category, Business, Associate) and the light Person carrier
// that a company's Persons lists.
class PersonFactory
{
public:
    explicit PersonFactory(const ListCatalog &lists);

    // CreateDefaultPersonEntity: PersonId 0, blank names, the user's country and an empty address
    // in its person layout, no company yet.
    QJsonObject defaultEntity(const SandboxUser &user) const;
    // A stored person from a demo record ({firstname, lastname, title, email, directPhone,
    // mobilePhone}; also middleName, mrmrs, position (a perspos name), description, faxPhone and
    // retired) at a company.
    QJsonObject fromRecord(const QJsonObject &record, int personId,
                           const QJsonObject &company) const;
    // The same from a light Person carrier, as companies embedded them in their Persons before
    // persons were records (PersonMigration).
    QJsonObject fromLight(const QJsonObject &light, int personId, const QJsonObject &company) const;
    // The person with the company's members as they are now; company may be empty (no company).
    QJsonObject withCompany(QJsonObject person, const QJsonObject &company) const;
    // Server-owned names: FullName and FormalName from the parts.
    static void setNames(QJsonObject &person);
    // The light Person carrier for the company's Persons.
    QJsonObject light(const QJsonObject &person, const QJsonObject &company, int rank) const;
    // The light Contact carrier a PersonEntity holds; {"ContactId": 0, ...} for no company.
    QJsonObject contactCarrier(const QJsonObject &company) const;
    // An empty address in the person layout of a country.
    QJsonObject emptyAddress(int countryId) const;
    QString layoutOf(int countryId) const;

    static QJsonObject defaultCustomFields();

private:
    const ListCatalog &m_lists;
};
