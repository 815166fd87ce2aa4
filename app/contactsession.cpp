#include "contactsession.h"

#include "contactsearchjob.h"
#include "createdefaultcontactentityjob.h"
#include "getcontactentityjob.h"
#include "getduplicatesjob.h"
#include "jobrunner.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

ContactSession::ContactSession(WebApiClient *client, QObject *parent)
    : EntitySession(client, parent)
    , m_lookup(new JobRunner(this))
{}

ContactSession::~ContactSession() = default;

QString ContactSession::displayName() const
{
    if (!m_document)
        return m_requestedId ? tr("Company %1").arg(m_requestedId) : tr("New company");
    const QString name = m_document->entity().name().trimmed();
    return name.isEmpty() ? tr("New company") : name;
}

EntityJob *ContactSession::startGet(int id)
{
    return m_client->getContactEntity(id);
}

EntityJob *ContactSession::startCreateDefault()
{
    return m_client->createDefaultContactEntity();
}

EntityJob *ContactSession::startSave(const QJsonObject &entity)
{
    return m_client->saveContactEntity(ContactEntity(entity));
}

QString ContactSession::notice(Notice notice) const
{
    switch (notice) {
    case Notice::QueuedOffline:
        return tr("You are offline. The company waits in the outbox and is saved when the "
                  "connection is back.");
    case Notice::QueuedTimeout:
        return tr("The server did not answer in time. The company waits in the outbox.");
    case Notice::QueuedUnreachable:
        return tr("The server cannot be reached. The company waits in the outbox.");
    case Notice::EarlierCreate:
        return tr("An earlier attempt to create this company may have succeeded. Open it to "
                  "decide.");
    }
    return QString();
}

void ContactSession::findEarlierCreate(
    const std::function<void(const QList<DuplicateEntry> &)> &done)
{
    findDuplicates(m_jobs, m_document->entity().name(), m_document->entity().orgNr().trimmed(),
                   done);
}

void ContactSession::findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                                    std::function<void(const QList<DuplicateEntry> &)> done)
{
    // The check while typing leaves the save's last failure alone.
    const bool partOfSave = runner == m_jobs;
    auto fail = [this, partOfSave](const ApiError &error) {
        if (partOfSave)
            onFailure(Operation::Save, error);
    };
    runner->run<GetDuplicatesJob>(
        m_client->getDuplicates(name),
        [this, runner, orgNr, done, fail](GetDuplicatesJob *byName) {
            QList<DuplicateEntry> matches;
            for (const DuplicateEntry &d : byName->duplicates()) {
                if (d.contactId() > 0)
                    matches.append(d);
            }
            if (orgNr.isEmpty())
                return done(matches);
            runner->run<ContactSearchJob>(
                m_client->searchContactsByOrgNr(orgNr),
                [matches, done](ContactSearchJob *byOrgNr) mutable {
                    for (const ContactSearchJob::Row &row : byOrgNr->rows()) {
                        const bool known = std::any_of(matches.cbegin(), matches.cend(),
                                                       [&row](const DuplicateEntry &d) {
                                                           return d.contactId() == row.contactId;
                                                       });
                        if (!known)
                            matches.append(DuplicateEntry(QJsonObject{
                                {QStringLiteral("SoPrimaryKey"), row.contactId},
                                {QStringLiteral("EntryName"), row.name},
                                {QStringLiteral("RuleName"), QStringLiteral("orgnr")}}));
                    }
                    done(matches);
                },
                fail);
        },
        fail);
}

void ContactSession::checkForDuplicates()
{
    // Only a company not saved yet: offer to open an existing one before creating a twin.
    if (!m_document || !m_document->isNew())
        return;
    const QString name = m_document->entity().name().trimmed();
    if (name.size() < 2 || name == m_checkedDuplicatesFor)
        return;
    m_checkedDuplicatesFor = name;
    findDuplicates(m_lookup, name, QString(), [this, name](const QList<DuplicateEntry> &matches) {
        if (!matches.isEmpty() && m_document && m_document->entity().name().trimmed() == name)
            emit possibleDuplicates(matches);
    });
}
