#pragma once

#include "authorizationcodes.h"
#include "contactagent.h"
#include "contactmerge.h"
#include "contactpresenter.h"
#include "contactrest.h"
#include "contactsearch.h"
#include "contactseeder.h"
#include "contactstore.h"
#include "contactwriter.h"
#include "countrychange.h"
#include "customfieldcatalog.h"
#include "enrichmentcatalog.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "lookupservice.h"
#include "personagent.h"
#include "personfactory.h"
#include "personmerge.h"
#include "personmigration.h"
#include "personpresenter.h"
#include "personwriter.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"
#include "tenantstate.h"
#include "tokenstore.h"

class UserDirectory;

// The sandbox's data and the services over it, built once and wired together, so the HTTP side
// only has to route to them.
class SandboxServices
{
public:
    // users must outlive the services.
    explicit SandboxServices(const UserDirectory &users);
    SandboxServices(const SandboxServices &) = delete;
    SandboxServices &operator=(const SandboxServices &) = delete;

    const SandboxTexts &texts() const { return m_texts; }
    ContactStore &store() { return m_store; }
    ContactSeeder &seeder() { return m_seeder; }
    PersonMigration &personMigration() { return m_personMigration; }
    ContactAgent &agent() { return m_agent; }
    ContactWriter &writer() { return m_writer; }
    ContactRest &rest() { return m_rest; }
    ContactSearch &search() { return m_search; }
    LookupService &lookups() { return m_lookups; }
    const CustomFieldCatalog &customFields() const { return m_customFields; }
    const CustomFieldCatalog &personCustomFields() const { return m_personCustomFields; }
    PersonAgent &personAgent() { return m_personAgent; }
    PersonWriter &personWriter() { return m_personWriter; }
    const PersonFactory &personFactory() const { return m_personFactory; }
    // The login service's state, which the WebAPI's authentication and the hooks share.
    TokenStore &tokens() { return m_tokens; }
    AuthorizationCodes &codes() { return m_codes; }
    TenantState &tenant() { return m_tenant; }

private:
    // In the order they depend on each other.
    SandboxTexts m_texts;
    ListCatalog m_lists;
    CustomFieldCatalog m_customFields;
    CustomFieldCatalog m_personCustomFields;
    CountryChange m_countryChange;
    EnrichmentCatalog m_enrichment;
    RightsPolicy m_rights;
    EntityFactory m_factory;
    PersonFactory m_personFactory;
    ContactStore m_store;
    ContactPresenter m_presenter;
    PersonPresenter m_personPresenter;
    PersonMerge m_personMerge;
    PersonWriter m_personWriter;
    PersonAgent m_personAgent;
    ContactMerge m_merge;
    ContactWriter m_writer;
    ContactAgent m_agent;
    ContactRest m_rest;
    ContactSearch m_search;
    LookupService m_lookups;
    ContactSeeder m_seeder;
    PersonMigration m_personMigration;
    TokenStore m_tokens;
    AuthorizationCodes m_codes;
    TenantState m_tenant;
};
