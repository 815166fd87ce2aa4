#pragma once

#include "apierror.h"
#include "draft.h"
#include "duplicateentry.h"
#include "entitydocument.h"
#include "jobrunner.h"
#include "threewaymerge.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ConnectivityMonitor;
class DraftRecorder;
class DraftStore;
class EntityJob;
class OfflineCache;
class WebApiClient;

// One open entity (a company or a person) between the server, the disk and the user, with
// everything both kinds share: open (from a draft, the server or the offline cache), create, the
// save pipeline (mandatory check, the server's current version, a three-way merge, the save
// itself, or the outbox when offline), the draft written through on every edit, the last failure,
// calls one at a time with a continuation each, and the signals the outbox, the workspace and the
// editors listen to. A subclass names its calls, how an earlier create is found, and its words.
class EntitySession : public QObject
{
    Q_OBJECT

public:
    enum class Operation { None, Open, Create, Save };
    Q_ENUM(Operation)

    ~EntitySession() override;

    virtual EntityKind kind() const = 0;

    // Where drafts live and which server (ConnectionProfile::credentialKey) they belong to;
    // without a store nothing is written to disk.
    void setDraftStore(DraftStore *store, const QString &server);
    void setConnectivity(ConnectivityMonitor *monitor);
    // Outbox runs: conflicts and earlier creates are recorded on the draft, not asked.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    EntityDocument *document() const { return m_document; }
    // The entity's ContactId or PersonId once open, else the one asked for; 0 for a new one.
    int entityId() const { return m_document ? m_document->id() : m_requestedId; }
    virtual QString displayName() const = 0;
    bool isBusy() const { return m_jobs->isBusy() || m_waitingForUser; }
    QString busyText() const;
    Operation failedOperation() const { return m_failed; }
    const ApiError &lastError() const { return m_error; }
    qint64 draftId() const { return m_draftId; }
    Draft::State draftState() const { return m_state; }
    QString draftMessage() const { return m_stateMessage; }
    // In the outbox, in conflict or failed: waiting to be sent.
    bool isWaitingToBeSent() const;
    // Modified or waiting to be sent: something is not on the server yet.
    bool hasUnsentWork() const;

    void open(int id);
    // Reopens a draft from the store exactly as it was.
    void openDraft(const Draft &draft);
    // Starts the save pipeline unless mandatory fields are blank; returns their members then
    // (FieldCatalogue::label names them) and says so with mandatoryFieldsBlank.
    QStringList save();
    void cancel() { m_jobs->cancel(); }
    // Runs the failed operation again (after signing in, or when the network is back).
    void retry();

    // The user's answers during a save.
    const ThreeWayMerge::Result &pendingMerge() const { return m_merge; }
    void resolveConflicts(const QList<bool> &takeMine);
    // existingId > 0: the earlier attempt did create it; open that one instead of creating
    // again. 0: create anyway.
    void resolveEarlierCreate(int existingId);
    void abandonSave();

    // A member the server keeps (a company's Persons) changed there: the document and its draft
    // take it without it becoming an edit of the user's.
    void takeServerValue(const QString &member, const QJsonValue &value);

    // Closing the entity: an unmodified draft is removed; discard drops a modified one too.
    void closeDraft(bool discard);

signals:
    void documentReady(EntityDocument *document);
    void saved();
    void failed(EntitySession::Operation operation, const ApiError &error);
    void busyChanged(bool busy, const QString &text);
    // Saved to the outbox instead of the server (offline).
    void queued(const QString &message);
    // A save stopped to ask the user (conflicting changes, an earlier create).
    void decisionNeeded();
    void draftStateChanged(Draft::State state, const QString &message);
    void draftWriteFailed(const QString &message);
    // retry() runs the failed operation again: what was said about the failure is over.
    void retrying();
    // save() found these required fields blank.
    void mandatoryFieldsBlank(const QStringList &fields);
    // The server changed it too and some changes collide: the user must choose.
    void conflictsFound(const ThreeWayMerge::Result &result);
    // Changes made on the server were taken into the draft before saving.
    void mergedFromServer(const QStringList &labels);
    // A create whose answer never came: these may be it.
    void earlierCreateFound(const QList<DuplicateEntry> &matches);
    // The earlier create did go through: open this one instead.
    void existingChosen(int id);

protected:
    EntitySession(WebApiClient *client, QObject *parent);

    // What differs between the kinds: the calls, ...
    virtual EntityJob *startGet(int id) = 0;
    virtual EntityJob *startCreateDefault() = 0;
    virtual EntityJob *startSave(const QJsonObject &entity) = 0;
    // ... what a new entity gets before it becomes the document (a person its company), ...
    virtual QJsonObject prepareNew(const QJsonObject &entity) const { return entity; }
    // ... how a create whose answer never came is found on the server (done with what may be
    // it; failures go to onFailure as the save's), ...
    virtual void findEarlierCreate(const std::function<void(const QList<DuplicateEntry> &)> &done) = 0;
    // ... and the words for the user.
    enum class Notice { QueuedOffline, QueuedUnreachable, QueuedTimeout, EarlierCreate };
    virtual QString notice(Notice notice) const = 0;
    // Whether a first create looks for an existing twin before it is sent (findEarlierCreate),
    // not only after a create whose answer never came.
    virtual bool checksBeforeCreate() const { return false; }
    // A call the kind needs answered before the save goes on (a company's country changed
    // offline is checked with the server): true when it started one, whose continuation calls
    // save() again; its failures are the save's.
    virtual bool checkBeforeSave() { return false; }

    // Starts a call of the given operation; `then` runs on success, onFailure otherwise.
    template <typename Job, typename Session>
    void run(Operation operation, Job *job, void (Session::*then)(Job *))
    {
        m_failed = Operation::None;
        m_error = ApiError();
        auto *self = static_cast<Session *>(this);
        m_jobs->run<Job>(
            job, [self, then](Job *finished) { (self->*then)(finished); },
            [this, operation](const ApiError &error) { onFailure(operation, error); });
    }
    // A new entity from the server's defaults (or the cached ones offline).
    void startCreate();
    // Records the failure (a refused save marks the draft failed) and says so.
    void onFailure(Operation operation, const ApiError &error);
    void fail(Operation operation, const ApiError &error);
    void setState(Draft::State state, const QString &message = QString());
    void queue(const QString &message);
    // Stops to ask the user; busy until they answer.
    void waitForUser();
    // The user answered; false when the session was not waiting.
    bool userAnswered();
    bool isOffline() const;
    bool isInteractive() const { return m_interactive; }
    OfflineCache cache() const;

    WebApiClient *m_client;
    JobRunner *m_jobs; // the open, create and save pipeline (busy)
    DraftStore *m_store = nullptr;
    QString m_server;
    QPointer<ConnectivityMonitor> m_connectivity;
    EntityDocument *m_document = nullptr;
    qint64 m_draftId = 0;
    int m_requestedId = 0;
    Draft::State m_state = Draft::State::Editing;
    QString m_stateMessage;
    Operation m_failed = Operation::None;
    ApiError m_error;

private:
    void onOpened(EntityJob *job);
    void onCurrentFetched(EntityJob *job);
    void checkEarlierCreate();
    void onEarlierMatches(const QList<DuplicateEntry> &matches);
    void sendSave();
    void onSaved(EntityJob *job);
    void adopt(const QJsonObject &base, const QJsonObject &working,
               const QJsonObject &history = QJsonObject());
    void startRecording();
    bool openFromCache();
    bool createFromCache();

    DraftRecorder *m_recorder = nullptr;
    bool m_interactive = true;
    bool m_waitingForUser = false;
    bool m_createSent = false;
    // The user chose to create it although a twin may exist.
    bool m_createConfirmed = false;
    ThreeWayMerge::Result m_merge;
    QJsonObject m_theirs;
    // The entity as sent in the save in flight: edits made meanwhile are replayed on top of the
    // server's answer.
    QJsonObject m_sent;
};
