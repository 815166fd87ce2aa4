#pragma once

#include "connectionguard.h"

#include <QPointer>
#include <QTcpServer>

class ConnectionLimiter;

// Accepts connections with Nagle's algorithm off, each behind a ConnectionGuard and counted by the
// ConnectionLimiter. Each answer is written whole, so Nagle has nothing to coalesce; it could only
// hold an answer's last, partial segment until the client acknowledges earlier ones, which its
// delayed ACK puts off by up to 40 ms (200 ms on Windows).
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    LowDelayTcpServer(ConnectionLimiter *limiter, const ConnectionGuard::Limits &limits,
                      QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QPointer<ConnectionLimiter> m_limiter;
    ConnectionGuard::Limits m_limits;
};
