#pragma once

#include "apierror.h"
#include "draft.h"
#include "jobrunner.h"

#include <QObject>
#include <QPointer>

class ConnectivityMonitor;
class DraftStore;
class WebApiClient;

// What every open entity's session shares, so a company now and a person next use the same
// machinery: where its draft lives and its state (editing, outbox, conflict, failed), whether the
// server can be reached, the last failure, its calls run one at a time with a continuation each,
// and the signals the outbox, the workspace and the editors listen to. A subclass knows its
// entity: how it opens, saves and merges.
class EntitySession : public QObject
{
    Q_OBJECT

public:
    enum class Operation { None, Open, Create, Save };
    Q_ENUM(Operation)

    ~EntitySession() override;

    // Where drafts live and which server (ConnectionProfile::credentialKey) they belong to;
    // without a store nothing is written to disk.
    void setDraftStore(DraftStore *store, const QString &server);
    void setConnectivity(ConnectivityMonitor *monitor);
    // Outbox runs: conflicts and earlier creates are recorded on the draft, not asked.
    void setInteractive(bool interactive) { m_interactive = interactive; }

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
    virtual bool hasUnsentWork() const = 0;

    // Starts the save pipeline unless mandatory fields are blank; returns their members then
    // (FieldCatalogue::label names them) and says so with mandatoryFieldsBlank.
    virtual QStringList save() = 0;
    void cancel() { m_jobs->cancel(); }
    // Runs the failed operation again (after signing in, or when the network is back).
    virtual void retry() = 0;
    // Closing the entity: an unmodified draft is removed; discard drops a modified one too.
    virtual void closeDraft(bool discard) = 0;

signals:
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

protected:
    EntitySession(WebApiClient *client, QObject *parent);

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
    // Records the failure (a refused save marks the draft failed) and says so.
    virtual void onFailure(Operation operation, const ApiError &error);
    void fail(Operation operation, const ApiError &error);
    void setState(Draft::State state, const QString &message = QString());
    void queue(const QString &message);
    // Stops to ask the user; busy until they answer.
    void waitForUser();
    // The user answered; false when the session was not waiting.
    bool userAnswered();
    bool isOffline() const;
    bool isInteractive() const { return m_interactive; }

    WebApiClient *m_client;
    JobRunner *m_jobs; // the open, create and save pipeline (busy)
    DraftStore *m_store = nullptr;
    QString m_server;
    QPointer<ConnectivityMonitor> m_connectivity;
    qint64 m_draftId = 0;
    Draft::State m_state = Draft::State::Editing;
    QString m_stateMessage;
    Operation m_failed = Operation::None;
    ApiError m_error;

private:
    bool m_interactive = true;
    bool m_waitingForUser = false;
};
