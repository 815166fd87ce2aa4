#include "entitysession.h"

#include "connectivitymonitor.h"
#include "draftstore.h"

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

void EntitySession::onFailure(Operation operation, const ApiError &error)
{
    if (operation == Operation::Save && error.kind() != ApiError::Kind::Cancelled &&
        error.kind() != ApiError::Kind::Unauthorized)
        setState(Draft::State::Failed, error.message());
    fail(operation, error);
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
