#pragma once

#include <QTcpServer>

// Accepts connections with Nagle's algorithm off. Each answer is written whole, so Nagle has
// nothing to coalesce; it could only hold an answer's last, partial segment until the client
// acknowledges earlier ones, which its delayed ACK puts off by up to 40 ms (200 ms on Windows).
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};
