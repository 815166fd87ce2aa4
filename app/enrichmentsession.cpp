#include "enrichmentsession.h"

#include "address.h"
#include "entitydocument.h"
#include "enrichcontactentityjob.h"
#include "entitydiff.h"
#include "getpreviewenrichcontactjob.h"
#include "jobrunner.h"
#include "mdolistjob.h"
#include "webapiclient.h"

QStringList EnrichmentSession::enrichedMembers()
{
    return {QStringLiteral("Address"), QStringLiteral("Phones"), QStringLiteral("Emails"),
            QStringLiteral("Urls"), QStringLiteral("Faxes")};
}

EnrichmentSession::EnrichmentSession(WebApiClient *client, EntityDocument *document,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_document(document)
    , m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::busyChanged, this, &EnrichmentSession::busyChanged);
}

bool EnrichmentSession::isBusy() const
{
    return m_jobs->isBusy();
}

QString EnrichmentSession::busyText() const
{
    return m_jobs->description();
}

template <typename Job>
void EnrichmentSession::run(Job *job, void (EnrichmentSession::*then)(Job *))
{
    m_jobs->run<Job>(
        job, [this, then](Job *finished) { (this->*then)(finished); },
        [this](const ApiError &error) { emit failed(error); });
}

void EnrichmentSession::search(const QString &name, const QString &countryIso2)
{
    const QString additional =
        countryIso2.isEmpty() ? QString() : QStringLiteral("countryIso2=") + countryIso2.toLower();
    run(m_client->mdoList(QStringLiteral("enrichcontact"), name.trimmed(), additional),
        &EnrichmentSession::onCandidates);
}

void EnrichmentSession::preview(const QString &enrichId)
{
    run(m_client->getPreviewEnrichContact(enrichId), &EnrichmentSession::onPreview);
}

void EnrichmentSession::enrich(const QString &enrichId)
{
    if (!m_document)
        return;
    m_enrichId = enrichId;
    // Only the enriched members come back filled; the rest is nulled, a smaller answer.
    run(m_client->enrichContactEntity(m_document->entity(), enrichId, enrichedMembers()),
        &EnrichmentSession::onEnriched);
}

void EnrichmentSession::cancel()
{
    m_jobs->cancel();
}

void EnrichmentSession::onCandidates(MdoListJob *job)
{
    QList<MDOListItem> candidates;
    for (const MDOListItem &item : job->items()) {
        if (!item.extraInfo().isEmpty())
            candidates.append(item);
    }
    emit candidatesReady(candidates);
}

void EnrichmentSession::onPreview(GetPreviewEnrichContactJob *job)
{
    emit previewReady(job->preview());
}

void EnrichmentSession::onEnriched(EnrichContactEntityJob *job)
{
    if (!m_document)
        return;
    // The service's values for the enriched members, on top of the working entity.
    QJsonObject proposed = m_document->working();
    const QJsonObject answer = job->entity().json();
    for (const QString &member : enrichedMembers()) {
        const QJsonValue v = answer.value(member);
        if (!v.isNull() && !v.isUndefined())
            proposed.insert(member, v);
    }
    m_proposed = proposed;
    m_proposals = buildProposals(m_document, proposed);
    emit proposalsReady(m_proposals);
}

QList<EnrichmentSession::Proposal>
EnrichmentSession::buildProposals(const EntityDocument *document, const QJsonObject &proposed)
{
    QList<Proposal> out;
    const QJsonObject working = document->working();
    const QJsonObject base = document->base().json();
    const FieldRights &rights = document->rights();
    const QStringList members = enrichedMembers();
    for (const EntityChange &change : EntityDiff::compute(working, proposed)) {
        if (!members.contains(change.member))
            continue;
        // An empty proposal never erases data: nothing is removed or blanked by enrichment.
        if (change.kind == EntityChange::Kind::Removed || change.after.trimmed().isEmpty())
            continue;
        Proposal p;
        p.change = change;
        FieldRights::Access access = rights.field(change.member);
        if (access.editable && change.member == QLatin1String("Address") && !change.key.isEmpty())
            access =
                rights.nested(working.value(QLatin1String("Address")).toObject()).field(change.key);
        if (!access.visible || !access.editable) {
            p.allowed = false;
            p.recommended = false;
            p.note = access.reason.isEmpty() ? tr("You may not change this field.") : access.reason;
            out.append(p);
            continue;
        }
        // Something the user typed in this session is not overwritten unless they say so.
        bool typed = false;
        if (change.kind == EntityChange::Kind::Changed) {
            if (change.member == QLatin1String("Address")) {
                Address::Part part;
                if (Address::partFromName(change.key, &part))
                    typed =
                        Address(working.value(QLatin1String("Address")).toObject()).value(part) !=
                        Address(base.value(QLatin1String("Address")).toObject()).value(part);
            } else {
                const QJsonArray wl = working.value(change.member).toArray();
                const QJsonArray bl = base.value(change.member).toArray();
                typed = change.baseIndex >= bl.size() ||
                        wl.at(change.baseIndex) != bl.at(change.baseIndex);
            }
        }
        if (typed) {
            p.recommended = false;
            p.note = tr("You changed this yourself; it is kept unless you tick it.");
        }
        out.append(p);
    }
    return out;
}

int EnrichmentSession::apply(const QList<int> &accepted)
{
    if (!m_document)
        return 0;
    QList<EntityChange> chosen;
    for (int i : accepted) {
        if (i >= 0 && i < m_proposals.size() && m_proposals.at(i).allowed)
            chosen.append(m_proposals.at(i).change);
    }
    if (chosen.isEmpty())
        return 0;
    const EntityDiff::Edits edits = EntityDiff::apply(m_document->working(), m_proposed, chosen);
    m_document->breakMerge();
    m_document->setValues(edits, tr("Enrich company"));
    m_document->breakMerge();
    return int(chosen.size());
}
