#include "lowdelaytcpserver.h"

#include <QTcpSocket>

void LowDelayTcpServer::incomingConnection(qintptr descriptor)
{
    // What QTcpServer does by default, plus the option.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}
