#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxrouter.h"

#include <functional>

class ApiRoutes;
class FaultInjector;
class LoginService;
class RequestLog;
class SandboxServices;

// The test hooks under /sandbox/ (only with --admin, only from loopback): faults to add, list and
// clear, the request log, edits of a company or a person by another user, the login service's
// tokens and request log, moving the tenant to another port, and a reset to the seeded state.
class TestHooks
{
public:
    // The server's side of moving the tenant: open a second port (0 on failure), close it again.
    struct TenantPorts
    {
        std::function<quint16()> open;
        std::function<void()> close;
    };

    TestHooks(SandboxServices &services, FaultInjector &faults, RequestLog &log,
              LoginService &login, TenantPorts ports);
    // The routes hold this object.
    TestHooks(const TestHooks &) = delete;
    TestHooks &operator=(const TestHooks &) = delete;

    // What a reset seeds again: the options the server was set up with.
    void setSeeding(bool demo, int generated);
    // The API whose routes GET /sandbox/routes lists next to the hooks' and the login service's.
    void setApi(const ApiRoutes *api) { m_api = api; }
    SandboxReply dispatch(const SandboxRequest &request) const;

private:
    void addLoginHooks(SandboxServices &services, LoginService &login);

    TenantPorts m_ports;
    SandboxRouter<SandboxRequest> m_routes; // below /sandbox
    const ApiRoutes *m_api = nullptr;
    bool m_demo = false;
    int m_generated = 0;
};
