#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonObject>

#include <optional>

class ContactStore;
class ListCatalog;
class PersonFactory;
class PersonMerge;
class PersonPresenter;
class RightsPolicy;
class SandboxTexts;

// Every write of a person: Agents SavePersonEntity and DeletePersonEntity, and the test hook's
// edit by another user. Merges into the stored record, enforces the announced rights, takes the
// company from Contact.ContactId (a new one moves the person), sets what the server owns (ids,
// dates, authors, names, the company's members) and writes.
class PersonWriter
{
public:
    PersonWriter(ContactStore &store, const ListCatalog &lists, const RightsPolicy &rights,
                 const SandboxTexts &texts, const PersonFactory &factory, const PersonMerge &merge,
                 const PersonPresenter &presenter);

    // The bare PersonEntity; PersonId 0 creates.
    SandboxReply save(const RequestContext &c, const QJsonObject &body);
    SandboxReply remove(const RequestContext &c, int personId);
    // Another user (ListCatalog::otherAssociateId) edits a person; members may hold
    // Contact.ContactId to move it. The stored person, or nothing when an id is unknown.
    std::optional<QJsonObject> touch(int personId, const QJsonObject &members);

private:
    // The company a save puts the person at: Contact.ContactId when sent, else the stored one.
    static int companyOf(const QJsonObject &incoming, const QJsonObject &before);
    void stamp(QJsonObject &person, const QJsonObject &before, int updaterAssociateId, bool isNew);

    ContactStore &m_store;
    const ListCatalog &m_lists;
    const RightsPolicy &m_rights;
    const SandboxTexts &m_texts;
    const PersonFactory &m_factory;
    const PersonMerge &m_merge;
    const PersonPresenter &m_presenter;
};
