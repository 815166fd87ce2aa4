#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QString>

class EnrichmentCatalog;
class ListCatalog;

// The calls that look something up rather than touch a company: the signed-in user's principal
// (GET User/currentPrincipal) and the MDO lists (GET MDOList/{list}), enrichment candidates
// included.
class LookupService
{
public:
    LookupService(const ListCatalog &lists, const EnrichmentCatalog &enrichment);

    SandboxReply principal(const RequestContext &c) const;
    SandboxReply mdoList(const RequestContext &c, const QString &list, const QString &query,
                         const QString &additional) const;

private:
    const ListCatalog &m_lists;
    const EnrichmentCatalog &m_enrichment;
};
