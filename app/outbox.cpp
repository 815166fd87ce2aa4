#include "outbox.h"

#include "entitysession.h"

Outbox::Outbox(QObject *parent)
    : QObject(parent)
{}

void Outbox::send(const QList<EntitySession *> &sessions)
{
    if (!isRunning()) {
        m_total = m_done = m_saved = m_failed = 0;
    }
    for (EntitySession *s : sessions) {
        // Once per company, even when asked again while it is on its way.
        if (!s || m_waiting.contains(s) || m_inFlightSessions.contains(s))
            continue;
        m_waiting.append(s);
        ++m_total;
    }
    emit progress(m_done, m_total);
    startNext();
}

void Outbox::startNext()
{
    while (m_inFlight < m_maxInFlight && !m_waiting.isEmpty()) {
        QPointer<EntitySession> session = m_waiting.takeFirst();
        if (!session) {
            ++m_done;
            continue;
        }
        ++m_inFlight;
        EntitySession *raw = session;
        m_inFlightSessions.insert(raw);
        session->setInteractive(false);
        auto connections = std::make_shared<QList<QMetaObject::Connection>>();
        auto finish = [this, session, raw, connections](bool ok) {
            if (connections->isEmpty())
                return;
            for (const QMetaObject::Connection &c : std::as_const(*connections))
                disconnect(c);
            connections->clear();
            m_inFlightSessions.remove(raw);
            if (session)
                session->setInteractive(true);
            done(session, ok);
        };
        *connections << connect(session, &EntitySession::saved, this, [finish] { finish(true); })
                     << connect(session, &EntitySession::failed, this, [finish] { finish(false); })
                     << connect(session, &EntitySession::queued, this, [finish] { finish(false); })
                     // A company closed while on its way must not hold a place for ever.
                     << connect(session, &QObject::destroyed, this, [finish] { finish(false); });
        const QStringList blank = session->save();
        if (!blank.isEmpty()) {
            finish(false);
        } else if (!session->isBusy() && session->draftState() != Draft::State::Queued) {
            // Nothing to send after all (saved meanwhile).
            finish(true);
        }
    }
    if (m_inFlight == 0 && m_waiting.isEmpty() && m_total > 0) {
        emit finished(m_saved, m_failed);
        m_total = 0;
    }
}

void Outbox::done(EntitySession *, bool ok)
{
    --m_inFlight;
    ++m_done;
    ok ? ++m_saved : ++m_failed;
    emit progress(m_done, m_total);
    // Let the finished session's own handlers run before the next one starts.
    QMetaObject::invokeMethod(this, &Outbox::startNext, Qt::QueuedConnection);
}
