#pragma once

#include "connectionguard.h"
#include "faultinjector.h"
#include "requestlog.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "userdirectory.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

#include <memory>

class ApiRoutes;
class ConnectionLimiter;
class LoginService;
class LowDelayTcpServer;
class SandboxServices;
class TestHooks;

// contact-sandbox's HTTP side: a SuperOffice-compatible WebAPI on loopback (/api/...) and its
// login service (/login/, /api/state/), with fault injection and a request log, plus test hooks
// under /sandbox/ when started with --admin.
// Responses are written straight to the socket so faults can break them.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        QString databaseFile; // empty: in memory
        bool demo = false;
        int seed = 0;
        bool admin = false;
        qint64 bodyLimit = 16 * 1024 * 1024;
        int idleTimeoutMs = 120000;   // a connection without a request is closed after this
        int requestTimeoutMs = 30000; // a request must arrive whole within this (else 408)
    };

    explicit SandboxServer(const UserDirectory &users, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the store and seeds it when it is empty.
    bool setUp(const Options &options, QString *error);
    // Listens on 127.0.0.1 only; returns the port, 0 on failure.
    quint16 listenLocal(quint16 port);
    FaultInjector &faults() { return m_faults; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Both add Server-Timing: the time since routing started.
    void send(QTcpSocket *socket, SandboxReply reply, bool close, const QElapsedTimer &routing);
    void sendFaulty(QTcpSocket *socket, const FaultInjector::Fault &fault, SandboxReply normal,
                    bool close, const QElapsedTimer &routing);
    QString baseUrl(const SandboxRequest &request) const;
    // The second port a moved tenant answers on (see TenantState); opening again replaces it.
    quint16 openTenantPort();
    void closeTenantPort();

    ConnectionGuard::Limits limits() const;

    Options m_options;
    quint16 m_port = 0;
    UserDirectory m_users;
    std::unique_ptr<SandboxServices> m_services;
    FaultInjector m_faults;
    RequestLog m_log;
    std::unique_ptr<LoginService> m_login;
    std::unique_ptr<ApiRoutes> m_api;
    std::unique_ptr<TestHooks> m_hooks;
    QPointer<LowDelayTcpServer> m_tenantServer;
    QPointer<ConnectionLimiter> m_limiter; // a child
};
