#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reading what a request sends: its JSON object body, with SuperOffice's error replies for XML,
// empty or broken bodies, and the parameters that come in the body or else the query.
class RequestBody
{
public:
    // nullopt with *reply set when the body is neither a JSON object nor what SuperOffice's own
    // client sends without one (no body, or the JSON null): those are taken as {}.
    static std::optional<QJsonObject> object(const SandboxRequest &r, SandboxReply *reply);
    // A member by name without case; undefined when absent.
    static QJsonValue member(const QJsonObject &o, const QString &name);
    // A wrapper member ("ContactEntity", "EnrichId") or, when absent, the query item of that name.
    static QString parameter(const SandboxRequest &r, const QJsonObject &body, const QString &name);
    static SandboxReply badRequest(const QString &why);
};
