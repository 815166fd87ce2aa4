#include "onlineauthenticator.h"

#include "authrequest.h"
#include "browsersignin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSignIn)

namespace {

// The registrable part of a host name, roughly: superoffice.com for online.superoffice.com.
QString parentDomain(const QString &host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'));
    return labels.size() <= 2 ? host.toLower()
                              : labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

} // namespace

OnlineAuthenticator::OnlineAuthenticator(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

OnlineAuthenticator::~OnlineAuthenticator() = default;

void OnlineAuthenticator::setProfile(const ConnectionProfile &profile)
{
    if (profile.loginUrl() != m_profile.loginUrl())
        m_discovery.reset();
    m_profile = profile;
}

void OnlineAuthenticator::setTokens(const OnlineTokens &tokens)
{
    const QString keptRefresh = m_tokens.refreshToken;
    m_tokens = tokens;
    // SuperOffice does not rotate the refresh token: a refresh answers without one.
    if (m_tokens.refreshToken.isEmpty())
        m_tokens.refreshToken = keptRefresh;
}

void OnlineAuthenticator::setRefreshToken(const QString &token)
{
    m_tokens.refreshToken = token;
}

bool OnlineAuthenticator::needsRenewal() const
{
    return m_tokens.accessToken.isEmpty() ||
           (m_tokens.accessExpiresAt.isValid() &&
            QDateTime::currentDateTimeUtc().secsTo(m_tokens.accessExpiresAt) < 60);
}

bool OnlineAuthenticator::isBusy() const
{
    return m_renewing || m_state;
}

QUrl OnlineAuthenticator::loginOrigin() const
{
    return m_profile.loginUrl().adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                         QUrl::RemoveFragment);
}

void OnlineAuthenticator::signIn()
{
    if (m_renewing)
        return;
    m_renewing = true;
    startBrowser();
}

void OnlineAuthenticator::renew(QObject *context, const std::function<void(bool)> &done)
{
    m_renewWaiters.append({QPointer<QObject>(context), done});
    if (m_renewing)
        return;
    m_renewing = true;
    if (!m_tokens.refreshToken.isEmpty())
        startRefresh();
    else
        startBrowser();
}

void OnlineAuthenticator::startRefresh()
{
    if (m_discovery) {
        sendRefresh();
        return;
    }
    m_refresh = AuthRequest::get(m_nam, OidcDiscovery::documentUrl(m_profile.loginUrl()), this);
    connect(m_refresh, &AuthRequest::finished, this, [this](AuthRequest *request) {
        QString whyNot = request->errorText();
        if (request->succeeded())
            m_discovery = OidcDiscovery::parse(QJsonDocument(request->json()).toJson(),
                                               m_profile.loginUrl(), &whyNot);
        if (!m_discovery) {
            // Unreachable: offline, try later; not a reason to bother the user in the browser.
            if (request->isUnreachable())
                renewalDone(false, whyNot, true);
            else
                startBrowser();
            return;
        }
        sendRefresh();
    });
}

void OnlineAuthenticator::sendRefresh()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_profile.clientId())));
    form.addQueryItem(QStringLiteral("refresh_token"),
                      QString::fromLatin1(QUrl::toPercentEncoding(m_tokens.refreshToken)));
    if (!m_clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_clientSecret)));
    m_refresh = AuthRequest::postForm(m_nam, m_discovery->tokenEndpoint(), form, this);
    connect(m_refresh, &AuthRequest::finished, this, &OnlineAuthenticator::refreshFinished);
}

void OnlineAuthenticator::refreshFinished(AuthRequest *request)
{
    if (!m_renewing)
        return;
    if (!request->succeeded()) {
        qCInfo(lcSignIn) << "refresh failed:" << request->httpStatus() << request->oauthError();
        if (request->isUnreachable()) {
            renewalDone(false, request->errorText(), true);
            return;
        }
        // Refused (revoked consent, or a tenant that wants a secret): the browser, where single
        // sign-on makes it quick.
        m_tokens.refreshToken.clear();
        startBrowser();
        return;
    }
    const QJsonObject answer = request->json();
    OnlineTokens tokens = m_tokens;
    tokens.accessToken = answer.value(QLatin1String("access_token")).toString();
    const QString refresh = answer.value(QLatin1String("refresh_token")).toString();
    if (!refresh.isEmpty())
        tokens.refreshToken = refresh;
    const int expiresIn = answer.value(QLatin1String("expires_in")).toInt(3600);
    tokens.accessExpiresAt =
        QDateTime::currentDateTimeUtc().addSecs(expiresIn > 0 ? expiresIn : 3600);
    const QByteArray idToken = answer.value(QLatin1String("id_token")).toString().toLatin1();
    if (!idToken.isEmpty()) {
        IdToken::Expectations expected;
        expected.clientId = m_profile.clientId();
        expected.loginUrl = m_profile.loginUrl();
        expected.issuer = m_discovery ? m_discovery->issuer() : QString();
        QString whyNot;
        if (const auto checked = IdToken::validate(idToken, expected, &whyNot))
            tokens.idToken = *checked;
        else
            tokens.accessToken.clear();
    }
    if (tokens.accessToken.isEmpty()) {
        startBrowser();
        return;
    }
    signedIn(tokens);
}

void OnlineAuthenticator::startBrowser()
{
    auto *browser = new BrowserSignIn(m_nam, m_profile.loginUrl(), m_profile.clientId(), this);
    m_browser = browser;
    browser->setClientSecret(m_clientSecret);
    browser->setTimeout(m_browserTimeoutMs);
    connect(browser, &BrowserSignIn::browserOpened, this,
            &OnlineAuthenticator::browserSignInStarted);
    connect(browser, &BrowserSignIn::succeeded, this, [this, browser](const OnlineTokens &tokens) {
        browser->deleteLater();
        // The same tenant and user as the work open here, or the work would go elsewhere.
        if (!m_profile.tenant().isEmpty() &&
            tokens.idToken.tenant().compare(m_profile.tenant(), Qt::CaseInsensitive) != 0) {
            renewalDone(false, tr("You signed in to %1, but this connection is for %2. Sign in "
                                  "to %2, or connect to %1 as a connection of its own.")
                                   .arg(tokens.idToken.tenant(), m_profile.tenant()));
            return;
        }
        if (!m_profile.userName().isEmpty() && !tokens.idToken.userName().isEmpty() &&
            tokens.idToken.userName().compare(m_profile.userName(), Qt::CaseInsensitive) != 0) {
            renewalDone(false, tr("You signed in as %1, but this connection is %2's. Sign in as "
                                  "%2.")
                                   .arg(tokens.idToken.userName(), m_profile.userName()));
            return;
        }
        signedIn(tokens);
    });
    connect(browser, &BrowserSignIn::failed, this,
            [this, browser](BrowserSignIn::Failure failure, const QString &message) {
                browser->deleteLater();
                renewalDone(false, message, failure == BrowserSignIn::Failure::Unreachable);
            });
    browser->start();
}

void OnlineAuthenticator::signedIn(const OnlineTokens &tokens)
{
    setTokens(tokens);
    emit tokensChanged(m_tokens);
    renewalDone(true);
}

void OnlineAuthenticator::renewalDone(bool ok, const QString &message, bool unreachable)
{
    m_renewing = false;
    if (!ok)
        emit signInFailed(message, unreachable);
    const QList<Waiter> waiters = std::exchange(m_renewWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(ok);
    }
}

bool OnlineAuthenticator::acceptableTenantHost(const QUrl &url) const
{
    if (!AuthRequest::isAcceptableUrl(url))
        return false;
    const QUrl login = m_profile.loginUrl();
    if (ConnectionProfile::isLoopback(login))
        return ConnectionProfile::isLoopback(url);
    // The token goes there: only to SuperOffice's own hosts.
    return parentDomain(url.host()) == parentDomain(login.host());
}

void OnlineAuthenticator::relocate(QObject *context, const std::function<void(bool)> &done)
{
    m_relocateWaiters.append({QPointer<QObject>(context), done});
    if (m_state)
        return;
    if (m_profile.tenant().isEmpty()) {
        emit relocationFailed(tr("SuperOffice says the tenant is not at this address, and "
                                 "which tenant it is is not known. Sign in again."));
        relocationDone(false);
        return;
    }
    QUrl url = loginOrigin();
    url.setPath(QStringLiteral("/api/state/") +
                QString::fromLatin1(QUrl::toPercentEncoding(m_profile.tenant())));
    m_state = AuthRequest::get(m_nam, url, this);
    connect(m_state, &AuthRequest::finished, this, [this](AuthRequest *request) {
        const QJsonObject state = request->json();
        const QUrl endpoint(state.value(QLatin1String("Endpoint")).toString());
        const QString status = state.value(QLatin1String("State")).toString();
        QString problem;
        if (!request->succeeded())
            problem = request->errorText();
        else if (!state.value(QLatin1String("IsRunning")).toBool(true))
            problem = tr("Your SuperOffice tenant %1 is not available right now (%2).")
                          .arg(m_profile.tenant(), status.left(50));
        else if (!acceptableTenantHost(endpoint))
            problem = tr("SuperOffice named a new address for the tenant that cannot be used: %1")
                          .arg(endpoint.host().left(100));
        else if (endpoint.adjusted(QUrl::StripTrailingSlash) ==
                 m_profile.baseUrl().adjusted(QUrl::StripTrailingSlash))
            problem = tr("SuperOffice says the tenant is still at %1, but that host refuses it.")
                          .arg(endpoint.host());
        if (!problem.isEmpty()) {
            emit relocationFailed(tr("Your SuperOffice tenant has moved and its new address "
                                     "could not be found. %1")
                                      .arg(problem));
            relocationDone(false);
            return;
        }
        m_profile.setBaseUrl(endpoint.adjusted(QUrl::StripTrailingSlash));
        emit tenantMoved(m_profile.baseUrl());
        relocationDone(true);
    });
}

void OnlineAuthenticator::relocationDone(bool ok)
{
    const QList<Waiter> waiters = std::exchange(m_relocateWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(ok);
    }
}

void OnlineAuthenticator::cancel()
{
    if (!m_renewing)
        return;
    // Their answers no longer matter: a cancelled refresh must not open the browser.
    if (m_refresh) {
        m_refresh->disconnect(this);
        m_refresh->cancel();
    }
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->cancel();
        m_browser->deleteLater();
    }
    renewalDone(false, tr("Signing in was cancelled."));
}

void OnlineAuthenticator::signOut()
{
    cancel();
    if (!m_tokens.refreshToken.isEmpty() && m_discovery &&
        !m_discovery->revocationEndpoint().isEmpty()) {
        // Best effort: the token is forgotten here whatever SuperOffice answers.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_tokens.refreshToken)));
        form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_profile.clientId())));
        AuthRequest::postForm(m_nam, m_discovery->revocationEndpoint(), form, this);
    }
    m_tokens = OnlineTokens();
}
