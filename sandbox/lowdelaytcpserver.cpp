#include "lowdelaytcpserver.h"

#include "connectionlimiter.h"

#include <QTcpSocket>

LowDelayTcpServer::LowDelayTcpServer(ConnectionLimiter *limiter,
                                     const ConnectionGuard::Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limiter(limiter)
    , m_limits(limits)
{
    if (limiter)
        limiter->addServer(this);
}

void LowDelayTcpServer::incomingConnection(qintptr descriptor)
{
    // What QTcpServer does by default, plus the option and the guard.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Before the socket is handed on, so the guard's readyRead slot runs before Qt's parser's.
    auto *guard = new ConnectionGuard(socket, m_limits);
    if (m_limiter)
        m_limiter->opened(guard);
    addPendingConnection(socket);
}
