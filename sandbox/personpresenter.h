#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonObject>

class ContactStore;
class ListCatalog;
class PersonFactory;
class RightsPolicy;
class SandboxTexts;

// How a person goes out: its company's members (Contact, Category, Business, Associate) as they
// are now, list names and the country in the request's language, the user's rights on the entity,
// its elements and its address, and translated reasons.
class PersonPresenter
{
public:
    PersonPresenter(const ContactStore &store, const ListCatalog &lists,
                    const PersonFactory &factory, const RightsPolicy &rights,
                    const SandboxTexts &texts);

    QJsonObject present(const QJsonObject &stored, const RequestContext &c) const;
    SandboxReply notFound(const RequestContext &c, int personId) const;

private:
    const ContactStore &m_store;
    const ListCatalog &m_lists;
    const PersonFactory &m_factory;
    const RightsPolicy &m_rights;
    const SandboxTexts &m_texts;
};
