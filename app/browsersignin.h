#pragma once

#include "oidcdiscovery.h"
#include "onlinetokens.h"
#include "pkce.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class AuthRequest;
class OidcReplyHandler;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

// One sign-in to SuperOffice Online in the system browser, as SuperOffice documents it for
// native apps: discovery, authorization code with PKCE (S256) and a nonce, the answer on a
// loopback listener, the code exchanged without a client secret (unless one is set), and the
// id_token checked. Ends with exactly one succeeded() or failed().
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    enum class Failure { Cancelled, TimedOut, Denied, Refused, Unreachable, Invalid };
    Q_ENUM(Failure)

    BrowserSignIn(QNetworkAccessManager *nam, const QUrl &loginUrl, const QString &clientId,
                  QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    // How long the user has in the browser (SuperOffice's code lives 10 minutes).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Prefills the user name on SuperOffice's page.
    void setLoginHint(const QString &hint) { m_loginHint = hint; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The address the browser was sent to, for a "copy the link" fallback.
    QUrl authorizationUrl() const { return m_authorizationUrl; }

signals:
    // The browser should now show SuperOffice's page; the user acts there.
    void browserOpened(const QUrl &url, bool opened);
    void succeeded(const OnlineTokens &tokens);
    void failed(BrowserSignIn::Failure failure, const QString &message);

private:
    void discovered(AuthRequest *request);
    void callbackReceived(const QVariantMap &values);
    void tokenAnswer(const QJsonObject &answer);
    void fail(Failure failure, const QString &message);
    void finish();
    QString page(const QString &heading, const QString &text) const;

    // Weak: the sign-in may be torn down after it (a workspace ending).
    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_loginUrl;
    QString m_clientId;
    QString m_clientSecret;
    QString m_loginHint;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_running = false;
    bool m_exchanging = false;
    std::optional<OidcDiscovery> m_discovery;
    Pkce m_pkce;
    QString m_nonce;
    QString m_state;
    QUrl m_authorizationUrl;
    QPointer<AuthRequest> m_discoveryRequest;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    OidcReplyHandler *m_handler = nullptr;
    QTimer m_timer;
};
