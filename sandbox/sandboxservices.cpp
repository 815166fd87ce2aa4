#include "sandboxservices.h"

SandboxServices::SandboxServices(const UserDirectory &users)
    : m_lists(users)
    , m_customFields(m_lists)
    , m_personCustomFields(m_lists, CustomFieldCatalog::Owner::Person)
    , m_countryChange(m_lists)
    , m_enrichment(m_lists)
    , m_rights(m_texts)
    , m_factory(m_lists, m_customFields)
    , m_personFactory(m_lists)
    , m_presenter(m_store, m_lists, m_personFactory, m_rights, m_texts, m_customFields)
    , m_personPresenter(m_store, m_lists, m_personFactory, m_rights, m_texts)
    , m_personMerge(m_lists, m_rights, m_personFactory)
    , m_personWriter(m_store, m_lists, m_rights, m_texts, m_personFactory, m_personMerge,
                     m_personPresenter)
    , m_personAgent(m_store, m_personFactory, m_personPresenter)
    , m_merge(m_lists, m_rights, m_customFields)
    , m_writer(m_store, m_lists, m_rights, m_texts, m_factory, m_merge, m_presenter)
    , m_agent(m_store, m_enrichment, m_texts, m_factory, m_presenter, m_countryChange)
    , m_rest(m_store, m_presenter, m_writer)
    , m_search(m_store)
    , m_lookups(m_lists, m_enrichment, m_customFields, m_personCustomFields)
    , m_seeder(m_store, m_lists, m_enrichment, m_factory, m_personFactory)
    , m_personMigration(m_store, m_personFactory)
{
    m_rights.setCustomFields(&m_customFields);
}
