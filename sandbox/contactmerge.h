#pragma once

#include "sandboxuser.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class CustomFieldCatalog;
class ListCatalog;
class RightsPolicy;

// What a save writes: the members a client sent merged into the stored record. Server-owned and
// hidden members keep their stored values, list references and associates are rebuilt from the
// catalog, the address follows the country's layout and the three custom-field dictionaries stay
// in step. Wrong input is collected as problems rather than stopping at the first.
class ContactMerge
{
public:
    struct Result
    {
        QJsonObject entity;
        QStringList problems; // references to unknown list items, wrong member types
    };

    ContactMerge(const ListCatalog &lists, const RightsPolicy &rights,
                 const CustomFieldCatalog &fields);

    // A request body as the merge takes it: canonical member names, and neither the rights
    // (they are the server's to state) nor the links.
    static QJsonObject incoming(const QJsonObject &body);

    Result merge(const SandboxUser &user, const QJsonObject &before,
                 const QJsonObject &incoming) const;

private:
    void mergeMembers(Result &m, const QStringList &hidden, const QJsonObject &incoming) const;
    void mergeCarriers(Result &m, const QJsonObject &incoming) const;
    void mergeAddress(Result &m, const QJsonObject &before, const QJsonObject &incoming) const;
    void mergeCustomFields(Result &m, const QJsonObject &before, const QJsonObject &incoming) const;

    const ListCatalog &m_lists;
    const RightsPolicy &m_rights;
    const CustomFieldCatalog &m_fields;
};
