#include "contactfinder.h"

#include "jobrunner.h"
#include "webapiclient.h"

ContactFinder::ContactFinder(WebApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::busyChanged, this,
            [this](bool busy, const QString &) { emit busyChanged(busy); });
}

void ContactFinder::find(const QString &text)
{
    m_jobs->run<ContactSearchJob>(
        m_client->searchContacts(text, MaxRows),
        [this](ContactSearchJob *job) { emit found(job->text(), job->rows()); },
        [this](const ApiError &error) { emit failed(error); });
}

void ContactFinder::cancel()
{
    m_jobs->cancel();
}

bool ContactFinder::isBusy() const
{
    return m_jobs->isBusy();
}
