#include "connectionguard.h"

#include "sandboxreply.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcGuard, "contact.sandbox.guard", QtWarningMsg)

namespace {
constexpr qint64 kReadPiece = 64 * 1024;
constexpr qsizetype kChunkLineLimit = 1024;
// After a refusal: how long and how much of the rest of the request is read and dropped, so the
// client gets to read the answer instead of a reset.
constexpr int kLingerMs = 2000;
constexpr qint64 kLingerBytes = 64 * 1024 * 1024;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    // The socket's own buffer never holds more than the largest request the guard lets through,
    // plus a piece of the next one.
    socket->setReadBufferSize(limits.headerLimit + limits.bodyLimit + kReadPiece);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
        m_written += n;
        if (m_state == State::Rejected && m_socket && m_socket->bytesToWrite() == 0)
            // The answer is out: say so with a FIN and keep reading what the client still sends.
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    armIdle();
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::setAnswerPending(bool pending)
{
    m_answerPending = pending;
    if (!pending && m_state == State::Waiting)
        armIdle();
}

bool ConnectionGuard::isIdle() const
{
    return m_socket && m_state == State::Waiting && !m_answerPending &&
           m_socket->bytesToWrite() == 0 && m_socket->bytesAvailable() == 0;
}

void ConnectionGuard::closeIdle()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::armIdle()
{
    m_idle.start();
    m_writtenMark = m_written;
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_state == State::Rejected) {
        discard();
        return;
    }
    if (!m_inTransaction) {
        if (m_socket->isTransactionStarted()) {
            // Qt's parser is inside a request the guard took as complete: their framings
            // disagree, and nothing here can bound what follows.
            qCWarning(lcGuard, "request framing out of step with Qt's parser; closing");
            m_socket->abort();
            return;
        }
        if (m_socket->bytesAvailable() == 0)
            return;
        // Everything read until the request is complete is read again by Qt's parser after a
        // rollback; until then its slot finds nothing to read.
        m_socket->startTransaction();
        m_inTransaction = true;
        m_state = State::Head;
        m_head.clear();
        m_lineStart = 0;
        m_headEnd = -1;
        m_sawRequestLine = false;
        m_contentLength = -1;
        m_chunked = false;
        m_badLength = false;
        m_expectContinue = false;
        m_timer.start(m_limits.requestTimeoutMs);
    }
    advance();
}

void ConnectionGuard::advance()
{
    if (m_state == State::Head) {
        const qint64 room = m_limits.headerLimit - m_head.size();
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_head += m_socket->read(qMin(room, m_socket->bytesAvailable()));
        if (!scanHeadLines()) {
            if (m_head.size() >= m_limits.headerLimit)
                reject(431, QStringLiteral("SoBadRequestException"),
                       QStringLiteral("The request line and headers are larger than %1 bytes")
                           .arg(m_limits.headerLimit));
            return;
        }
        if (m_badLength) {
            reject(400, QStringLiteral("SoBadRequestException"),
                   QStringLiteral("The Content-Length header is not a single number"));
            return;
        }
        const qsizetype extra = m_head.size() - m_headEnd; // body bytes read with the head
        // A client that waits for leave to send the body (curl, over 1 MiB) gets it now.
        if (m_expectContinue && extra == 0 && (m_chunked || m_contentLength > 0) &&
            m_contentLength <= m_limits.bodyLimit)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_chunked) {
            m_state = State::Chunked;
            m_chunk = Chunk::Size;
            m_chunkLine.clear();
            m_chunkLeft = 0;
            m_decoded = 0;
            m_wire = 0;
            qsizetype used = 0;
            if (!feedChunked(m_head.constData() + m_headEnd, extra, &used))
                return;
        } else if (m_contentLength > m_limits.bodyLimit) {
            // Refused from the header alone: not one byte of the body is kept.
            reject(
                413, QStringLiteral("SoPayloadTooLargeException"),
                QStringLiteral("The request body is larger than %1 bytes").arg(m_limits.bodyLimit));
            return;
        } else {
            m_state = State::Body;
            m_remaining = qMax<qint64>(0, m_contentLength) - extra;
        }
    }
    // Every byte that has arrived is read here: Qt's parser, whose slot runs next, would read
    // whatever is left inside this transaction.
    char piece[kReadPiece];
    if (m_state == State::Body) {
        // The bytes stay in the socket's buffer (bounded by the length) for Qt's parser.
        while (m_remaining > 0 && m_socket->bytesAvailable() > 0) {
            const qint64 n = m_socket->read(piece, sizeof piece);
            if (n <= 0)
                break;
            m_remaining -= n;
        }
        if (m_remaining <= 0)
            release();
        return;
    }
    if (m_state == State::Chunked) {
        while (m_state == State::Chunked && m_socket->bytesAvailable() > 0) {
            const qint64 n = m_socket->read(piece, sizeof piece);
            if (n <= 0)
                return;
            qsizetype used = 0;
            if (!feedChunked(piece, n, &used))
                return;
        }
    }
}

bool ConnectionGuard::scanHeadLines()
{
    if (m_headEnd >= 0)
        return true;
    for (;;) {
        const qsizetype nl = m_head.indexOf('\n', m_lineStart);
        if (nl < 0)
            return false;
        QByteArrayView line(m_head.constData() + m_lineStart, nl - m_lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        m_lineStart = nl + 1;
        if (!m_sawRequestLine) {
            // Qt's parser skips blank lines left over from the previous request.
            if (!line.trimmed().isEmpty())
                m_sawRequestLine = true;
            continue;
        }
        if (line.isEmpty()) {
            m_headEnd = m_lineStart;
            return true;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (m_contentLength >= 0 && m_contentLength != length))
                m_badLength = true;
            else
                m_contentLength = length;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 &&
                   value.toByteArray().toLower().contains("chunked")) {
            m_chunked = true;
        }
    }
}

bool ConnectionGuard::feedChunked(const char *data, qsizetype size, qsizetype *used)
{
    qsizetype i = 0;
    auto tooLarge = [this] {
        reject(413, QStringLiteral("SoPayloadTooLargeException"),
               QStringLiteral("The request body is larger than %1 bytes").arg(m_limits.bodyLimit));
        return false;
    };
    auto bad = [this](const QString &why) {
        reject(400, QStringLiteral("SoBadRequestException"), why);
        return false;
    };
    while (i < size) {
        if (m_chunk == Chunk::Data) {
            const qint64 n = qMin<qint64>(m_chunkLeft, size - i);
            m_chunkLeft -= n;
            i += n;
            m_wire += n;
            if (m_chunkLeft == 0)
                m_chunk = Chunk::DataEnd;
            continue;
        }
        // Size, DataEnd and Trailer are lines.
        const char c = data[i++];
        ++m_wire;
        m_chunkLine.append(c);
        if (m_chunkLine.size() > kChunkLineLimit)
            return bad(QStringLiteral("A chunk line is longer than %1 bytes").arg(kChunkLineLimit));
        if (c != '\n')
            continue;
        // Qt's parser reads chunk lines ending in CRLF only.
        if (!m_chunkLine.endsWith("\r\n"))
            return bad(QStringLiteral("Chunk lines must end with CRLF"));
        const QByteArray line = m_chunkLine.chopped(2);
        m_chunkLine.clear();
        switch (m_chunk) {
        case Chunk::Size: {
            bool ok = false;
            const qsizetype extension = line.indexOf(';');
            const QByteArray digits = extension < 0 ? line : line.first(extension);
            const qint64 chunkSize = digits.trimmed().toLongLong(&ok, 16);
            if (!ok || chunkSize < 0)
                return bad(QStringLiteral("A chunk size is not a hexadecimal number"));
            if (chunkSize > m_limits.bodyLimit - m_decoded)
                return tooLarge();
            m_decoded += chunkSize;
            m_chunkLeft = chunkSize;
            m_chunk = chunkSize == 0 ? Chunk::Trailer : Chunk::Data;
            break;
        }
        case Chunk::DataEnd:
            if (!line.isEmpty())
                return bad(QStringLiteral("A chunk is longer than its size"));
            m_chunk = Chunk::Size;
            break;
        case Chunk::Trailer:
            if (!line.isEmpty())
                return bad(QStringLiteral("Trailers after a chunked body are not supported"));
            *used = i;
            release();
            return true;
        case Chunk::Data:
            break;
        }
        if (m_wire > m_limits.bodyLimit + m_limits.headerLimit)
            return tooLarge(); // framing that costs more than the body it carries
    }
    *used = i;
    return true;
}

void ConnectionGuard::release()
{
    // Qt's parser, whose slot runs right after this one, reads the whole request again.
    m_socket->rollbackTransaction();
    m_inTransaction = false;
    m_state = State::Waiting;
    m_head.clear();
    m_chunkLine.clear();
    // The answer is written before the event loop runs again, unless a delay holds it.
    armIdle();
}

void ConnectionGuard::reject(int status, const QString &type, const QString &message)
{
    if (!m_socket)
        return;
    qCDebug(lcGuard).noquote() << "refused:" << status << message;
    m_state = State::Rejected;
    if (m_inTransaction) {
        // Drops what was read of the request.
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
    m_head.clear();
    m_head.squeeze();
    // Qt's parser must not see the rest: only this guard reads the socket from now on. Slots
    // disconnected during an emission are not called by it.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    SandboxReply reply =
        SandboxReply::error(status, type, message, QStringLiteral("contact-sandbox"));
    reply.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_socket->write(reply.serialize());
    m_timer.start(qMin(kLingerMs, m_limits.requestTimeoutMs));
    discard();
}

void ConnectionGuard::discard()
{
    char sink[kReadPiece];
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(sink, sizeof sink);
        if (n <= 0)
            break;
        m_discarded += n;
    }
    if (m_socket && m_discarded > kLingerBytes)
        m_socket->abort();
}

void ConnectionGuard::onTimeout()
{
    if (!m_socket)
        return;
    switch (m_state) {
    case State::Rejected:
        m_socket->abort();
        return;
    case State::Head:
    case State::Body:
    case State::Chunked:
        reject(408, QStringLiteral("SoRequestTimeoutException"),
               QStringLiteral("The request did not arrive within %1 ms")
                   .arg(m_limits.requestTimeoutMs));
        return;
    case State::Waiting:
        if (m_answerPending) {
            armIdle();
            return;
        }
        if (m_socket->bytesToWrite() > 0) {
            // Still writing an answer: fine while the client reads it.
            if (m_written != m_writtenMark) {
                armIdle();
                return;
            }
            m_socket->abort();
            return;
        }
        m_socket->disconnectFromHost();
        return;
    }
}
