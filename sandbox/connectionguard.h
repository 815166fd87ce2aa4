#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// Bounds one connection before Qt HttpServer's parser sees it. Qt 6.4's parser keeps a whole
// request in memory (twice: the socket's transaction and its own copy) and never times anything
// out, so the guard reads each request first: it hands a request to the parser only once it is
// complete and within the limits, refuses an oversized one from its Content-Length (or while a
// chunked body streams) without keeping it, answers 408 to requests that trickle in, and closes
// connections that stay idle.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 bodyLimit = 16 * 1024 * 1024;
        qint64 headerLimit = 64 * 1024; // request line and headers
        int idleTimeoutMs = 120000;     // no request and nothing owed
        int requestTimeoutMs = 30000;   // from a request's first byte to its last
    };

    // Must be created before QAbstractHttpServer connects to the socket's readyRead, so that this
    // guard's slot runs first; it lives as the socket's child.
    ConnectionGuard(QTcpSocket *socket, const Limits &limits);

    static ConnectionGuard *of(QTcpSocket *socket);

    // An answer is owed later (a delay fault): the idle timeout waits for it.
    void setAnswerPending(bool pending);
    // Between requests, owing and writing nothing: closing loses no work.
    bool isIdle() const;
    qint64 idleMs() const { return m_idle.elapsed(); }
    // Closes an idle connection to free its file descriptor.
    void closeIdle();

private:
    enum class State { Waiting, Head, Body, Chunked, Rejected };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    void onReadyRead();
    void onTimeout();
    void advance();
    bool scanHeadLines();
    // Feeds chunked body bytes; false once the request was refused.
    bool feedChunked(const char *data, qsizetype size, qsizetype *used);
    void release();
    void reject(int status, const QString &type, const QString &message);
    void discard();
    void armIdle();

    QPointer<QTcpSocket> m_socket;
    Limits m_limits;
    State m_state = State::Waiting;
    bool m_inTransaction = false;
    bool m_answerPending = false;
    QTimer m_timer;
    QElapsedTimer m_idle;     // since the connection last had nothing to do
    qint64 m_writtenMark = 0; // bytes written when the idle timer was armed
    qint64 m_written = 0;

    // The head being read.
    QByteArray m_head;
    qsizetype m_lineStart = 0;
    qsizetype m_headEnd = -1;
    bool m_sawRequestLine = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_badLength = false;
    bool m_expectContinue = false;
    qint64 m_remaining = 0; // Body: bytes still to arrive

    // Chunked framing.
    Chunk m_chunk = Chunk::Size;
    QByteArray m_chunkLine;
    qint64 m_chunkLeft = 0;
    qint64 m_decoded = 0;
    qint64 m_wire = 0;

    qint64 m_discarded = 0;
};
