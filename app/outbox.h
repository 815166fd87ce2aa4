#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class EntitySession;

// Sends entities (companies and persons) waiting to be saved (queued offline, or failed) when
// the server is back: in order, a few at a time, with progress. A failure leaves that entity
// waiting with its message; the rest go on. Conflicts are recorded for the user rather than asked
// here.
class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(QObject *parent = nullptr);

    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    void send(const QList<EntitySession *> &sessions);
    // A list of one kind of session (companies, persons).
    template <typename Session> void send(const QList<Session *> &sessions)
    {
        send(QList<EntitySession *>(sessions.cbegin(), sessions.cend()));
    }
    bool isRunning() const { return m_inFlight > 0 || !m_waiting.isEmpty(); }

signals:
    void progress(int done, int total);
    void finished(int saved, int failed);

private:
    void startNext();
    void done(EntitySession *session, bool ok);

    QList<QPointer<EntitySession>> m_waiting;
    QSet<EntitySession *> m_inFlightSessions;
    int m_maxInFlight = 3;
    int m_inFlight = 0;
    int m_total = 0;
    int m_done = 0;
    int m_saved = 0;
    int m_failed = 0;
};
