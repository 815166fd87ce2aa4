#include "connectioncheck.h"

#include "currentprincipaljob.h"
#include "jobrunner.h"
#include "onlineauthenticator.h"
#include "webapiclient.h"

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_jobs(new JobRunner(this))
    , m_client(new WebApiClient(this))
    , m_online(new OnlineAuthenticator(m_client->networkAccessManager(), this))
{
    connect(m_online, &OnlineAuthenticator::browserSignInStarted, this,
            &ConnectionCheck::browserWaiting);
    connect(m_jobs, &JobRunner::busyChanged, this,
            [this](bool busy, const QString &) { emit busyChanged(busy || m_onlineBusy); });
    connect(m_online, &OnlineAuthenticator::signInFailed, this,
            [this](const QString &text, bool unreachable) {
                if (!m_onlineBusy)
                    return;
                m_onlineBusy = false;
                emit busyChanged(m_jobs->isBusy());
                emit failed(
                    ApiError(unreachable ? ApiError::Kind::Offline : ApiError::Kind::Unauthorized,
                             0, text, text));
            });
}

void ConnectionCheck::check(const ConnectionProfile &profile, const QString &secret,
                            const QString &appToken)
{
    m_client->setAuthenticator(nullptr);
    m_client->setProfile(profile);
    m_client->setSecret(secret);
    m_client->setAppToken(appToken);
    m_jobs->run<CurrentPrincipalJob>(
        m_client->currentPrincipal(),
        [this](CurrentPrincipalJob *job) { emit succeeded(job->principal()); },
        [this](const ApiError &error) { emit failed(error); });
}

void ConnectionCheck::checkOnline(const ConnectionProfile &profile, const QString &clientSecret)
{
    m_jobs->cancel();
    m_online->cancel();
    ConnectionProfile p = profile;
    // A fresh sign-in: the tenant and user are whatever the browser signs in to.
    p.setTenant(QString());
    p.setUserName(QString());
    p.setBaseUrl(QUrl());
    m_client->setProfile(p);
    m_client->setSecret(QString());
    m_client->setAppToken(QString());
    m_client->setAuthenticator(m_online);
    m_online->setProfile(p);
    m_online->setClientSecret(clientSecret);
    m_online->setTokens(OnlineTokens());
    m_onlineBusy = true;
    emit busyChanged(true);
    m_online->renew(this, [this](bool ok) {
        if (!ok) {
            // signInFailed has said why.
            return;
        }
        m_onlineBusy = false;
        ConnectionProfile signedIn = m_client->profile();
        const IdToken id = m_online->tokens().idToken;
        signedIn.setTenant(id.tenant());
        signedIn.setUserName(id.userName());
        signedIn.setBaseUrl(id.tenantBaseUrl());
        m_client->setProfile(signedIn);
        m_online->setProfile(signedIn);
        m_jobs->run<CurrentPrincipalJob>(
            m_client->currentPrincipal(),
            [this](CurrentPrincipalJob *job) { emit succeeded(job->principal()); },
            [this](const ApiError &error) { emit failed(error); });
    });
}

ConnectionProfile ConnectionCheck::profile() const
{
    return m_client->profile();
}

OnlineTokens ConnectionCheck::tokens() const
{
    return m_online->tokens();
}

void ConnectionCheck::setBrowserTimeout(int ms)
{
    m_online->setBrowserTimeout(ms);
}

void ConnectionCheck::cancel()
{
    m_jobs->cancel();
    if (m_onlineBusy)
        m_online->cancel();
}

bool ConnectionCheck::isBusy() const
{
    return m_jobs->isBusy() || m_onlineBusy;
}

QString ConnectionCheck::displayName(const QJsonObject &principal)
{
    return CurrentPrincipalJob::displayName(principal);
}
