#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QString>

class CustomFieldCatalog;
class EnrichmentCatalog;
class ListCatalog;

// The calls that look something up rather than touch a company: the signed-in user's principal
// (GET User/currentPrincipal), the MDO lists (GET MDOList/{list}, enrichment candidates and the
// user-defined lists included) and the company's custom field layouts.
class LookupService
{
public:
    LookupService(const ListCatalog &lists, const EnrichmentCatalog &enrichment,
                  const CustomFieldCatalog &fields);

    SandboxReply principal(const RequestContext &c) const;
    SandboxReply mdoList(const RequestContext &c, const QString &list, const QString &query,
                         const QString &additional) const;
    // UserDefinedFieldInfo[] of the published company fields; ownerType other than Contact (7)
    // gives an empty array.
    SandboxReply udefLayout(const RequestContext &c, const QString &ownerType = QString()) const;
    // FieldInfo*[]: the company's UDFs and extra fields.
    SandboxReply customFields(const RequestContext &c) const;

private:
    const ListCatalog &m_lists;
    const EnrichmentCatalog &m_enrichment;
    const CustomFieldCatalog &m_fields;
};
