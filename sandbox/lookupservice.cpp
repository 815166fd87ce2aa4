#include "lookupservice.h"

#include "customfieldcatalog.h"
#include "enrichmentcatalog.h"
#include "listcatalog.h"

#include <QJsonArray>
#include <QJsonObject>

LookupService::LookupService(const ListCatalog &lists, const EnrichmentCatalog &enrichment,
                             const CustomFieldCatalog &fields,
                             const CustomFieldCatalog &personFields)
    : m_lists(lists)
    , m_enrichment(enrichment)
    , m_fields(fields)
    , m_personFields(personFields)
{}

SandboxReply LookupService::principal(const RequestContext &c) const
{
    const SandboxUser &u = c.user;
    const QString role = u.role == SandboxUser::Role::Full     ? QStringLiteral("Full")
                         : u.role == SandboxUser::Role::Viewer ? QStringLiteral("Viewer")
                                                               : QStringLiteral("Restricted");
    QStringList functionRights = {QStringLiteral("allow-contact-view")};
    if (u.role != SandboxUser::Role::Viewer)
        functionRights +=
            {QStringLiteral("allow-contact-create"), QStringLiteral("allow-contact-update")};
    functionRights.sort();
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("UserType"), QStringLiteral("InternalAssociate")},
        {QStringLiteral("Associate"), u.userName},
        {QStringLiteral("AssociateId"), u.associateId},
        {QStringLiteral("PersonId"), u.personId},
        {QStringLiteral("CountryId"), u.countryId},
        {QStringLiteral("HomeCountryId"), u.countryId},
        {QStringLiteral("ContactId"), 0},
        {QStringLiteral("GroupId"), u.groupId},
        {QStringLiteral("BusinessId"), 0},
        {QStringLiteral("CategoryId"), 0},
        {QStringLiteral("ContactOwner"), u.associateId},
        {QStringLiteral("RoleId"), int(u.role) + 1},
        {QStringLiteral("IsPerson"), true},
        {QStringLiteral("RoleName"), role},
        {QStringLiteral("RoleDescription"), QStringLiteral("%1 rights on companies").arg(role)},
        {QStringLiteral("RoleType"), QStringLiteral("Employee")},
        {QStringLiteral("Licenses"), QJsonArray()},
        {QStringLiteral("FullName"), u.fullName},
        {QStringLiteral("EMailAddress"), u.email},
        {QStringLiteral("FunctionRights"), QJsonArray::fromStringList(functionRights)},
        {QStringLiteral("EjUserId"), 0},
        {QStringLiteral("EjAccessLevel"), 0},
        {QStringLiteral("EjUserStatus"), QStringLiteral("Unknown")},
        {QStringLiteral("ProvidedCredentials"), QJsonArray()},
        {QStringLiteral("SecondaryGroups"), QJsonArray()},
        {QStringLiteral("DatabaseContextIdentifier"), QStringLiteral("Cust12345")},
        {QStringLiteral("UserName"), u.userName},
    });
}

SandboxReply LookupService::mdoList(const RequestContext &c, const QString &list,
                                    const QString &query, const QString &additional) const
{
    const QString name = list.toLower();
    if (name == QLatin1String("enrichcontact")) {
        const ListCatalog::CountryInfo *home = m_lists.countryInfo(c.user.countryId);
        return SandboxReply::json(
            m_enrichment.search(query, additional, home ? home->iso2 : QStringLiteral("no")));
    }
    if (name.startsWith(QLatin1String("udlist"))) {
        // A user-defined list by its dynamic name (udlist123) or as udlist with additional=123.
        const QString held = m_fields.udList(name, additional);
        if (!held.isEmpty())
            return SandboxReply::json(m_lists.mdoList(held, query, c.language));
    }
    if (!m_lists.isList(name) || name.startsWith(QLatin1String("udlist")))
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("MDO list '%1' not found").arg(list));
    return SandboxReply::json(m_lists.mdoList(name, query, c.language));
}

SandboxReply LookupService::udefLayout(const RequestContext &c, const QString &ownerType) const
{
    const QString owner = ownerType.trimmed();
    if (owner.compare(QLatin1String("Person"), Qt::CaseInsensitive) == 0 ||
        owner == QLatin1String("8"))
        return SandboxReply::json(m_personFields.udefLayout(c.language, c.user));
    if (!owner.isEmpty() && owner.compare(QLatin1String("Contact"), Qt::CaseInsensitive) != 0 &&
        owner != QLatin1String("7"))
        return SandboxReply::json(QJsonArray());
    return SandboxReply::json(m_fields.udefLayout(c.language, c.user));
}

SandboxReply LookupService::customFields(const RequestContext &c, bool persons) const
{
    return SandboxReply::json(
        (persons ? m_personFields : m_fields).customFieldInfo(c.language, c.user));
}
