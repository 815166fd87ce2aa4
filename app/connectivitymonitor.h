#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiError;
class CurrentPrincipalJob;
class WebApiClient;

// Knows whether the server can be reached: from the platform's reachability where it tells,
// and from how calls end. While offline it probes now and then and says when the server is
// back, so the outbox can be sent.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityMonitor(WebApiClient *client, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    void setProbeInterval(int ms) { m_probe.setInterval(ms); }
    // Tests and the "Work offline" switch: force a state (probing resumes when going offline).
    void setOnline(bool online);
    // Try the server now (the user pressed "Save all" or "Retry").
    void probeNow();
    // Listens to the platform's reachability from now on. Loading its plugin takes a few
    // milliseconds, so this waits until the window is on screen; until then calls tell.
    void watchPlatform();

signals:
    void onlineChanged(bool online);

private:
    void onCallFinished(const ApiError &error);
    void onReachability(int reachability);

    WebApiClient *m_client;
    QTimer m_probe;
    QPointer<CurrentPrincipalJob> m_probeJob;
    bool m_online = true;
    bool m_watchingPlatform = false;
};
