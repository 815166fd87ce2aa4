#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

// Streams a valid JSON object of an exact size to a socket in small chunks, so a fault can send
// tens of megabytes without building them in memory. Lives as a child of the socket.
class OversizeBody : public QObject
{
    Q_OBJECT

public:
    // Writes the head now and the body as the socket drains; deletes itself when done.
    static void start(QTcpSocket *socket, const QByteArray &head, qint64 bodySize);

private:
    OversizeBody(QTcpSocket *socket, qint64 bodySize);
    void pump();

    QPointer<QTcpSocket> m_socket;
    qint64 m_remaining = 0; // padding characters still to write
    bool m_prefixWritten = false;
};
