#pragma once

#include <QString>

class ContactStore;
class PersonFactory;

// Brings a data file from before persons were records up to date: there each company's stored
// JSON held its persons as light Person carriers in Persons and the person table was empty, so
// those companies would now show no persons at all.
class PersonMigration
{
public:
    PersonMigration(ContactStore &store, const PersonFactory &factory);

    // Turns every embedded person that has no record into one, built as the demo data's persons
    // are (PersonFactory::fromLight), keeping its PersonId, and drops Persons from the stored
    // companies (an empty Persons too), all in one transaction. When no company holds Persons
    // it writes nothing, so running it again changes nothing. The number of persons moved, or
    // -1 with error set.
    int run(QString *error = nullptr);

private:
    ContactStore &m_store;
    const PersonFactory &m_factory;
};
