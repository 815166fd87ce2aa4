#pragma once

#include "connectionprofile.h"
#include "oidcdiscovery.h"
#include "onlinetokens.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class AuthRequest;
class BrowserSignIn;
class QNetworkAccessManager;

// Keeps a SuperOffice Online connection signed in: the tokens of this run, a refresh when the
// access token expires or is refused (else the browser sign-in again), and the tenant's current
// address when SuperOffice has moved it. Calls that need it wait together for one renewal.
class OnlineAuthenticator : public QObject
{
    Q_OBJECT

public:
    OnlineAuthenticator(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OnlineAuthenticator() override;

    // The sign-in service, client id and, once known, the tenant and user.
    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const { return m_profile; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    void setBrowserTimeout(int ms) { m_browserTimeoutMs = ms; }
    // Tokens from a sign-in elsewhere (the connect dialog's), or a refresh token from the keychain.
    void setTokens(const OnlineTokens &tokens);
    void setRefreshToken(const QString &token);

    QString accessToken() const { return m_tokens.accessToken; }
    QString refreshToken() const { return m_tokens.refreshToken; }
    OnlineTokens tokens() const { return m_tokens; }
    // No access token, or it expires within a minute.
    bool needsRenewal() const;
    bool isBusy() const;

    // The browser sign-in, from the start.
    void signIn();
    // A new access token: with the refresh token when there is one, else (or when SuperOffice
    // refuses it) through the browser. done(true) once there is one; callers that arrive while a
    // renewal runs wait for the same one.
    void renew(QObject *context, const std::function<void(bool)> &done);
    // Asks SuperOffice where the tenant is now; tenantMoved() before done(true).
    void relocate(QObject *context, const std::function<void(bool)> &done);
    void cancel();
    // Forgets the tokens (and asks SuperOffice to revoke the refresh token when it can).
    void signOut();

signals:
    // The user has to act in the browser now; opened is false when no browser could be started.
    void browserSignInStarted(const QUrl &url, bool opened);
    // New tokens, from the browser or a refresh.
    void tokensChanged(const OnlineTokens &tokens);
    // unreachable: SuperOffice could not be reached, so trying later may well work.
    void signInFailed(const QString &message, bool unreachable);
    void tenantMoved(const QUrl &baseUrl);
    void relocationFailed(const QString &message);

private:
    using Waiter = std::pair<QPointer<QObject>, std::function<void(bool)>>;

    void startRefresh();
    void sendRefresh();
    void refreshFinished(AuthRequest *request);
    void startBrowser();
    void signedIn(const OnlineTokens &tokens);
    void renewalDone(bool ok, const QString &message = QString(), bool unreachable = false);
    void relocationDone(bool ok);
    QUrl loginOrigin() const;
    bool acceptableTenantHost(const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    ConnectionProfile m_profile;
    QString m_clientSecret;
    int m_browserTimeoutMs = 5 * 60 * 1000;
    OnlineTokens m_tokens;
    std::optional<OidcDiscovery> m_discovery;
    QPointer<BrowserSignIn> m_browser;
    QPointer<AuthRequest> m_refresh;
    QPointer<AuthRequest> m_state;
    QList<Waiter> m_renewWaiters;
    QList<Waiter> m_relocateWaiters;
    bool m_renewing = false;
};
