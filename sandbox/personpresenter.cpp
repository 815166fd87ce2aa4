#include "personpresenter.h"

#include "contactstore.h"
#include "listcatalog.h"
#include "personfactory.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"

#include <QJsonArray>

PersonPresenter::PersonPresenter(const ContactStore &store, const ListCatalog &lists,
                                 const PersonFactory &factory, const RightsPolicy &rights,
                                 const SandboxTexts &texts)
    : m_store(store)
    , m_lists(lists)
    , m_factory(factory)
    , m_rights(rights)
    , m_texts(texts)
{}

QJsonObject PersonPresenter::present(const QJsonObject &stored, const RequestContext &c) const
{
    const int contactId =
        stored.value(QLatin1String("Contact")).toObject().value(QLatin1String("ContactId")).toInt();
    const std::optional<QJsonObject> company =
        contactId > 0 ? m_store.load(contactId) : std::nullopt;
    QJsonObject p = m_factory.withCompany(stored, company.value_or(QJsonObject()));
    for (const auto &[member, list] :
         {std::pair{"Position", "perspos"}, {"Category", "category"}, {"Business", "business"}}) {
        if (!p.value(QLatin1String(member)).isObject())
            continue;
        QJsonObject ref = p.value(QLatin1String(member)).toObject();
        const int id = ref.value(QLatin1String("Id")).toInt();
        if (id && m_lists.contains(QLatin1String(list), id))
            ref.insert(QStringLiteral("Value"), m_lists.name(QLatin1String(list), id, c.language));
        p.insert(QLatin1String(member), ref);
    }
    if (p.value(QLatin1String("Country")).isObject()) {
        const QJsonObject country = p.value(QLatin1String("Country")).toObject();
        const int id = country.value(QLatin1String("CountryId")).toInt();
        if (m_lists.countryInfo(id))
            p.insert(QStringLiteral("Country"), m_lists.country(id, c.language, country));
    }
    QJsonArray interests = p.value(QLatin1String("Interests")).toArray();
    for (qsizetype i = 0; i < interests.size(); ++i) {
        QJsonObject item = interests.at(i).toObject();
        const int id = item.value(QLatin1String("Id")).toInt();
        if (m_lists.contains(QStringLiteral("persint"), id))
            item.insert(QStringLiteral("Name"),
                        m_lists.name(QStringLiteral("persint"), id, c.language));
        interests.replace(i, item);
    }
    if (p.contains(QLatin1String("Interests")))
        p.insert(QStringLiteral("Interests"), interests);
    m_rights.decoratePerson(p, c.user);
    QJsonValue tree(p);
    m_texts.translateTree(tree, c.language);
    return tree.toObject();
}

SandboxReply PersonPresenter::notFound(const RequestContext &c, int personId) const
{
    return SandboxReply::error(
        404, QStringLiteral("SoNotFoundException"),
        m_texts.message(QStringLiteral("SR_ERROR_PERSON_NOT_FOUND"), c.language).arg(personId));
}
