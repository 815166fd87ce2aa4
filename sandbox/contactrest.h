#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QByteArray>
#include <QJsonObject>

class ContactPresenter;
class ContactStore;
class ContactWriter;

// REST GET and PUT /api/v1/Contact/{id}: the company with its links and Last-Modified, a 304 for
// If-Modified-Since and a 412 for If-Unmodified-Since when it changed in between.
class ContactRest
{
public:
    ContactRest(const ContactStore &store, const ContactPresenter &presenter,
                ContactWriter &writer);

    SandboxReply get(const RequestContext &c, int contactId,
                     const QByteArray &ifModifiedSince) const;
    SandboxReply put(const RequestContext &c, int contactId, const QJsonObject &body,
                     const QByteArray &ifUnmodifiedSince);

private:
    const ContactStore &m_store;
    const ContactPresenter &m_presenter;
    ContactWriter &m_writer;
};
