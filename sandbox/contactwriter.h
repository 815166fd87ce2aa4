#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonObject>

#include <optional>

class ContactMerge;
class ContactPresenter;
class ContactStore;
class EntityFactory;
class ListCatalog;
class RightsPolicy;
class SandboxTexts;

// Every write of a company: Agents SaveContactEntity, REST PUT and the test hook's edit by
// another user, and ValidateContactEntity, which checks by the same rules. Merges into the stored
// record, enforces the announced rights, sets what the server owns (ids, dates, authors) and
// writes in one transaction. Persons are not written here: the Persons a client sends are display
// data, ignored (PersonWriter writes persons).
class ContactWriter
{
public:
    ContactWriter(ContactStore &store, const ListCatalog &lists, const RightsPolicy &rights,
                  const SandboxTexts &texts, const EntityFactory &factory,
                  const ContactMerge &merge, const ContactPresenter &presenter);

    // contactId -1: take it from the body (Agents); 0 there creates a company.
    SandboxReply save(const RequestContext &c, const QJsonObject &body, int contactId = -1);
    // What a save of this entity would refuse, by field; nothing is written.
    SandboxReply validate(const RequestContext &c, const QJsonObject &entity) const;
    // Another user (otherAssociateId) edits a company. Returns the stored entity, or nothing when
    // the id is unknown.
    std::optional<QJsonObject> touch(int contactId, const QJsonObject &members);

private:
    void stamp(QJsonObject &entity, const QJsonObject &before, int updaterAssociateId, bool isNew);

    ContactStore &m_store;
    const ListCatalog &m_lists;
    const RightsPolicy &m_rights;
    const SandboxTexts &m_texts;
    const EntityFactory &m_factory;
    const ContactMerge &m_merge;
    const ContactPresenter &m_presenter;
};
