#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ConnectionGuard;
class QTcpServer;

// Keeps the sandbox serving when file descriptors run out. Qt 6.4's QTcpServer retries a failed
// accept() (EMFILE) at once and for ever, spinning a core; so the servers stop accepting before the
// process reaches its limit, the longest-idle connection is closed to make room, and accepting
// resumes as connections close.
class ConnectionLimiter : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionLimiter(QObject *parent = nullptr);

    // Raises the soft RLIMIT_NOFILE to the hard limit, or sets it to wanted (> 0, for tests);
    // returns the soft limit now in force.
    static qint64 setFileLimit(qint64 wanted = 0);

    // Connections the process can hold: the soft limit less the descriptors open now and a reserve
    // for the store and the second port. Call once the store is open.
    void measure();
    int capacity() const { return m_capacity; }
    int open() const { return int(m_guards.size()); }

    void addServer(QTcpServer *server);
    // A connection was accepted; the guard's destruction counts it as closed.
    void opened(ConnectionGuard *guard);

private:
    void closed(ConnectionGuard *guard);
    void update();
    static void pause(QTcpServer *server);
    bool spareDescriptor() const;
    void evictIdle();

    QList<QPointer<QTcpServer>> m_servers;
    QList<ConnectionGuard *> m_guards;
    int m_capacity = 1000;
    bool m_paused = false;
    bool m_exhausted =
        false; // an accept found no descriptor to spare: wait for a close or the timer
    QTimer m_retry;
    int m_backoffMs = 50;
};
