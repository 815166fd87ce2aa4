#include "draftcheckpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcDrafts)

DraftCheckpointer::DraftCheckpointer(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_requester(QThread::currentThreadId())
{
    m_thread.setObjectName(QStringLiteral("draft-writer"));
    m_worker.moveToThread(&m_thread);
    // The thread's connection ends with it.
    connect(
        &m_thread, &QThread::finished, &m_worker,
        [this] {
            if (m_connection.isEmpty())
                return;
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
            m_connection.clear();
        },
        Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

DraftCheckpointer::~DraftCheckpointer()
{
    stop();
}

void DraftCheckpointer::stop()
{
    if (!m_thread.isRunning())
        return;
    // Behind every write already posted: none is dropped when the store closes.
    QMetaObject::invokeMethod(&m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void DraftCheckpointer::request()
{
    if (!m_thread.isRunning() || m_pending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        &m_worker, [this] { run(); }, Qt::QueuedConnection);
}

QString DraftCheckpointer::connection()
{
    if (m_connection.isEmpty()) {
        m_connection =
            QStringLiteral("drafts-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
    }
    return m_connection;
}

void DraftCheckpointer::post(std::function<QString(const QString &)> write,
                             std::function<void(const QString &)> done)
{
    QMetaObject::invokeMethod(
        &m_worker,
        [this, write = std::move(write), done = std::move(done)] {
            const QString error = write(connection());
            QMetaObject::invokeMethod(
                this, [done, error] { done(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DraftCheckpointer::run()
{
    m_pending = false;
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery q(db);
    // PASSIVE: copies what no reader still needs, never waits for the window's writes.
    if (db.isOpen() && q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
        m_ranElsewhere = QThread::currentThreadId() != m_requester;
        ++m_completed;
    } else {
        qCWarning(lcDrafts).noquote() << q.lastError().text();
    }
}
