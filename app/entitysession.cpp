#include "entitysession.h"

#include "backgroundrelease.h"
#include "connectivitymonitor.h"
#include "draftrecorder.h"
#include "draftstore.h"
#include "entityjob.h"
#include "fieldcatalogue.h"
#include "jsonequal.h"
#include "offlinecache.h"
#include "undohistory.h"
#include "webapiclient.h"

#include <tuple>

EntitySession::EntitySession(WebApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::busyChanged, this, &EntitySession::busyChanged);
}

EntitySession::~EntitySession() = default;

void EntitySession::setDraftStore(DraftStore *store, const QString &server)
{
    m_store = store;
    m_server = server;
}

void EntitySession::setConnectivity(ConnectivityMonitor *monitor)
{
    m_connectivity = monitor;
}

bool EntitySession::isOffline() const
{
    return m_connectivity && !m_connectivity->isOnline();
}

QString EntitySession::busyText() const
{
    if (m_waitingForUser)
        return tr("Waiting for your decision");
    return m_jobs->description();
}

bool EntitySession::isWaitingToBeSent() const
{
    return m_state == Draft::State::Queued || m_state == Draft::State::Conflict ||
           m_state == Draft::State::Failed;
}

bool EntitySession::hasUnsentWork() const
{
    return m_document && (m_document->isModified() || isWaitingToBeSent());
}

void EntitySession::setState(Draft::State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    if (m_store && m_draftId)
        m_store->setState(m_draftId, state, message);
    emit draftStateChanged(state, message);
}

void EntitySession::queue(const QString &message)
{
    setState(Draft::State::Queued, message);
    emit queued(message);
}

void EntitySession::fail(Operation operation, const ApiError &error)
{
    m_failed = operation;
    m_error = error;
    emit failed(operation, error);
}

void EntitySession::waitForUser()
{
    m_waitingForUser = true;
    emit busyChanged(true, busyText());
    emit decisionNeeded();
}

bool EntitySession::userAnswered()
{
    if (!m_waitingForUser)
        return false;
    m_waitingForUser = false;
    emit busyChanged(false, QString());
    return true;
}

OfflineCache EntitySession::cache() const
{
    return OfflineCache(m_store, m_server);
}

void EntitySession::adopt(const QJsonObject &base, const QJsonObject &working,
                          const QJsonObject &history)
{
    if (!m_document) {
        m_document = new EntityDocument(kind(), base, this);
        if (!JsonEqual::equal(base, working))
            m_document->restore(Carrier(base), Carrier(working));
        // Its undo steps come back too, when they lead exactly to the working entity.
        if (!history.isEmpty())
            UndoHistory::restore(m_document, history);
        startRecording();
        emit documentReady(m_document);
    } else {
        m_document->restore(Carrier(base), Carrier(working));
    }
}

void EntitySession::startRecording()
{
    if (!m_store || !m_document)
        return;
    if (!m_draftId)
        m_draftId =
            m_store->create(m_server, m_document->base().json(), m_document->working(), kind());
    if (!m_draftId)
        return;
    m_recorder = new DraftRecorder(m_store, m_document, m_draftId, this);
    connect(m_recorder, &DraftRecorder::writeFailed, this, &EntitySession::draftWriteFailed);
}

void EntitySession::open(int id)
{
    m_requestedId = id;
    if (m_store) {
        // A draft of it is the truth on this computer: reopen it, online or not.
        if (const auto draft = m_store->draftFor(m_server, kind(), id)) {
            openDraft(*draft);
            return;
        }
    }
    if (isOffline() && openFromCache())
        return;
    run<EntityJob>(Operation::Open, startGet(id), &EntitySession::onOpened);
}

bool EntitySession::openFromCache()
{
    const auto cached = cache().entity(kind(), m_requestedId);
    if (cached)
        adopt(*cached, *cached);
    return cached.has_value();
}

bool EntitySession::createFromCache()
{
    const auto cached = cache().defaultEntity(kind());
    if (cached) {
        const QJsonObject fresh = prepareNew(*cached);
        adopt(fresh, fresh);
    }
    return cached.has_value();
}

void EntitySession::startCreate()
{
    m_requestedId = 0;
    if (isOffline() && createFromCache())
        return;
    run<EntityJob>(Operation::Create, startCreateDefault(), &EntitySession::onOpened);
}

void EntitySession::openDraft(const Draft &draft)
{
    m_draftId = draft.id;
    m_requestedId = draft.entityId;
    m_createSent = draft.createSent;
    m_state = draft.state;
    m_stateMessage = draft.message;
    if (draft.state == Draft::State::Unreadable) {
        fail(Operation::Open, ApiError(ApiError::Kind::BadResponse, 0, QString(), draft.message));
        return;
    }
    adopt(draft.base, draft.working, draft.history);
    // The replayed state becomes the new snapshot, so the log starts afresh; not when some of
    // it could not be read, which stays in the log as it was, nor when there was none (with a
    // thousand drafts reopening, each write counts).
    if (m_recorder && draft.brokenOperations == 0 && draft.replayedOperations > 0)
        m_recorder->snapshot();
    emit draftStateChanged(m_state, m_stateMessage);
}

QStringList EntitySession::save()
{
    if (!m_document || isBusy())
        return {};
    const QStringList missing = FieldCatalogue::missingMandatory(Carrier(m_document->working()),
                                                                 m_document->rights(), kind());
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
        queue(notice(Notice::QueuedOffline));
        return {};
    }
    if (checkBeforeSave())
        return {};
    m_document->breakMerge();
    if (!m_document->isNew()) {
        run<EntityJob>(Operation::Save, startGet(m_document->id()),
                       &EntitySession::onCurrentFetched);
    } else if (m_createSent || (checksBeforeCreate() && !m_createConfirmed)) {
        // The last create went out but no answer came back: it may have been created. Or the
        // kind looks for a twin before creating.
        checkEarlierCreate();
    } else {
        sendSave();
    }
    return {};
}

void EntitySession::checkEarlierCreate()
{
    // The lookup is a step of the save: its failure is the save's, and it starts afresh.
    m_failed = Operation::None;
    m_error = ApiError();
    findEarlierCreate([this](const QList<DuplicateEntry> &matches) { onEarlierMatches(matches); });
}

void EntitySession::onEarlierMatches(const QList<DuplicateEntry> &matches)
{
    if (matches.isEmpty()) {
        sendSave();
    } else if (isInteractive()) {
        waitForUser();
        emit earlierCreateFound(matches);
    } else {
        setState(Draft::State::Conflict, notice(Notice::EarlierCreate));
        fail(Operation::Save, ApiError(ApiError::Kind::Conflict));
    }
}

void EntitySession::sendSave()
{
    if (m_document->isNew()) {
        m_createSent = true;
        if (m_store && m_draftId)
            m_store->setCreateSent(m_draftId, true);
    }
    m_sent = m_document->working();
    EntityJob *job = startSave(m_sent);
    // A company with thousands of persons: they are compared with the answer's where the answer
    // is decoded, off this thread, and not here once it is in.
    if (job && BackgroundRelease::isLarge(m_sent))
        job->compareList(JsonPath("Persons"), m_sent.value(QLatin1String("Persons")).toArray());
    run<EntityJob>(Operation::Save, job, &EntitySession::onSaved);
}

void EntitySession::retry()
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
        startCreate();
        break;
    case Operation::Save:
        save();
        break;
    case Operation::None:
        break;
    }
}

void EntitySession::onFailure(Operation operation, const ApiError &error)
{
    const bool unreachable =
        error.kind() == ApiError::Kind::Offline || error.kind() == ApiError::Kind::Timeout;
    if (unreachable) {
        if (operation == Operation::Open && openFromCache())
            return;
        if (operation == Operation::Create && createFromCache())
            return;
        if (operation == Operation::Save && m_document) {
            queue(notice(error.kind() == ApiError::Kind::Timeout ? Notice::QueuedTimeout
                                                                 : Notice::QueuedUnreachable));
            m_failed = Operation::Save;
            m_error = error;
            return;
        }
    }
    if (operation == Operation::Save && error.kind() != ApiError::Kind::Cancelled &&
        error.kind() != ApiError::Kind::Unauthorized)
        setState(Draft::State::Failed, error.message());
    fail(operation, error);
}

void EntitySession::onOpened(EntityJob *job)
{
    const QJsonObject &entity = job->json();
    const int id = entity.value(EntityKinds::idMember(kind())).toInt();
    if (id == 0) {
        cache().putDefault(kind(), entity);
        const QJsonObject fresh = prepareNew(entity);
        adopt(fresh, fresh);
        return;
    }
    cache().put(kind(), entity);
    adopt(entity, entity);
}

void EntitySession::onCurrentFetched(EntityJob *job)
{
    const QJsonObject &theirs = job->json();
    const QJsonObject base = m_document->base().json();
    if (theirs.value(QLatin1String("UpdatedDate")) == base.value(QLatin1String("UpdatedDate")) ||
        theirs == base) {
        sendSave();
        return;
    }
    // Someone saved it since it was loaded: take their changes, keep ours, ask about collisions.
    m_theirs = theirs;
    m_merge = ThreeWayMerge::merge(base, m_document->working(), m_theirs);
    if (m_merge.conflicts.isEmpty()) {
        m_document->restore(Carrier(theirs), Carrier(m_merge.merged));
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

void EntitySession::resolveConflicts(const QList<bool> &takeMine)
{
    if (!m_document || !userAnswered())
        return;
    for (qsizetype i = 0; i < m_merge.conflicts.size(); ++i)
        ThreeWayMerge::resolve(m_merge.merged, m_merge.conflicts.at(i),
                               i < takeMine.size() ? takeMine.at(i) : true);
    m_document->restore(Carrier(m_theirs), Carrier(m_merge.merged));
    setState(Draft::State::Editing);
    sendSave();
}

void EntitySession::resolveEarlierCreate(int existingId)
{
    if (!userAnswered())
        return;
    if (existingId > 0) {
        // It exists: this draft is not needed; the caller opens the real one.
        m_createSent = false;
        setState(Draft::State::Editing);
        emit existingChosen(existingId);
        return;
    }
    m_createConfirmed = true;
    sendSave();
}

void EntitySession::abandonSave()
{
    userAnswered();
}

void EntitySession::onSaved(EntityJob *job)
{
    const QJsonObject &entity = job->json();
    // Typing went on while the save was under way: keep those edits on top of the answer.
    QJsonObject typedMeanwhile = m_document->working();
    ListChanges known = job->takeListChanges();
    m_document->acceptSaved(Carrier(entity), known);
    if (!JsonEqual::equal(typedMeanwhile, m_sent)) {
        QJsonObject working = entity;
        for (auto it = typedMeanwhile.constBegin(); it != typedMeanwhile.constEnd(); ++it) {
            if (!JsonEqual::equal(m_sent.value(it.key()), it.value()))
                working.insert(it.key(), it.value());
        }
        m_document->restore(Carrier(entity), Carrier(working));
    }
    // The version sent and the one it replaced: a huge company's are freed on a pool thread,
    // all together, so that the last reference is not dropped here.
    auto replaced = std::make_tuple(std::exchange(m_sent, QJsonObject()), std::move(typedMeanwhile),
                                    std::move(known));
    BackgroundRelease::release(replaced, std::get<0>(replaced));
    m_createSent = false;
    m_requestedId = m_document->id();
    if (m_store && m_draftId) {
        m_store->setCreateSent(m_draftId, false);
        // The recorder wrote the new version as the document took it (on its reset); a huge
        // company's would otherwise be encoded and written twice.
        if (!m_recorder)
            m_store->writeSnapshot(m_draftId, m_document->base().json(), m_document->working(),
                                   m_document->undoStack()->index());
    }
    cache().put(kind(), entity);
    setState(Draft::State::Editing);
    emit saved();
}

void EntitySession::takeServerValue(const QString &member, const QJsonValue &value)
{
    if (!m_document)
        return;
    m_document->takeServerValue(member, value);
    if (m_recorder)
        m_recorder->snapshot();
}

void EntitySession::closeDraft(bool discard)
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
