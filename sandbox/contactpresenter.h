#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"

#include <QJsonObject>
#include <QString>

class ListCatalog;
class RightsPolicy;
class SandboxTexts;

// How a company goes out: list names and the country in the request's language, the user's
// rights on every carrier, translated reasons and labels, and $select.
class ContactPresenter
{
public:
    ContactPresenter(const ListCatalog &lists, const RightsPolicy &rights,
                     const SandboxTexts &texts);

    QJsonObject present(QJsonObject stored, const RequestContext &c) const;
    // Rights and translation only, for an entity that is not stored (an enriched one).
    QJsonObject decorated(QJsonObject entity, const RequestContext &c) const;
    SandboxReply notFound(const RequestContext &c, int contactId) const;

    // The members $select leaves out are nulled, not removed, as the real server does.
    static void applySelect(QJsonObject &entity, const QString &select);

private:
    const ListCatalog &m_lists;
    const RightsPolicy &m_rights;
    const SandboxTexts &m_texts;
};
