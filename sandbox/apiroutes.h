#pragma once

#include "requestcontext.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxrouter.h"

#include <QString>

class SandboxServices;
class UserDirectory;

// The WebAPI under /api (and /{tenant}/api): version information without credentials, then
// authentication, then each call routed by path and method to the Contact and Person agents, REST
// Contact and Person, the archive search or the lookups, with its parameters taken from the body or
// the query.
class ApiRoutes
{
public:
    ApiRoutes(const UserDirectory &users, SandboxServices &services);

    SandboxReply dispatch(const SandboxRequest &request, const QString &baseUrl) const;
    // Every route below /api/v1: method and pattern.
    QList<std::pair<QByteArray, QString>> routes() const { return m_routes.patterns(); }

private:
    struct Call
    {
        const SandboxRequest &request;
        const RequestContext &context;
    };

    void addAgentRoutes();
    void addPersonRoutes();
    void addRestRoutes();
    // nullptr with *refusal set when the credentials are missing or wrong.
    const SandboxUser *authenticate(const SandboxRequest &r, const QString &language,
                                    SandboxReply *refusal) const;

    const UserDirectory &m_users;
    SandboxServices &m_services;
    SandboxRouter<Call> m_routes; // below /api/v1
};
