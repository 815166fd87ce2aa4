#include "contactagent.h"

#include "carriercodec.h"
#include "contactpresenter.h"
#include "contactstore.h"
#include "countrychange.h"
#include "enrichmentcatalog.h"
#include "entityfactory.h"
#include "sandboxtexts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

ContactAgent::ContactAgent(const ContactStore &store, const EnrichmentCatalog &enrichment,
                           const SandboxTexts &texts, const EntityFactory &factory,
                           const ContactPresenter &presenter, const CountryChange &countries)
    : m_store(store)
    , m_enrichment(enrichment)
    , m_texts(texts)
    , m_factory(factory)
    , m_presenter(presenter)
    , m_countries(countries)
{}

QString ContactAgent::duplicateKey(const QString &name)
{
    static const QSet<QString> legal = {
        QStringLiteral("as"),  QStringLiteral("asa"), QStringLiteral("ab"),
        QStringLiteral("oy"),  QStringLiteral("oyj"), QStringLiteral("gmbh"),
        QStringLiteral("ag"),  QStringLiteral("ltd"), QStringLiteral("plc"),
        QStringLiteral("aps"), QStringLiteral("inc"), QStringLiteral("llc"),
        QStringLiteral("sa"),  QStringLiteral("nv"),  QStringLiteral("bv"),
        QStringLiteral("kb"),  QStringLiteral("hb"),  QStringLiteral("ans"),
        QStringLiteral("da"),  QStringLiteral("ba"),  QStringLiteral("sarl"),
        QStringLiteral("srl"), QStringLiteral("spa"), QStringLiteral("limited"),
        QStringLiteral("ehf"), QStringLiteral("hf"),  QStringLiteral("kg"),
        QStringLiteral("ug")};
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    auto endsWith = [&words](const char *a, const char *b) {
        return words.size() >= 3 && words.at(words.size() - 2) == QLatin1String(a) &&
               words.last() == QLatin1String(b);
    };
    bool changed = true;
    while (changed && words.size() > 1) {
        changed = false;
        if (endsWith("a", "s") || endsWith("b", "v") || endsWith("n", "v")) {
            words.removeLast();
            words.removeLast();
            changed = true;
        } else if (legal.contains(words.last())) {
            words.removeLast();
            changed = true;
        }
    }
    return words.join(QLatin1Char(' '));
}

SandboxReply ContactAgent::createDefault(const RequestContext &c) const
{
    return SandboxReply::json(m_presenter.present(m_factory.defaultEntity(c.user), c));
}

SandboxReply ContactAgent::get(const RequestContext &c, int contactId, const QString &select) const
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return m_presenter.notFound(c, contactId);
    QJsonObject e = m_presenter.present(*stored, c);
    ContactPresenter::applySelect(e, select);
    return SandboxReply::json(e);
}

SandboxReply ContactAgent::unknownEnrichId(const QString &enrichId) const
{
    return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                               QStringLiteral("EnrichId '%1' not found").arg(enrichId));
}

SandboxReply ContactAgent::enrich(const RequestContext &c, const QJsonObject &entity,
                                  const QString &enrichId, const QString &select) const
{
    const QJsonObject entry = m_enrichment.find(enrichId);
    if (entry.isEmpty())
        return unknownEnrichId(enrichId);
    QJsonObject e = CarrierCodec::normalized(entity, CarrierSchema::Type::ContactEntity);
    e = m_presenter.decorated(m_enrichment.enrich(e, entry), c);
    ContactPresenter::applySelect(e, select);
    return SandboxReply::json(e);
}

SandboxReply ContactAgent::previewEnrich(const RequestContext &c, const QString &enrichId) const
{
    const QJsonObject entry = m_enrichment.find(enrichId);
    if (entry.isEmpty())
        return unknownEnrichId(enrichId);
    QJsonValue tree(m_enrichment.preview(entry, c.language));
    m_texts.translateTree(tree, c.language);
    return SandboxReply::json(tree.toObject());
}

SandboxReply ContactAgent::duplicates(const RequestContext &c, const QString &name) const
{
    QJsonArray out;
    const QString key = duplicateKey(name);
    if (key.isEmpty())
        return SandboxReply::json(out);
    for (const ContactStore::Row &row : m_store.rows()) {
        if (duplicateKey(row.name) != key)
            continue;
        out.append(QJsonObject{
            {QStringLiteral("RuleName"), QStringLiteral("SoContactNameDuplicateRule")},
            {QStringLiteral("SoPrimaryKey"), row.contactId},
            {QStringLiteral("EntryName"), row.department.isEmpty()
                                              ? row.name
                                              : row.name + QStringLiteral(", ") + row.department},
            {QStringLiteral("EntryIdentifier"), QString::number(row.contactId)},
            {QStringLiteral("RuleDisplayName"),
             m_texts.resource(QStringLiteral("[SR_DUPLICATE_RULE_NAME]"), c.language)},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}});
    }
    return SandboxReply::json(out);
}

SandboxReply ContactAgent::changeCountry(const RequestContext &c, const QJsonObject &entity,
                                         int toCountryId, const QString &select) const
{
    if (!m_countries.knows(toCountryId))
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("Country id %1 not found").arg(toCountryId));
    QJsonObject e = CarrierCodec::normalized(entity, CarrierSchema::Type::ContactEntity);
    e = m_presenter.decorated(m_countries.changed(e, toCountryId, c.language), c);
    ContactPresenter::applySelect(e, select);
    return SandboxReply::json(e);
}

SandboxReply ContactAgent::addressByCountry(const RequestContext &c, int contactId,
                                            int countryId) const
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return m_presenter.notFound(c, contactId);
    if (!m_countries.knows(countryId))
        return SandboxReply::error(404, QStringLiteral("SoNotFoundException"),
                                   QStringLiteral("Country id %1 not found").arg(countryId));
    return SandboxReply::json(m_countries.address(*stored, countryId));
}
