#include "apijob.h"

#include "onlineauthenticator.h"
#include "webapiclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QThreadPool>

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type == "text/json" || type.endsWith("+json");
}

QByteArray verbOf(ApiJob::Method method)
{
    switch (method) {
    case ApiJob::Method::Get:
        return QByteArrayLiteral("GET");
    case ApiJob::Method::Post:
        return QByteArrayLiteral("POST");
    case ApiJob::Method::Put:
        return QByteArrayLiteral("PUT");
    }
    return QByteArrayLiteral("GET");
}

} // namespace

ApiJob::ApiJob(WebApiClient *client, Method method, const QString &relativePath,
               const QByteArray &body)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_relativePath(relativePath)
    , m_body(body)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
}

WebApiClient *ApiJob::client() const
{
    return m_client;
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::setRequestHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.append({name, value});
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

void ApiJob::start()
{
    if (isRunning())
        return;
    m_finished = false;
    m_error = ApiError();
    m_httpStatus = 0;
    m_responseHeaders.clear();
    m_cancelled = m_timedOut = m_tooLarge = m_redirectRefused = false;
    m_renewTried = m_relocateTried = false;
    ++m_attempt;
    m_tlsErrors.clear();
    m_startPending = true;
    // Always report on a later turn of the event loop, even for a refusal, so callers can
    // connect after starting.
    QMetaObject::invokeMethod(this, &ApiJob::send, Qt::QueuedConnection);
}

void ApiJob::send()
{
    m_startPending = false;
    if (m_cancelled) {
        finish(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    if (!m_client) {
        finish(ApiError(ApiError::Kind::Other, 0, QString(), QStringLiteral("client gone")));
        return;
    }
    const ConnectionProfile &profile = m_client->profile();
    const QString invalid = profile.validate();
    if (!invalid.isEmpty()) {
        const bool insecure = profile.baseUrl().scheme() == QLatin1String("http") &&
                              !profile.isLoopback() && !profile.allowInsecureHttp();
        finish(ApiError(insecure ? ApiError::Kind::InsecureRefused : ApiError::Kind::Other, 0,
                        QString(), invalid));
        return;
    }
    if (profile.isOnline() && profile.baseUrl().isEmpty()) {
        finish(ApiError(ApiError::Kind::Unauthorized, 0, QString(),
                        tr("Not signed in to SuperOffice Online yet.")));
        return;
    }
    // A token known to have expired is renewed before the call, not after a refusal.
    if (profile.isOnline() && m_client->authenticator() &&
        m_client->authenticator()->needsRenewal() && retryAfterRenewal())
        return;
    if (m_bodyProducer && m_body.isNull()) {
        produceBodyThenSend();
        return;
    }
    // A send again after a renewal or a move starts clean.
    m_timedOut = m_tooLarge = m_redirectRefused = false;
    m_tlsErrors.clear();
    QNetworkRequest request = m_client->request(m_relativePath);
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request.setRawHeader(name, value);
    m_clock.start();
    m_reply = m_client->send(request, verbOf(m_method), m_body, m_sendOnce);
    const QUrl origin = m_reply->url();
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [this, origin](const QUrl &target) {
        // Credentials must never follow to another host, and https must not become http.
        if (sameOrigin(origin, target.isRelative() ? origin.resolved(target) : target)) {
            emit m_reply->redirectAllowed();
        } else {
            m_redirectRefused = true;
            qCWarning(lcApi) << "refused redirect from" << origin.host() << "to" << target.host();
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the user sees why.
        QStringList texts;
        for (const QSslError &e : errors) {
            if (!texts.contains(e.errorString()))
                texts.append(e.errorString());
        }
        // What the user (or an administrator) needs to tell this certificate from the right one.
        const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
        const QSslCertificate cert = !chain.isEmpty()    ? chain.first()
                                     : !errors.isEmpty() ? errors.first().certificate()
                                                         : QSslCertificate();
        QString text = texts.join(QStringLiteral("; "));
        if (!cert.isNull()) {
            const auto name = [](const QStringList &parts) {
                return parts.isEmpty() ? tr("(no name)") : parts.join(QStringLiteral(", "));
            };
            text += QLatin1Char('\n') +
                    tr("Certificate issued to %1 by %2, valid from %3 to %4.")
                        .arg(name(cert.subjectInfo(QSslCertificate::CommonName)),
                             name(cert.issuerInfo(QSslCertificate::CommonName)),
                             QLocale().toString(cert.effectiveDate().date(), QLocale::ShortFormat),
                             QLocale().toString(cert.expiryDate().date(), QLocale::ShortFormat)) +
                    QLatin1Char('\n') +
                    tr("SHA-256 fingerprint: %1")
                        .arg(QString::fromLatin1(
                            cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        }
        m_tlsErrors = text;
    });
    auto progress = [this](qint64 received, qint64 total) {
        m_timeout.start();
        const qint64 cap = m_client ? m_client->maxBodySize() : WebApiClient::DefaultMaxBodySize;
        if (received > cap || total > cap) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, progress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    m_timeout.start(m_client->timeout());
}

void ApiJob::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    if (m_waitingForSignIn) {
        m_waitingForSignIn = false;
        ++m_attempt;
        finish(ApiError(ApiError::Kind::Cancelled));
    }
}

bool ApiJob::retryAfterRenewal()
{
    OnlineAuthenticator *authenticator = m_client ? m_client->authenticator() : nullptr;
    if (!authenticator || m_renewTried || !m_client->profile().isOnline())
        return false;
    m_renewTried = true;
    m_waitingForSignIn = true;
    const int attempt = m_attempt;
    authenticator->renew(this, [this, attempt](bool ok) {
        if (attempt != m_attempt || !m_waitingForSignIn)
            return;
        m_waitingForSignIn = false;
        if (ok) {
            send();
            return;
        }
        finish(ApiError(ApiError::Kind::Unauthorized, 401, QString(),
                        tr("Signing in to SuperOffice Online again did not succeed.")));
    });
    return true;
}

bool ApiJob::retryAfterRelocation()
{
    OnlineAuthenticator *authenticator = m_client ? m_client->authenticator() : nullptr;
    if (!authenticator || m_relocateTried || !m_client->profile().isOnline())
        return false;
    m_relocateTried = true;
    m_waitingForSignIn = true;
    const int attempt = m_attempt;
    const ApiError original = m_error;
    authenticator->relocate(this, [this, attempt, original](bool ok) {
        if (attempt != m_attempt || !m_waitingForSignIn)
            return;
        m_waitingForSignIn = false;
        if (ok)
            send();
        else
            finish(original);
    });
    return true;
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

ApiError ApiJob::networkError() const
{
    if (m_tooLarge)
        return ApiError(ApiError::Kind::TooLarge, m_httpStatus);
    if (m_redirectRefused)
        return ApiError(ApiError::Kind::RedirectRefused, m_httpStatus);
    if (m_timedOut)
        return ApiError(ApiError::Kind::Timeout);
    if (m_cancelled)
        return ApiError(ApiError::Kind::Cancelled);
    const QNetworkReply::NetworkError code = m_reply->error();
    const QString detail = QStringLiteral("%1 (%2)").arg(m_reply->errorString()).arg(int(code));
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Tls, 0, QString(),
                        m_tlsErrors.isEmpty() ? detail : m_tlsErrors);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Kind::Offline, 0, QString(), detail);
    case QNetworkReply::ContentReSendError:
        // A send-once call whose connection closed before the answer: it may have been
        // carried out, and Qt was stopped from sending it again. Unknown, as when unreachable.
    case QNetworkReply::RemoteHostClosedError:
        // Closed after a status line arrived: the body is cut short.
        if (m_httpStatus >= 200 && m_httpStatus < 300)
            return ApiError(ApiError::Kind::BadResponse, m_httpStatus, QString(), detail);
        return ApiError(ApiError::Kind::Offline, 0, QString(), detail);
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled, 0, QString(), detail);
    default:
        return ApiError(ApiError::Kind::Other, m_httpStatus, QString(), detail);
    }
}

void ApiJob::onFinished()
{
    m_timeout.stop();
    m_elapsedMs = m_clock.elapsed();
    QNetworkReply *reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = status.isValid() ? status.toInt() : 0;
    m_responseHeaders = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError code = reply->error();
    ApiError error;
    if (m_tooLarge || m_redirectRefused || m_timedOut || m_cancelled) {
        error = networkError();
    } else if (m_httpStatus >= 300 || (m_httpStatus == 0 && code != QNetworkReply::NoError)) {
        if (m_httpStatus >= 300) {
            const QByteArray body = reply->read(1 << 20);
            error = ApiError::fromHttp(m_httpStatus, body);
        } else {
            error = networkError();
        }
    } else if (code != QNetworkReply::NoError) {
        error = networkError();
    } else {
        const QByteArray contentType =
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray body = reply->readAll();
        QString whyNot;
        if (expectsJson() && isJsonContentType(contentType) &&
            body.size() >= BackgroundDecodeFrom && backgroundDecoder()) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->deleteLater();
            decodeInBackground(body);
            return;
        }
        if (expectsJson() && !isJsonContentType(contentType)) {
            error = ApiError(ApiError::Kind::BadResponse, m_httpStatus, QString(),
                             tr("Expected JSON but got %1.")
                                 .arg(contentType.isEmpty()
                                          ? tr("no content type")
                                          : QString::fromLatin1(contentType.left(100))));
        } else if (!parseResponse(body, &whyNot)) {
            error = ApiError(ApiError::Kind::BadResponse, m_httpStatus, QString(), whyNot);
        }
    }
    qCInfo(lcApi).noquote() << verbOf(m_method) << m_relativePath.section(QLatin1Char('?'), 0, 0)
                            << m_httpStatus
                            << (error.isError() ? error.detail() : QStringLiteral("ok"))
                            << m_elapsedMs << "ms";
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    // Online: a refused token is renewed once, a moved tenant followed once, then sent again.
    if (error.kind() == ApiError::Kind::Unauthorized && retryAfterRenewal())
        return;
    if (error.kind() == ApiError::Kind::Misdirected ||
        error.kind() == ApiError::Kind::RedirectRefused) {
        m_error = error;
        if (retryAfterRelocation())
            return;
    }
    finish(error);
}

void ApiJob::produceBodyThenSend()
{
    m_encoding = true;
    QPointer<ApiJob> self(this);
    const std::function<QByteArray()> produce = m_bodyProducer;
    QThreadPool::globalInstance()->start([self, produce] {
        QByteArray body = produce();
        QMetaObject::invokeMethod(
            qApp,
            [self, body = std::move(body)] {
                if (!self)
                    return;
                self->m_encoding = false;
                self->m_body = body;
                self->send();
            },
            Qt::QueuedConnection);
    });
}

void ApiJob::decodeInBackground(const QByteArray &body)
{
    m_decoding = true;
    QPointer<ApiJob> self(this);
    const BackgroundDecoder decode = backgroundDecoder();
    QThreadPool::globalInstance()->start([self, decode, body] {
        QString whyNot;
        std::optional<QJsonObject> decoded = decode(body, &whyNot);
        // Back on the job's thread; the job may have gone meanwhile.
        QMetaObject::invokeMethod(
            qApp,
            [self, decoded = std::move(decoded), whyNot] {
                if (!self)
                    return;
                self->m_decoding = false;
                if (self->m_cancelled) {
                    self->finish(ApiError(ApiError::Kind::Cancelled));
                } else if (QString refused; !decoded || !self->adoptDecoded(*decoded, &refused)) {
                    self->finish(ApiError(ApiError::Kind::BadResponse, self->m_httpStatus,
                                          QString(), decoded ? refused : whyNot));
                } else {
                    self->finish(ApiError());
                }
            },
            Qt::QueuedConnection);
    });
}

void ApiJob::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    if (m_client && error.kind() != ApiError::Kind::Cancelled)
        emit m_client->callFinished(error);
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}
