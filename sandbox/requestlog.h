#pragma once

#include "sandboxrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The last requests the server received, for tests to check what a client sent. Credentials are
// never kept: Authorization and SO-AppToken values are replaced by "<redacted>".
class RequestLog
{
public:
    static constexpr int kCapacity = 200;

    void record(const SandboxRequest &request);
    void clear() { m_entries.clear(); }
    QJsonArray entries() const;

private:
    QList<QJsonObject> m_entries;
};
