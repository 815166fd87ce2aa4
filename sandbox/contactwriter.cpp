#include "contactwriter.h"

#include "contactmerge.h"
#include "contactpresenter.h"
#include "contactstore.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "rightspolicy.h"
#include "sandboxtexts.h"
#include "wiredate.h"

#include <QJsonArray>

ContactWriter::ContactWriter(ContactStore &store, const ListCatalog &lists,
                             const RightsPolicy &rights, const SandboxTexts &texts,
                             const EntityFactory &factory, const ContactMerge &merge,
                             const ContactPresenter &presenter)
    : m_store(store)
    , m_lists(lists)
    , m_rights(rights)
    , m_texts(texts)
    , m_factory(factory)
    , m_merge(merge)
    , m_presenter(presenter)
{}

SandboxReply ContactWriter::save(const RequestContext &c, const QJsonObject &body, int contactId)
{
    const QJsonObject incoming = ContactMerge::incoming(body);
    int id = contactId;
    if (id < 0) {
        const QJsonValue v = incoming.value(QLatin1String("ContactId"));
        id = v.isString() ? v.toString().toInt() : v.toInt();
    }
    const bool isNew = id == 0;
    if (!m_rights.canSave(c.user, isNew))
        return SandboxReply::error(
            403, QStringLiteral("SoAccessDeniedException"),
            m_texts.message(QStringLiteral("SR_ERROR_NO_RIGHT"), c.language));
    QJsonObject before;
    if (isNew) {
        before = m_factory.defaultEntity(c.user);
    } else {
        const std::optional<QJsonObject> stored = m_store.load(id);
        if (!stored)
            return m_presenter.notFound(c, id);
        before = *stored;
    }
    ContactMerge::Result m = m_merge.merge(c.user, before, incoming);
    if (!m.problems.isEmpty())
        return SandboxReply::error(400, QStringLiteral("SoBadRequestException"),
                                   m.problems.join(QStringLiteral("; ")));
    const QList<RightsPolicy::Violation> violations =
        m_rights.check(c.user, before, incoming, m.entity, c.language);
    if (!violations.isEmpty()) {
        QStringList messages;
        for (const RightsPolicy::Violation &v : violations)
            messages.append(v.message);
        return SandboxReply::error(400, QStringLiteral("SoValidationException"),
                                   messages.join(QStringLiteral("; ")));
    }
    stamp(m.entity, before, c.user.associateId, isNew);
    QString error;
    if (!m_store.write(m.entity, &error))
        return SandboxReply::error(500, QStringLiteral("SoDatabaseException"), error);
    return SandboxReply::json(m_presenter.present(m.entity, c));
}

std::optional<QJsonObject> ContactWriter::touch(int contactId, const QJsonObject &members)
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return std::nullopt;
    SandboxUser system;
    system.role = SandboxUser::Role::Full;
    ContactMerge::Result m = m_merge.merge(system, *stored, ContactMerge::incoming(members));
    stamp(m.entity, *stored, m_lists.otherAssociateId(), false);
    if (!m_store.write(m.entity))
        return std::nullopt;
    return m.entity;
}

SandboxReply ContactWriter::validate(const RequestContext &c, const QJsonObject &entity) const
{
    const QJsonObject incoming = ContactMerge::incoming(entity);
    const int id = incoming.value(QLatin1String("ContactId")).toInt();
    QJsonObject before = m_factory.defaultEntity(c.user);
    if (id) {
        const std::optional<QJsonObject> stored = m_store.load(id);
        if (stored)
            before = *stored;
    }
    const ContactMerge::Result m = m_merge.merge(c.user, before, incoming);
    QJsonObject out;
    for (const QString &p : m.problems)
        out.insert(p.section(QLatin1Char(' '), 0, 0), p);
    for (const RightsPolicy::Violation &v :
         m_rights.check(c.user, before, incoming, m.entity, c.language)) {
        const QString existing = out.value(v.field).toString();
        out.insert(v.field,
                   existing.isEmpty() ? v.message : existing + QStringLiteral("; ") + v.message);
    }
    return SandboxReply::json(out);
}

void ContactWriter::stamp(QJsonObject &e, const QJsonObject &before, int updaterAssociateId,
                          bool isNew)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime nowSeconds(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    const QJsonObject updater = m_lists.associate(updaterAssociateId);
    if (isNew) {
        e.insert(QStringLiteral("ContactId"), m_store.nextContactId());
        e.insert(QStringLiteral("CreatedDate"), WireDate::toWire(nowSeconds));
        e.insert(QStringLiteral("CreatedBy"), updater);
        e.insert(QStringLiteral("UpdatedDate"), WireDate::toWire(nowSeconds));
    } else {
        // Strictly later than before, so a save within the same second still shows as a change
        // to If-Unmodified-Since (HTTP dates have whole seconds).
        QDateTime updated = nowSeconds;
        const QDateTime previous =
            WireDate::fromWire(before.value(QLatin1String("UpdatedDate")).toString());
        if (previous.isValid() && updated <= previous)
            updated = previous.addSecs(1);
        e.insert(QStringLiteral("UpdatedDate"), WireDate::toWire(updated));
    }
    e.insert(QStringLiteral("UpdatedBy"), updater);

    int selected = 0;
    for (const QJsonValue &v : e.value(QLatin1String("Interests")).toArray())
        selected += v.toObject().value(QLatin1String("Selected")).toBool() ? 1 : 0;
    e.insert(QStringLiteral("ActiveInterests"), selected);

    // A company's persons are their own records (PersonWriter); Persons is display data.
    e.remove(QStringLiteral("Persons"));
}
