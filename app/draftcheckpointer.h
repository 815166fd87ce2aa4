#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

// Copies the draft store's write-ahead log back into its database on a thread of its own. That
// copy (megabytes after many edits, with the only fsync of WAL mode) is what made an edit or a
// reopening draft now and then take tens of milliseconds on the window's thread.
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
    // Waits for the thread to finish what was asked (closing the store, tests).
    void stop();

private:
    void run();

    QString m_path;
    QThread m_thread;
    QObject m_worker; // lives on m_thread: run() is queued to it
    std::atomic<bool> m_pending{false};
    std::atomic<int> m_completed{0};
    std::atomic<bool> m_ranElsewhere{false};
    Qt::HANDLE m_requester = nullptr;
};
