#include "connectivitymonitor.h"

#include "currentprincipaljob.h"
#include "webapiclient.h"

#include <QNetworkInformation>

#include <utility>

ConnectivityMonitor::ConnectivityMonitor(WebApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_probe.setInterval(10000);
    connect(&m_probe, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
    connect(client, &WebApiClient::callFinished, this, &ConnectivityMonitor::onCallFinished);
}

void ConnectivityMonitor::watchPlatform()
{
    if (std::exchange(m_watchingPlatform, true))
        return;
    // Without NetworkManager there is no backend; failed calls still tell.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) { onReachability(int(r)); });
        }
    }
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (online)
        m_probe.stop();
    else if (!m_probe.isActive())
        m_probe.start();
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void ConnectivityMonitor::probeNow()
{
    if (m_probeJob || m_client->profile().baseUrl().isEmpty())
        return;
    m_probeJob = m_client->currentPrincipal();
    m_probeJob->setAutoDelete(true);
}

void ConnectivityMonitor::onCallFinished(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
        setOnline(false);
        break;
    case ApiError::Kind::Cancelled:
        break;
    default:
        // Any answer from the server, even an error, means it can be reached.
        setOnline(true);
        break;
    }
}

void ConnectivityMonitor::onReachability(int reachability)
{
    // A server on this computer stays reachable whatever the network does.
    if (m_client->profile().isLoopback())
        return;
    if (reachability == int(QNetworkInformation::Reachability::Disconnected))
        setOnline(false);
    else if (reachability == int(QNetworkInformation::Reachability::Online))
        probeNow();
}
