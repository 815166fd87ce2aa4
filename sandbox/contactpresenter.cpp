#include "contactpresenter.h"

#include "contactstore.h"
#include "customfieldcatalog.h"
#include "listcatalog.h"
#include "personfactory.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"

#include <QJsonArray>
#include <QSet>

ContactPresenter::ContactPresenter(const ContactStore &store, const ListCatalog &lists,
                                   const PersonFactory &persons, const RightsPolicy &rights,
                                   const SandboxTexts &texts, const CustomFieldCatalog &fields)
    : m_store(store)
    , m_lists(lists)
    , m_persons(persons)
    , m_rights(rights)
    , m_texts(texts)
    , m_fields(fields)
{}

void ContactPresenter::applySelect(QJsonObject &entity, const QString &select)
{
    if (select.trimmed().isEmpty())
        return;
    QSet<QString> keep;
    for (const QString &part : select.split(QLatin1Char(','), Qt::SkipEmptyParts))
        keep.insert(part.trimmed()
                        .section(QLatin1Char('/'), 0, 0)
                        .section(QLatin1Char('.'), 0, 0)
                        .toCaseFolded());
    for (auto it = entity.begin(); it != entity.end(); ++it) {
        if (it.key() == QLatin1String("TableRight") || it.key() == QLatin1String("FieldProperties"))
            continue; // the rights describe the record, they are not among its fields
        if (!keep.contains(it.key().toCaseFolded()))
            *it = QJsonValue();
    }
}

QJsonArray ContactPresenter::persons(const QJsonObject &company) const
{
    QJsonArray out;
    const int id = company.value(QLatin1String("ContactId")).toInt();
    if (id <= 0)
        return out;
    int rank = 0;
    for (const QJsonObject &p : m_store.personsOf(id))
        out.append(m_persons.light(p, company, ++rank));
    return out;
}

QJsonObject ContactPresenter::present(QJsonObject e, const RequestContext &c) const
{
    // Whatever the stored record holds, the persons are the person records' (list names below
    // are not translated in them, as the light carrier holds plain names).
    e.insert(QStringLiteral("Persons"), persons(e));
    for (const auto &[member, list] : ListCatalog::entityReferences()) {
        if (!e.value(member).isObject())
            continue;
        QJsonObject ref = e.value(member).toObject();
        const int id = ref.value(QLatin1String("Id")).toInt();
        if (id && m_lists.contains(list, id))
            ref.insert(QStringLiteral("Value"), m_lists.name(list, id, c.language));
        e.insert(member, ref);
    }
    if (e.value(QLatin1String("Country")).isObject()) {
        const QJsonObject stored = e.value(QLatin1String("Country")).toObject();
        const int id = stored.value(QLatin1String("CountryId")).toInt();
        if (m_lists.countryInfo(id))
            e.insert(QStringLiteral("Country"), m_lists.country(id, c.language, stored));
    }
    if (e.value(QLatin1String("Interests")).isArray()) {
        QJsonArray interests = e.value(QLatin1String("Interests")).toArray();
        for (qsizetype i = 0; i < interests.size(); ++i) {
            QJsonObject item = interests.at(i).toObject();
            const int id = item.value(QLatin1String("Id")).toInt();
            if (m_lists.contains(QStringLiteral("contint"), id))
                item.insert(QStringLiteral("Name"),
                            m_lists.name(QStringLiteral("contint"), id, c.language));
            interests.replace(i, item);
        }
        e.insert(QStringLiteral("Interests"), interests);
    }
    // The tenant's fields in the real encodings whatever the stored record holds (files from
    // before kept fewer fields and older forms), list texts in the request's language.
    m_fields.write(e, m_fields.values(e), c.language);
    return decorated(e, c);
}

QJsonObject ContactPresenter::decorated(QJsonObject entity, const RequestContext &c) const
{
    m_rights.decorate(entity, c.user);
    QJsonObject properties = entity.value(QLatin1String("FieldProperties")).toObject();
    const QJsonObject custom = m_fields.fieldProperties(c.user);
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        properties.insert(it.key(), it.value());
    entity.insert(QStringLiteral("FieldProperties"), properties);
    QJsonValue tree(entity);
    m_texts.translateTree(tree, c.language);
    return tree.toObject();
}

SandboxReply ContactPresenter::notFound(const RequestContext &c, int contactId) const
{
    return SandboxReply::error(
        404, QStringLiteral("SoNotFoundException"),
        m_texts.message(QStringLiteral("SR_ERROR_NOT_FOUND"), c.language).arg(contactId));
}
