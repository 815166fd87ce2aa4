#include "cannedhttpserver.h"

#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            serve(socket);
    });
}

bool CannedHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString CannedHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void CannedHttpServer::setAnswer(const QByteArray &body, int status)
{
    m_body = body;
    m_status = status;
}

void CannedHttpServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        // One request at a time: its head, then as many body bytes as it announced.
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            m_requests.append(head.left(head.indexOf('\r')));
            buffer->remove(0, end + 4 + length);
            QByteArray answer = "HTTP/1.1 " + QByteArray::number(m_status) +
                                " Canned\r\nContent-Type: application/json; charset=utf-8\r\n"
                                "Content-Length: " +
                                QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body;
            socket->write(answer);
        }
    });
}
