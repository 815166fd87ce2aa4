#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxrouter.h"

class FaultInjector;
class RequestLog;
class SandboxServices;

// The test hooks under /sandbox/ (only with --admin, only from loopback): faults to add, list and
// clear, the request log, an edit by another user and a reset to the seeded state.
class TestHooks
{
public:
    TestHooks(SandboxServices &services, FaultInjector &faults, RequestLog &log);
    // The routes hold this object.
    TestHooks(const TestHooks &) = delete;
    TestHooks &operator=(const TestHooks &) = delete;

    // What a reset seeds again: the options the server was set up with.
    void setSeeding(bool demo, int generated);
    SandboxReply dispatch(const SandboxRequest &request) const;

private:
    SandboxRouter<SandboxRequest> m_routes; // below /sandbox
    bool m_demo = false;
    int m_generated = 0;
};
