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
    m_thread.setObjectName(QStringLiteral("draft-checkpoint"));
    m_worker.moveToThread(&m_thread);
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
    m_thread.quit();
    m_thread.wait();
}

void DraftCheckpointer::request()
{
    if (!m_thread.isRunning() || m_pending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        &m_worker, [this] { run(); }, Qt::QueuedConnection);
}

void DraftCheckpointer::run()
{
    m_pending = false;
    // A connection of this thread's own, for this checkpoint only: SQLite connections are not
    // shared between threads.
    const QString name =
        QStringLiteral("drafts-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout=2000"));
            // PASSIVE: copies what no reader still needs, never waits for the window's writes.
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
                m_ranElsewhere = QThread::currentThreadId() != m_requester;
                ++m_completed;
            } else {
                qCWarning(lcDrafts).noquote() << q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
