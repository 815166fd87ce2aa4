#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

// The draft store's thread for what is too slow for the window's: copying the write-ahead log
// back into the database (megabytes after many edits, with the only fsync of WAL mode), and
// writing the snapshots of very large companies (tens of megabytes to encode and store). Work
// runs in the order it was posted, on a connection of the thread's own.
class DraftCheckpointer : public QObject
{
    Q_OBJECT

public:
    explicit DraftCheckpointer(const QString &path, QObject *parent = nullptr);
    ~DraftCheckpointer() override;

    QString path() const { return m_path; }
    // A checkpoint soon; requests made while one is waiting or running are one.
    void request();
    // Checkpoints finished, and whether the last one ran off the requesting thread (for tests).
    int completed() const { return m_completed.load(); }
    bool ranElsewhere() const { return m_ranElsewhere.load(); }
    // Runs write(connection name) on the thread, in order; then done(error, empty when it worked)
    // on this object's thread.
    void post(std::function<QString(const QString &connection)> write,
              std::function<void(const QString &error)> done);
    // Waits for the thread to finish what was asked (closing the store, tests).
    void stop();

private:
    void run();
    // The thread's own connection to the store, opened on first use.
    QString connection();

    QString m_path;
    QThread m_thread;
    QObject m_worker; // lives on m_thread: run() is queued to it
    std::atomic<bool> m_pending{false};
    std::atomic<int> m_completed{0};
    std::atomic<bool> m_ranElsewhere{false};
    Qt::HANDLE m_requester = nullptr;
    QString m_connection; // used on m_thread only
};
