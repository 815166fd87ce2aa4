#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QString>

class ContactStore;

// GET /api/v1/Contact: the company archive as OData rows, with $select, $filter (ODataFilter),
// $orderBy, $top and $skip over the columns contactId, name, department, orgnr and city.
class ContactSearch
{
public:
    explicit ContactSearch(const ContactStore &store);

    SandboxReply search(const RequestContext &c, const QString &select, const QString &filter,
                        const QString &top, const QString &skip, const QString &orderBy) const;

private:
    const ContactStore &m_store;
};
