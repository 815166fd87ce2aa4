#include "contactsession.h"

#include "connectivitymonitor.h"
#include "contactsearchjob.h"
#include "createdefaultcontactentityjob.h"
#include "draftrecorder.h"
#include "draftstore.h"
#include "fieldcatalogue.h"
#include "getcontactentityjob.h"
#include "getduplicatesjob.h"
#include "jobrunner.h"
#include "offlinecache.h"
#include "savecontactentityjob.h"
#include "undohistory.h"
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

bool ContactSession::hasUnsentWork() const
{
    return m_document && (m_document->isModified() || isWaitingToBeSent());
}

void ContactSession::adopt(const QJsonObject &base, const QJsonObject &working,
                           const QJsonObject &history)
{
    if (!m_document) {
        m_document = new ContactDocument(ContactEntity(base), this);
        if (base != working)
            m_document->restore(ContactEntity(base), ContactEntity(working));
        // Its undo steps come back too, when they lead exactly to the working entity.
        if (!history.isEmpty())
            UndoHistory::restore(m_document, history);
        startRecording();
        emit documentReady(m_document);
    } else {
        m_document->restore(ContactEntity(base), ContactEntity(working));
    }
}

void ContactSession::startRecording()
{
    if (!m_store || !m_document)
        return;
    if (!m_draftId)
        m_draftId = m_store->create(m_server, m_document->base().json(), m_document->working());
    if (!m_draftId)
        return;
    m_recorder = new DraftRecorder(m_store, m_document, m_draftId, this);
    connect(m_recorder, &DraftRecorder::writeFailed, this, &ContactSession::draftWriteFailed);
}

void ContactSession::open(int contactId)
{
    m_requestedId = contactId;
    if (m_store) {
        // A draft of it is the truth on this computer: reopen it, online or not.
        if (const auto draft = m_store->draftForContact(m_server, contactId)) {
            openDraft(*draft);
            return;
        }
    }
    if (isOffline() && openFromCache())
        return;
    run<EntityJob>(Operation::Open, m_client->getContactEntity(contactId),
                   &ContactSession::onOpened);
}

OfflineCache ContactSession::cache() const
{
    return OfflineCache(m_store, m_server);
}

bool ContactSession::openFromCache()
{
    const auto cached = cache().contact(m_requestedId);
    if (cached)
        adopt(*cached, *cached);
    return cached.has_value();
}

bool ContactSession::createFromCache()
{
    const auto cached = cache().defaultContact();
    if (cached)
        adopt(*cached, *cached);
    return cached.has_value();
}

void ContactSession::createNew()
{
    m_requestedId = 0;
    if (isOffline() && createFromCache())
        return;
    run<EntityJob>(Operation::Create, m_client->createDefaultContactEntity(),
                   &ContactSession::onOpened);
}

void ContactSession::openDraft(const Draft &draft)
{
    m_draftId = draft.id;
    m_requestedId = draft.contactId;
    m_createSent = draft.createSent;
    m_state = draft.state;
    m_stateMessage = draft.message;
    if (draft.state == Draft::State::Unreadable) {
        fail(Operation::Open, ApiError(ApiError::Kind::BadResponse, 0, QString(), draft.message));
        return;
    }
    adopt(draft.base, draft.working, draft.history);
    // The replayed state becomes the new snapshot, so the log starts afresh; not when some of
    // it could not be read, which stays in the log as it was.
    if (m_recorder && draft.brokenOperations == 0)
        m_recorder->snapshot();
    emit draftStateChanged(m_state, m_stateMessage);
}

QStringList ContactSession::save()
{
    if (!m_document || isBusy())
        return {};
    const QStringList missing =
        FieldCatalogue::missingMandatory(m_document->entity(), m_document->rights());
    if (!missing.isEmpty()) {
        emit mandatoryFieldsBlank(missing);
        return missing;
    }
    if (m_store && m_client->profile().serverKey() != m_server) {
        // Signed in elsewhere since it was opened: never save it into another tenant.
        fail(Operation::Save, ApiError(ApiError::Kind::WrongServer));
        return {};
    }
    if (isOffline()) {
        queue(tr("You are offline. The company waits in the outbox and is saved when the "
                 "connection is back."));
        return {};
    }
    m_document->breakMerge();
    if (!m_document->entity().isNew()) {
        run(Operation::Save, m_client->getContactEntity(m_document->entity().contactId()),
            &ContactSession::onCurrentFetched);
    } else if (m_createSent) {
        // The last create went out but no answer came back: it may have been created.
        checkEarlierCreate();
    } else {
        sendSave();
    }
    return {};
}

void ContactSession::findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                                    std::function<void(const QList<DuplicateEntry> &)> done)
{
    // Only the save pipeline's lookup is a step of the save: its failure is the save's, and it
    // starts afresh; the check while typing leaves the save's last failure alone.
    const bool partOfSave = runner == m_jobs;
    if (partOfSave) {
        m_failed = Operation::None;
        m_error = ApiError();
    }
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

void ContactSession::checkEarlierCreate()
{
    findDuplicates(m_jobs, m_document->entity().name(), m_document->entity().orgNr().trimmed(),
                   [this](const QList<DuplicateEntry> &matches) { onEarlierMatches(matches); });
}

void ContactSession::onEarlierMatches(const QList<DuplicateEntry> &matches)
{
    if (matches.isEmpty()) {
        sendSave();
    } else if (isInteractive()) {
        waitForUser();
        emit earlierCreateFound(matches);
    } else {
        setState(Draft::State::Conflict, tr("An earlier attempt to create this company may "
                                            "have succeeded. Open it to decide."));
        fail(Operation::Save, ApiError(ApiError::Kind::Conflict));
    }
}

void ContactSession::checkForDuplicates()
{
    // Only a company not saved yet: offer to open an existing one before creating a twin.
    if (!m_document || !m_document->entity().isNew())
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

void ContactSession::sendSave()
{
    if (m_document->entity().isNew()) {
        m_createSent = true;
        if (m_store && m_draftId)
            m_store->setCreateSent(m_draftId, true);
    }
    m_sent = m_document->working();
    run<EntityJob>(Operation::Save, m_client->saveContactEntity(m_document->entity()),
                   &ContactSession::onSaved);
}

void ContactSession::retry()
{
    if (m_failed != Operation::None)
        emit retrying();
    switch (m_failed) {
    case Operation::Open:
        if (m_state == Draft::State::Unreadable)
            break;
        open(m_requestedId);
        break;
    case Operation::Create:
        createNew();
        break;
    case Operation::Save:
        save();
        break;
    case Operation::None:
        break;
    }
}

void ContactSession::onFailure(Operation operation, const ApiError &error)
{
    const bool unreachable =
        error.kind() == ApiError::Kind::Offline || error.kind() == ApiError::Kind::Timeout;
    if (unreachable) {
        if (operation == Operation::Open && openFromCache())
            return;
        if (operation == Operation::Create && createFromCache())
            return;
        if (operation == Operation::Save && m_document) {
            queue(error.kind() == ApiError::Kind::Timeout
                      ? tr("The server did not answer in time. The company waits in the outbox.")
                      : tr("The server cannot be reached. The company waits in the outbox."));
            m_failed = Operation::Save;
            m_error = error;
            return;
        }
    }
    EntitySession::onFailure(operation, error);
}

void ContactSession::onOpened(EntityJob *job)
{
    const ContactEntity &entity = job->entity();
    if (entity.isNew())
        cache().putDefaultContact(entity);
    else
        cache().putContact(entity);
    adopt(entity.json(), entity.json());
}

void ContactSession::onCurrentFetched(GetContactEntityJob *job)
{
    const ContactEntity &theirs = job->entity();
    const QJsonObject base = m_document->base().json();
    if (theirs.json().value(QLatin1String("UpdatedDate")) ==
            base.value(QLatin1String("UpdatedDate")) ||
        theirs.json() == base) {
        sendSave();
        return;
    }
    // Someone saved it since it was loaded: take their changes, keep ours, ask about collisions.
    m_theirs = theirs.json();
    m_merge = ThreeWayMerge::merge(base, m_document->working(), m_theirs);
    if (m_merge.conflicts.isEmpty()) {
        m_document->restore(theirs, ContactEntity(m_merge.merged));
        if (!m_merge.takenFromServer.isEmpty())
            emit mergedFromServer(m_merge.takenFromServer);
        sendSave();
        return;
    }
    setState(Draft::State::Conflict,
             tr("Changed on the server too: %n field(s) need your decision.", nullptr,
                int(m_merge.conflicts.size())));
    if (!isInteractive()) {
        fail(Operation::Save, ApiError(ApiError::Kind::Conflict));
        return;
    }
    waitForUser();
    emit conflictsFound(m_merge);
}

void ContactSession::resolveConflicts(const QList<bool> &takeMine)
{
    if (!m_document || !userAnswered())
        return;
    for (qsizetype i = 0; i < m_merge.conflicts.size(); ++i)
        ThreeWayMerge::resolve(m_merge.merged, m_merge.conflicts.at(i),
                               i < takeMine.size() ? takeMine.at(i) : true);
    m_document->restore(ContactEntity(m_theirs), ContactEntity(m_merge.merged));
    setState(Draft::State::Editing);
    sendSave();
}

void ContactSession::resolveEarlierCreate(int existingId)
{
    if (!userAnswered())
        return;
    if (existingId > 0) {
        // It exists: this draft is not needed; the caller opens the real one.
        m_createSent = false;
        setState(Draft::State::Editing);
        emit existingCompanyChosen(existingId);
        return;
    }
    sendSave();
}

void ContactSession::abandonSave()
{
    userAnswered();
}

void ContactSession::onSaved(EntityJob *job)
{
    const ContactEntity &entity = job->entity();
    // Typing went on while the save was under way: keep those edits on top of the answer.
    const QJsonObject typedMeanwhile = m_document->working();
    m_document->acceptSaved(entity);
    if (typedMeanwhile != m_sent) {
        QJsonObject working = entity.json();
        for (auto it = typedMeanwhile.constBegin(); it != typedMeanwhile.constEnd(); ++it) {
            if (m_sent.value(it.key()) != it.value())
                working.insert(it.key(), it.value());
        }
        m_document->restore(entity, ContactEntity(working));
    }
    m_createSent = false;
    m_requestedId = entity.contactId();
    if (m_store && m_draftId) {
        m_store->setCreateSent(m_draftId, false);
        m_store->writeSnapshot(m_draftId, m_document->base().json(), m_document->working(),
                               m_document->undoStack()->index());
    }
    cache().putContact(entity);
    setState(Draft::State::Editing);
    emit saved();
}

void ContactSession::closeDraft(bool discard)
{
    if (!m_store || !m_draftId)
        return;
    // A draft that could not be read is kept as it is unless the user discards it.
    if (!discard && (!m_document || m_state == Draft::State::Unreadable))
        return;
    // Without a document (an unreadable draft) only a discard gets here.
    const bool unsent =
        m_document && (m_document->base().json() != m_document->working() || isWaitingToBeSent());
    if (discard || !unsent) {
        m_store->remove(m_draftId);
        m_draftId = 0;
        delete m_recorder;
        m_recorder = nullptr;
    }
}
