#include "sandboxservices.h"

SandboxServices::SandboxServices(const UserDirectory &users)
    : m_lists(users)
    , m_enrichment(m_lists)
    , m_rights(m_texts)
    , m_factory(m_lists)
    , m_presenter(m_lists, m_rights, m_texts)
    , m_merge(m_lists, m_rights)
    , m_writer(m_store, m_lists, m_rights, m_texts, m_factory, m_merge, m_presenter)
    , m_agent(m_store, m_enrichment, m_texts, m_factory, m_presenter)
    , m_rest(m_store, m_presenter, m_writer)
    , m_search(m_store)
    , m_lookups(m_lists, m_enrichment)
    , m_seeder(m_store, m_lists, m_enrichment, m_factory)
{}
