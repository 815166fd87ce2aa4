#pragma once

#include "apierror.h"
#include "contactdocument.h"
#include "draft.h"
#include "duplicateentry.h"
#include "threewaymerge.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiJob;
class ConnectivityMonitor;
class JobRunner;
class OfflineCache;
class DraftRecorder;
class DraftStore;
class EntityJob;
class GetContactEntityJob;
class WebApiClient;

// One open company and everything that moves it between the server, the disk and the user:
// open (from a draft, the server or the offline cache), create, and the save pipeline (mandatory
// check, the server's current version, a three-way merge, the save itself, or the outbox when
// offline). Every edit is written through to its draft. Nothing here waits: all results come as
// signals.
class ContactSession : public QObject
{
    Q_OBJECT

public:
    enum class Operation { None, Open, Create, Save };
    Q_ENUM(Operation)

    explicit ContactSession(WebApiClient *client, QObject *parent = nullptr);
    ~ContactSession() override;

    // Where drafts live and which server (ConnectionProfile::credentialKey) they belong to;
    // without a store nothing is written to disk.
    void setDraftStore(DraftStore *store, const QString &server);
    void setConnectivity(ConnectivityMonitor *monitor);
    // Outbox runs: conflicts and earlier creates are recorded on the draft, not asked.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    ContactDocument *document() const { return m_document; }
    int contactId() const { return m_document ? m_document->entity().contactId() : m_requestedId; }
    QString displayName() const;
    bool isBusy() const;
    QString busyText() const;
    Operation failedOperation() const { return m_failed; }
    const ApiError &lastError() const { return m_error; }
    qint64 draftId() const { return m_draftId; }
    Draft::State draftState() const { return m_state; }
    QString draftMessage() const { return m_stateMessage; }
    // Modified, queued, in conflict or failed: something is not on the server yet.
    bool hasUnsentWork() const;

    void open(int contactId);
    void createNew();
    // Reopens a draft from the store exactly as it was.
    void openDraft(const Draft &draft);
    // Starts the save pipeline unless mandatory fields are blank; returns their members then
    // (FieldCatalogue::label names them) and says so with mandatoryFieldsBlank.
    QStringList save();
    // A company not saved yet: asks the server for companies it may duplicate (by name), for
    // possibleDuplicates. Runs beside the other calls.
    void checkForDuplicates();
    void cancel();
    // Runs the failed operation again (after signing in, or when the network is back).
    void retry();

    // The user's answers during a save.
    const ThreeWayMerge::Result &pendingMerge() const { return m_merge; }
    void resolveConflicts(const QList<bool> &takeMine);
    // existingId > 0: the earlier attempt did create it; open that one instead of creating
    // again. 0: create anyway.
    void resolveEarlierCreate(int existingId);
    void abandonSave();

    // Closing the company: an unmodified draft is removed; discard drops a modified one too.
    void closeDraft(bool discard);
    // Where the session waits now: in the outbox, in conflict or failed.
    bool isWaitingToBeSent() const;

signals:
    void documentReady(ContactDocument *document);
    void saved();
    void failed(Operation operation, const ApiError &error);
    void busyChanged(bool busy, const QString &text);
    // Saved to the outbox instead of the server (offline).
    void queued(const QString &message);
    // The server changed the company too and some changes collide: the user must choose.
    void conflictsFound(const ThreeWayMerge::Result &result);
    // Changes made on the server were taken into the draft before saving.
    void mergedFromServer(const QStringList &labels);
    // A create whose answer never came: these may be it.
    void earlierCreateFound(const QList<DuplicateEntry> &matches);
    // The earlier create did go through: open this company instead.
    void existingCompanyChosen(int contactId);
    void draftStateChanged(Draft::State state, const QString &message);
    void draftWriteFailed(const QString &message);
    // retry() runs the failed operation again: what was said about the failure is over.
    void retrying();
    // save() found these required fields blank.
    void mandatoryFieldsBlank(const QStringList &fields);
    // The server has companies that this new one may duplicate.
    void possibleDuplicates(const QList<DuplicateEntry> &matches);

private:
    // Starts a call of the given operation; `then` runs on success, failures are handled once.
    template <typename Job>
    void run(Operation operation, Job *job, void (ContactSession::*then)(Job *));
    void onFailure(Operation operation, const ApiError &error);
    void onOpened(EntityJob *job);
    void onCurrentFetched(GetContactEntityJob *job);
    void checkEarlierCreate();
    void onEarlierMatches(const QList<DuplicateEntry> &matches);
    // By name, then by organisation number (a twin shares it even under another name).
    void findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                        std::function<void(const QList<DuplicateEntry> &)> done);
    void sendSave();
    void onSaved(EntityJob *job);
    void queue(const QString &message);
    void setState(Draft::State state, const QString &message = QString());
    void adopt(const QJsonObject &base, const QJsonObject &working,
               const QJsonObject &history = QJsonObject());
    void startRecording();
    bool isOffline() const;
    OfflineCache cache() const;
    bool openFromCache();
    bool createFromCache();

    WebApiClient *m_client;
    JobRunner *m_jobs;   // the open, create and save pipeline (busy)
    JobRunner *m_lookup; // the duplicate check while typing (not busy)
    DraftStore *m_store = nullptr;
    QString m_server;
    QPointer<ConnectivityMonitor> m_connectivity;
    ContactDocument *m_document = nullptr;
    DraftRecorder *m_recorder = nullptr;
    qint64 m_draftId = 0;
    Draft::State m_state = Draft::State::Editing;
    QString m_stateMessage;
    bool m_createSent = false;
    Operation m_failed = Operation::None;
    ApiError m_error;
    int m_requestedId = 0;
    bool m_interactive = true;
    bool m_waitingForUser = false;
    ThreeWayMerge::Result m_merge;
    QJsonObject m_theirs;
    QString m_checkedDuplicatesFor;
    // The entity as sent in the save in flight: edits made meanwhile are replayed on top of the
    // server's answer.
    QJsonObject m_sent;
};
