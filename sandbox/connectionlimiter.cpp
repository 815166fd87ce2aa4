#include "connectionlimiter.h"

#include "connectionguard.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTcpServer>

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcLimiter, "contact.sandbox.limiter", QtWarningMsg)

namespace {
// Descriptors kept free for the store (SQLite's journal), the second port and Qt itself.
constexpr int kReserve = 24;
constexpr int kFirstBackoffMs = 50;
constexpr int kPending = 30; // QTcpServer's default
constexpr int kMaxBackoffMs = 2000;
} // namespace

ConnectionLimiter::ConnectionLimiter(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (spareDescriptor()) {
            m_exhausted = false;
            m_backoffMs = kFirstBackoffMs;
        } else {
            evictIdle();
            m_backoffMs = qMin(kMaxBackoffMs, m_backoffMs * 2);
            m_retry.start(m_backoffMs);
        }
        update();
    });
}

qint64 ConnectionLimiter::setFileLimit(qint64 wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t target =
        wanted > 0 ? qMin<rlim_t>(rlim_t(wanted), limit.rlim_max) : limit.rlim_max;
    if (target != limit.rlim_cur) {
        rlimit raised = limit;
        raised.rlim_cur = target;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max()
                                           : qint64(limit.rlim_cur);
}

void ConnectionLimiter::measure()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const qint64 soft = limit.rlim_cur == RLIM_INFINITY ? qint64(1) << 20 : qint64(limit.rlim_cur);
    const qsizetype inUse =
        QDir(QStringLiteral("/proc/self/fd"))
            .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
            .size();
    const qint64 room = soft - qMax<qsizetype>(inUse, 8) - kReserve;
    m_capacity = int(qBound(qint64(1), room, qint64(1) << 20));
    qCDebug(lcLimiter) << "connections at most" << m_capacity << "of" << soft << "descriptors";
}

void ConnectionLimiter::addServer(QTcpServer *server)
{
    m_servers.append(server);
    connect(server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        // QTcpServer has paused itself; try again later rather than never.
        qCWarning(lcLimiter) << "accept failed:" << error;
        m_paused = true;
        m_exhausted = true;
        m_retry.start(m_backoffMs);
    });
    if (m_paused)
        pause(server);
}

void ConnectionLimiter::pause(QTcpServer *server)
{
    if (!server)
        return;
    // pauseAccepting() alone does not hold: the accept loop it is called from goes on, and
    // nextPendingConnection() turns accepting on again. No room for pending connections stops
    // the loop and keeps it stopped.
    server->setMaxPendingConnections(0);
    server->pauseAccepting();
}

void ConnectionLimiter::opened(ConnectionGuard *guard)
{
    m_guards.append(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { closed(guard); });
    if (!spareDescriptor()) {
        // The next accept() would fail: stop before QTcpServer spins on it.
        m_exhausted = true;
        m_retry.start(m_backoffMs);
    }
    update();
}

void ConnectionLimiter::closed(ConnectionGuard *guard)
{
    m_guards.removeOne(guard);
    if (m_exhausted && spareDescriptor()) {
        m_exhausted = false;
        m_backoffMs = kFirstBackoffMs;
    }
    update();
}

void ConnectionLimiter::update()
{
    const bool full = m_exhausted || m_guards.size() >= m_capacity;
    if (full && !m_paused) {
        m_paused = true;
        for (const QPointer<QTcpServer> &server : std::as_const(m_servers))
            pause(server);
        qCDebug(lcLimiter) << "paused accepting at" << m_guards.size() << "connections";
        evictIdle();
    } else if (!full && m_paused) {
        m_paused = false;
        for (const QPointer<QTcpServer> &server : std::as_const(m_servers)) {
            if (server) {
                server->setMaxPendingConnections(kPending);
                server->resumeAccepting();
            }
        }
        qCDebug(lcLimiter) << "resumed accepting at" << m_guards.size() << "connections";
    }
}

bool ConnectionLimiter::spareDescriptor() const
{
    const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno != EMFILE && errno != ENFILE;
    ::close(fd);
    return true;
}

void ConnectionLimiter::evictIdle()
{
    // The connection idle the longest is the one least likely to be used next.
    ConnectionGuard *oldest = nullptr;
    for (ConnectionGuard *guard : std::as_const(m_guards)) {
        if (guard->isIdle() && (!oldest || guard->idleMs() > oldest->idleMs()))
            oldest = guard;
    }
    if (oldest)
        oldest->closeIdle();
}
