#include "browsersignin.h"

#include "authrequest.h"
#include "oidcreplyhandler.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>

Q_LOGGING_CATEGORY(lcSignIn, "contacteditor.signin", QtWarningMsg)

namespace {

constexpr int kExchangeTimeoutMs = 30000;

// The callback's values arrive percent-encoded, with + for spaces.
QString decoded(const QVariant &value)
{
    QByteArray raw = value.toString().toUtf8();
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

} // namespace

BrowserSignIn::BrowserSignIn(QNetworkAccessManager *nam, const QUrl &loginUrl,
                             const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_loginUrl(loginUrl)
    , m_clientId(clientId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut, m_exchanging
                                    ? tr("SuperOffice's sign-in service did not answer in time.")
                                    : tr("The sign-in in the browser was not finished in time."));
    });
}

BrowserSignIn::~BrowserSignIn()
{
    finish();
}

void BrowserSignIn::start()
{
    if (m_running)
        return;
    m_running = true;
    m_discoveryRequest = AuthRequest::get(m_nam, OidcDiscovery::documentUrl(m_loginUrl), this);
    connect(m_discoveryRequest, &AuthRequest::finished, this, &BrowserSignIn::discovered);
}

void BrowserSignIn::discovered(AuthRequest *request)
{
    if (!m_running)
        return;
    if (!request->succeeded()) {
        fail(request->isUnreachable() ? Failure::Unreachable : Failure::Refused,
             request->errorText());
        return;
    }
    QString whyNot;
    m_discovery =
        OidcDiscovery::parse(QJsonDocument(request->json()).toJson(), m_loginUrl, &whyNot);
    if (!m_discovery) {
        fail(Failure::Invalid, whyNot);
        return;
    }

    m_handler = new OidcReplyHandler(this);
    if (!m_handler->isListening()) {
        fail(Failure::Invalid, tr("The editor cannot receive the browser's answer: no port is "
                                  "free on 127.0.0.1."));
        return;
    }
    m_handler->setCallbackText(page(tr("Signing in…"), QString()));
    // Ours first, so a wrong state or an error is handled before the flow sees it.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &BrowserSignIn::callbackReceived);
    connect(m_handler, &OidcReplyHandler::tokenAnswer, this, &BrowserSignIn::tokenAnswer);
    connect(m_handler, &OidcReplyHandler::tokenRequestFailed, this,
            [this](const QString &message, const QString &error) {
                fail(error == QLatin1String("access_denied") ? Failure::Denied : Failure::Refused,
                     message);
            });

    m_flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
    m_flow->setAuthorizationUrl(m_discovery->authorizationEndpoint());
    m_flow->setAccessTokenUrl(m_discovery->tokenEndpoint());
    m_flow->setClientIdentifier(m_clientId);
    // Native apps need no secret: PKCE stands in for it. A tenant that insists may set one.
    m_flow->setClientIdentifierSharedKey(m_clientSecret);
    m_flow->setScope(QStringLiteral("openid"));
    m_flow->setReplyHandler(m_handler);
    m_pkce = Pkce::generate();
    m_nonce = QString::fromLatin1(Pkce::randomUrlSafe(24));
    m_state = QString::fromLatin1(Pkce::randomUrlSafe(24));
    m_flow->setState(m_state);
    const QString challenge = QString::fromLatin1(m_pkce.challenge());
    const QString verifier = QString::fromLatin1(m_pkce.verifier());
    const QString nonce = m_nonce;
    const QString hint = m_loginHint;
    // Qt 6.4 has no PKCE of its own; it goes in here.
    m_flow->setModifyParametersFunction(
        [challenge, verifier, nonce, hint](QAbstractOAuth::Stage stage,
                                           QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                parameters->insert(QStringLiteral("nonce"), nonce);
                if (!hint.isEmpty())
                    parameters->insert(QStringLiteral("login_hint"), hint);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        m_timer.start(m_timeoutMs);
        const bool opened = QDesktopServices::openUrl(url);
        if (!m_running)
            return;
        emit browserOpened(url, opened);
    });
    m_flow->grant();
}

void BrowserSignIn::callbackReceived(const QVariantMap &values)
{
    if (!m_running || m_exchanging)
        return;
    // A browser also asks the listener for /favicon.ico and the like: not an answer.
    const bool hasCode = values.contains(QStringLiteral("code"));
    const bool hasError = values.contains(QStringLiteral("error"));
    if (!hasCode && !hasError)
        return;
    if (decoded(values.value(QStringLiteral("state"))) != m_state) {
        m_handler->setCallbackText(
            page(tr("Not signed in"),
                 tr("This answer does not belong to the sign-in Contact Editor started. You can "
                    "close this page.")));
        fail(Failure::Invalid, tr("The browser's answer does not belong to this sign-in (its "
                                  "state differs), so it was ignored. Sign in again."));
        return;
    }
    if (hasError) {
        const QString error = decoded(values.value(QStringLiteral("error"))).left(100);
        const QString description =
            decoded(values.value(QStringLiteral("error_description"))).left(500);
        const bool denied = error == QLatin1String("access_denied");
        const QString message =
            denied ? tr("Signing in was cancelled or access was denied in the browser.")
                   : tr("SuperOffice did not sign you in: %1")
                         .arg(description.isEmpty()
                                  ? error
                                  : QStringLiteral("%1 (%2)").arg(description, error));
        m_handler->setCallbackText(
            page(tr("Not signed in"), message + QLatin1Char(' ') + tr("You can close this page.")));
        fail(denied ? Failure::Denied : Failure::Refused, message);
        return;
    }
    m_handler->setCallbackText(
        page(tr("Signed in"), tr("You are signed in to SuperOffice. You can close this page "
                                 "and go back to Contact Editor.")));
    // The flow exchanges the code next; from here on the service has 30 s to answer.
    m_exchanging = true;
    m_timer.start(kExchangeTimeoutMs);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_handler)
                m_handler->close();
        },
        Qt::QueuedConnection);
}

void BrowserSignIn::tokenAnswer(const QJsonObject &answer)
{
    if (!m_running)
        return;
    m_exchanging = false;
    OnlineTokens tokens;
    tokens.accessToken = answer.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = answer.value(QLatin1String("refresh_token")).toString();
    const int expiresIn = answer.value(QLatin1String("expires_in")).toInt(3600);
    tokens.accessExpiresAt =
        QDateTime::currentDateTimeUtc().addSecs(expiresIn > 0 ? expiresIn : 3600);
    if (tokens.accessToken.isEmpty()) {
        fail(Failure::Invalid, tr("SuperOffice's sign-in service sent no access token."));
        return;
    }
    IdToken::Expectations expected;
    expected.clientId = m_clientId;
    expected.nonce = m_nonce;
    expected.loginUrl = m_loginUrl;
    expected.issuer = m_discovery->issuer();
    QString whyNot;
    const auto idToken = IdToken::validate(
        answer.value(QLatin1String("id_token")).toString().toLatin1(), expected, &whyNot);
    if (!idToken) {
        fail(Failure::Invalid, whyNot);
        return;
    }
    tokens.idToken = *idToken;
    m_running = false;
    m_timer.stop();
    finish();
    emit succeeded(tokens);
}

void BrowserSignIn::cancel()
{
    fail(Failure::Cancelled, tr("Signing in was cancelled."));
}

void BrowserSignIn::fail(Failure failure, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    qCInfo(lcSignIn) << "browser sign-in failed:" << failure;
    finish();
    emit failed(failure, message);
}

void BrowserSignIn::finish()
{
    if (m_discoveryRequest)
        m_discoveryRequest->cancel();
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        if (m_exchanging) {
            m_handler->orphan();
        } else {
            // The page for the browser is still being written on a socket the handler owns,
            // and this sign-in may be deleted at once: the handler goes a little later.
            QTimer::singleShot(2000, m_handler, &QObject::deleteLater);
        }
        // It outlives this sign-in but not the network access manager it serves, so it is
        // freed with that at the latest, also when the program ends before the above. When
        // that is gone already (its owner torn down first), no answer can reach the handler
        // any more and it goes with this sign-in.
        m_handler->setParent(m_nam ? static_cast<QObject *>(m_nam.data()) : this);
        m_handler = nullptr;
    }
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_exchanging = false;
}

QString BrowserSignIn::page(const QString &heading, const QString &text) const
{
    // The page is HTML: what it shows, the provider's words included, is escaped.
    return QStringLiteral("<h1 style=\"font-family:sans-serif\">%1</h1><p "
                          "style=\"font-family:sans-serif\">%2</p>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}
