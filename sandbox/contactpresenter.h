#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class ContactStore;
class CustomFieldCatalog;
class ListCatalog;
class PersonFactory;
class RightsPolicy;
class SandboxTexts;

// How a company goes out: its Persons built from the person records, list names and the country in
// the request's language, the user's rights on every carrier, translated reasons and labels, and
// $select.
class ContactPresenter
{
public:
    ContactPresenter(const ContactStore &store, const ListCatalog &lists,
                     const PersonFactory &persons, const RightsPolicy &rights,
                     const SandboxTexts &texts, const CustomFieldCatalog &fields);

    QJsonObject present(QJsonObject stored, const RequestContext &c) const;
    // The light Person carriers of a stored company's persons, as they are now.
    QJsonArray persons(const QJsonObject &company) const;
    // Rights and translation only, for an entity that is not stored (an enriched one).
    QJsonObject decorated(QJsonObject entity, const RequestContext &c) const;
    SandboxReply notFound(const RequestContext &c, int contactId) const;

    // The members $select leaves out are nulled, not removed, as the real server does.
    static void applySelect(QJsonObject &entity, const QString &select);

private:
    const ContactStore &m_store;
    const ListCatalog &m_lists;
    const PersonFactory &m_persons;
    const RightsPolicy &m_rights;
    const SandboxTexts &m_texts;
    const CustomFieldCatalog &m_fields;
};
