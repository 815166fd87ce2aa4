#include "oversizebody.h"

namespace {
const QByteArray kPrefix = QByteArrayLiteral("{\"ContactId\":1,\"Padding\":\"");
const QByteArray kSuffix = QByteArrayLiteral("\"}");
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 512 * 1024;
} // namespace

void OversizeBody::start(QTcpSocket *socket, const QByteArray &head, qint64 bodySize)
{
    socket->write(head);
    auto *body = new OversizeBody(socket, bodySize); // owned by the socket
    body->pump();
}

OversizeBody::OversizeBody(QTcpSocket *socket, qint64 bodySize)
    : QObject(socket)
    , m_socket(socket)
    , m_remaining(qMax<qint64>(0, bodySize - kPrefix.size() - kSuffix.size()))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &OversizeBody::pump);
}

void OversizeBody::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    if (!m_prefixWritten) {
        m_socket->write(kPrefix);
        m_prefixWritten = true;
    }
    static const QByteArray padding(kChunk, 'x');
    while (m_remaining > 0 && m_socket->bytesToWrite() < kHighWater) {
        const qint64 n = qMin(m_remaining, kChunk);
        m_socket->write(padding.constData(), n);
        m_remaining -= n;
    }
    if (m_remaining == 0) {
        m_socket->write(kSuffix);
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
    }
}
