#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QByteArray>

class ContactStore;
class PersonFactory;
class PersonPresenter;

// The Person agent's and REST Person's reads (writes are PersonWriter's): CreateDefault,
// GetPersonEntity, and GET Person/{id} with its links, Last-Modified and a 304 for
// If-Modified-Since.
class PersonAgent
{
public:
    PersonAgent(const ContactStore &store, const PersonFactory &factory,
                const PersonPresenter &presenter);

    SandboxReply createDefault(const RequestContext &c) const;
    SandboxReply get(const RequestContext &c, int personId) const;
    SandboxReply getRest(const RequestContext &c, int personId,
                         const QByteArray &ifModifiedSince) const;

private:
    const ContactStore &m_store;
    const PersonFactory &m_factory;
    const PersonPresenter &m_presenter;
};
