#pragma once

class ContactStore;
class EnrichmentCatalog;
class EntityFactory;
class ListCatalog;
class PersonFactory;

// Fills the store with the bundled demo companies and/or companies generated from the
// enrichment data, and their persons as person records, for --demo, --seed and the reset hook.
class ContactSeeder
{
public:
    ContactSeeder(ContactStore &store, const ListCatalog &lists,
                  const EnrichmentCatalog &enrichment, const EntityFactory &factory,
                  const PersonFactory &persons);

    // Empties the store first; ids start at 1, the demo companies first.
    void reseed(bool demo, int generated);

private:
    ContactStore &m_store;
    const ListCatalog &m_lists;
    const EnrichmentCatalog &m_enrichment;
    const EntityFactory &m_factory;
    const PersonFactory &m_persons;
};
