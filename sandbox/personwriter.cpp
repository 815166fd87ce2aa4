#include "personwriter.h"

#include "contactstore.h"
#include "listcatalog.h"
#include "personfactory.h"
#include "personmerge.h"
#include "personpresenter.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"
#include "wiredate.h"

#include <QJsonArray>

PersonWriter::PersonWriter(ContactStore &store, const ListCatalog &lists,
                           const RightsPolicy &rights, const SandboxTexts &texts,
                           const PersonFactory &factory, const PersonMerge &merge,
                           const PersonPresenter &presenter)
    : m_store(store)
    , m_lists(lists)
    , m_rights(rights)
    , m_texts(texts)
    , m_factory(factory)
    , m_merge(merge)
    , m_presenter(presenter)
{}

int PersonWriter::companyOf(const QJsonObject &incoming, const QJsonObject &before)
{
    const QJsonValue sent = incoming.value(QLatin1String("Contact"));
    const QJsonValue contact = sent.isUndefined() ? before.value(QLatin1String("Contact")) : sent;
    const QJsonValue id = contact.toObject().value(QLatin1String("ContactId"));
    return id.isString() ? id.toString().toInt() : id.toInt();
}

SandboxReply PersonWriter::save(const RequestContext &c, const QJsonObject &body)
{
    const QJsonObject incoming = PersonMerge::incoming(body);
    const QJsonValue idValue = incoming.value(QLatin1String("PersonId"));
    const int id = idValue.isString() ? idValue.toString().toInt() : idValue.toInt();
    const bool isNew = id <= 0;
    if (!m_rights.canSavePerson(c.user, isNew))
        return SandboxReply::error(
            403, QStringLiteral("SoAccessDeniedException"),
            m_texts.message(QStringLiteral("SR_ERROR_NO_RIGHT_PERSON"), c.language));
    QJsonObject before;
    if (isNew) {
        before = m_factory.defaultEntity(c.user);
    } else {
        const std::optional<QJsonObject> stored = m_store.loadPerson(id);
        if (!stored)
            return m_presenter.notFound(c, id);
        before = *stored;
    }
    // Compare with the company's members as the client was shown them, not as last stored.
    const int beforeCompanyId = companyOf({}, before);
    const std::optional<QJsonObject> beforeCompany =
        beforeCompanyId > 0 ? m_store.load(beforeCompanyId) : std::nullopt;
    before = m_factory.withCompany(before, beforeCompany.value_or(QJsonObject()));

    const int companyId = companyOf(incoming, before);
    std::optional<QJsonObject> company;
    if (companyId > 0) {
        company = m_store.load(companyId);
        if (!company)
            return SandboxReply::error(
                400, QStringLiteral("SoBadRequestException"),
                m_texts.message(QStringLiteral("SR_ERROR_PERSON_NO_COMPANY"), c.language)
                    .arg(companyId));
    }
    PersonMerge::Result m = m_merge.merge(c.user, before, incoming);
    if (!m.problems.isEmpty())
        return SandboxReply::error(400, QStringLiteral("SoBadRequestException"),
                                   m.problems.join(QStringLiteral("; ")));
    m.entity = m_factory.withCompany(m.entity, company.value_or(QJsonObject()));
    const QList<RightsPolicy::Violation> violations =
        m_rights.checkPerson(c.user, before, incoming, m.entity, c.language);
    if (!violations.isEmpty()) {
        QStringList messages;
        for (const RightsPolicy::Violation &v : violations)
            messages.append(v.message);
        return SandboxReply::error(400, QStringLiteral("SoValidationException"),
                                   messages.join(QStringLiteral("; ")));
    }
    stamp(m.entity, before, c.user.associateId, isNew);
    QString error;
    if (!m_store.writePerson(m.entity, &error))
        return SandboxReply::error(500, QStringLiteral("SoDatabaseException"), error);
    return SandboxReply::json(m_presenter.present(m.entity, c));
}

SandboxReply PersonWriter::remove(const RequestContext &c, int personId)
{
    if (!m_rights.canDeletePerson(c.user))
        return SandboxReply::error(
            403, QStringLiteral("SoAccessDeniedException"),
            m_texts.message(QStringLiteral("SR_ERROR_NO_RIGHT_PERSON"), c.language));
    if (!m_store.removePerson(personId))
        return m_presenter.notFound(c, personId);
    // The agent's method returns nothing.
    return SandboxReply::empty(204);
}

std::optional<QJsonObject> PersonWriter::touch(int personId, const QJsonObject &members)
{
    const std::optional<QJsonObject> stored = m_store.loadPerson(personId);
    if (!stored)
        return std::nullopt;
    const QJsonObject incoming = PersonMerge::incoming(members);
    const int companyId = companyOf(incoming, *stored);
    const std::optional<QJsonObject> company = m_store.load(companyId);
    if (!company)
        return std::nullopt;
    SandboxUser system;
    system.role = SandboxUser::Role::Full;
    PersonMerge::Result m = m_merge.merge(system, *stored, incoming);
    m.entity = m_factory.withCompany(m.entity, *company);
    stamp(m.entity, *stored, m_lists.otherAssociateId(), false);
    if (!m_store.writePerson(m.entity))
        return std::nullopt;
    return m.entity;
}

void PersonWriter::stamp(QJsonObject &p, const QJsonObject &before, int updaterAssociateId,
                         bool isNew)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime nowSeconds(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    const QJsonObject updater = m_lists.associate(updaterAssociateId);
    if (isNew) {
        p.insert(QStringLiteral("PersonId"), m_store.takePersonIds(1));
        p.insert(QStringLiteral("CreatedDate"), WireDate::toWire(nowSeconds));
        p.insert(QStringLiteral("CreatedBy"), updater);
        p.insert(QStringLiteral("UpdatedDate"), WireDate::toWire(nowSeconds));
    } else {
        // Strictly later than before, so a save within the same second still shows as a change
        // to If-Unmodified-Since (HTTP dates have whole seconds).
        QDateTime updated = nowSeconds;
        const QDateTime previous =
            WireDate::fromWire(before.value(QLatin1String("UpdatedDate")).toString());
        if (previous.isValid() && updated <= previous)
            updated = previous.addSecs(1);
        p.insert(QStringLiteral("UpdatedDate"), WireDate::toWire(updated));
    }
    p.insert(QStringLiteral("UpdatedBy"), updater);
    int selected = 0;
    for (const QJsonValue &v : p.value(QLatin1String("Interests")).toArray())
        selected += v.toObject().value(QLatin1String("Selected")).toBool() ? 1 : 0;
    p.insert(QStringLiteral("ActiveInterests"), selected);
    PersonFactory::setNames(p);
    // The rights are the server's to state on the way out, not to keep.
    p.remove(QStringLiteral("TableRight"));
    p.remove(QStringLiteral("FieldProperties"));
}
