#pragma once

#include "sandboxuser.h"

#include <QJsonObject>
#include <QStringList>

class ListCatalog;
class PersonFactory;
class RightsPolicy;

// What a SavePersonEntity writes: the members a client sent merged into the stored person.
// Server-owned, hidden and company members (Contact, Category, Business, Associate: the writer's)
// keep their stored values, list references are rebuilt from the catalog, the address follows the
// country's person layout and the three custom-field dictionaries stay in step.
class PersonMerge
{
public:
    struct Result
    {
        QJsonObject entity;
        QStringList problems; // unknown list items, wrong member types
    };

    PersonMerge(const ListCatalog &lists, const RightsPolicy &rights, const PersonFactory &factory);

    // A request body as the merge takes it: canonical member names, without rights and links.
    static QJsonObject incoming(const QJsonObject &body);

    Result merge(const SandboxUser &user, const QJsonObject &before,
                 const QJsonObject &incoming) const;

private:
    void mergeCustomFields(Result &m, const QJsonObject &before, const QJsonObject &incoming) const;

    const ListCatalog &m_lists;
    const RightsPolicy &m_rights;
    const PersonFactory &m_factory;
};
