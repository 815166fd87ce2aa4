#include "jobrunner.h"

#include "apijob.h"

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{}

JobRunner::~JobRunner()
{
    // Nothing may call back into an owner that is going away.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        delete m_job;
    }
}

QString JobRunner::description() const
{
    return m_job ? m_job->description() : QString();
}

void JobRunner::cancel()
{
    if (m_job)
        m_job->cancel();
}

void JobRunner::drop()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
}

void JobRunner::runJob(ApiJob *job, std::function<void(ApiJob *)> then)
{
    drop();
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, then = std::move(then)](ApiJob *finished) {
        if (finished != m_job)
            return;
        m_job = nullptr;
        // This connection goes with the disconnect below: keep the continuation alive.
        const std::function<void(ApiJob *)> next = then;
        finished->disconnect(this);
        finished->deleteLater();
        emit busyChanged(false, QString());
        next(finished);
    });
    emit busyChanged(true, job->description());
}
