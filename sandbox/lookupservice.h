#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QString>

class CustomFieldCatalog;
class EnrichmentCatalog;
class ListCatalog;

// The calls that look something up rather than touch a company: the signed-in user's principal
// (GET User/currentPrincipal), the MDO lists (GET MDOList/{list}, enrichment candidates and the
// user-defined lists included) and the custom field layouts of companies and persons.
class LookupService
{
public:
    LookupService(const ListCatalog &lists, const EnrichmentCatalog &enrichment,
                  const CustomFieldCatalog &fields, const CustomFieldCatalog &personFields);

    SandboxReply principal(const RequestContext &c) const;
    SandboxReply mdoList(const RequestContext &c, const QString &list, const QString &query,
                         const QString &additional) const;
    // UserDefinedFieldInfo[] of the published company (Contact, 7; the default) or person
    // (Person, 8) fields; another owner gives an empty array.
    SandboxReply udefLayout(const RequestContext &c, const QString &ownerType = QString()) const;
    // FieldInfo*[]: the company's (or the person's) UDFs and extra fields.
    SandboxReply customFields(const RequestContext &c, bool persons = false) const;

private:
    const ListCatalog &m_lists;
    const EnrichmentCatalog &m_enrichment;
    const CustomFieldCatalog &m_fields;
    const CustomFieldCatalog &m_personFields;
};
