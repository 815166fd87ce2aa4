#include "connectioncheck.h"

#include "currentprincipaljob.h"
#include "jobrunner.h"
#include "webapiclient.h"

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_jobs(new JobRunner(this))
    , m_client(new WebApiClient(this))
{
    connect(m_jobs, &JobRunner::busyChanged, this,
            [this](bool busy, const QString &) { emit busyChanged(busy); });
}

void ConnectionCheck::check(const ConnectionProfile &profile, const QString &secret,
                            const QString &appToken)
{
    m_client->setProfile(profile);
    m_client->setSecret(secret);
    m_client->setAppToken(appToken);
    m_jobs->run<CurrentPrincipalJob>(
        m_client->currentPrincipal(),
        [this](CurrentPrincipalJob *job) { emit succeeded(job->principal()); },
        [this](const ApiError &error) { emit failed(error); });
}

void ConnectionCheck::cancel()
{
    m_jobs->cancel();
}

bool ConnectionCheck::isBusy() const
{
    return m_jobs->isBusy();
}

QString ConnectionCheck::displayName(const QJsonObject &principal)
{
    return CurrentPrincipalJob::displayName(principal);
}
