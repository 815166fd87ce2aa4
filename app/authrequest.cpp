#include "authrequest.h"

#include "connectionprofile.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

AuthRequest *AuthRequest::get(QNetworkAccessManager *nam, const QUrl &url, QObject *parent)
{
    return new AuthRequest(nam, url, QByteArray(), false, parent);
}

AuthRequest *AuthRequest::postForm(QNetworkAccessManager *nam, const QUrl &url,
                                   const QUrlQuery &form, QObject *parent)
{
    return new AuthRequest(nam, url, form.toString(QUrl::FullyEncoded).toUtf8(), true, parent);
}

AuthRequest::AuthRequest(QNetworkAccessManager *nam, const QUrl &url, const QByteArray &body,
                         bool post, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(url)
    , m_body(body)
    , m_post(post)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    // Started from the event loop so callers can connect first and set a timeout.
    QMetaObject::invokeMethod(this, &AuthRequest::start, Qt::QueuedConnection);
}

bool AuthRequest::isAcceptableUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") ||
           (scheme == QLatin1String("http") && ConnectionProfile::isLoopback(url));
}

void AuthRequest::start()
{
    if (m_cancelled) {
        fail(tr("Cancelled."));
        return;
    }
    if (!isAcceptableUrl(m_url)) {
        fail(tr("The sign-in service's address %1 is not secure (https is required).")
                 .arg(m_url.host()));
        return;
    }
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    // Tokens must never follow a redirect to somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_reply = m_nam->post(request, m_body);
    } else {
        m_reply = m_nam->get(request);
    }
    connect(m_reply, &QNetworkReply::finished, this, &AuthRequest::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_timer.start();
        if (received > MaxBodySize) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timer.start(m_timeoutMs);
}

void AuthRequest::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void AuthRequest::onFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_status = status.isValid() ? status.toInt() : 0;
    if (m_cancelled) {
        fail(tr("Cancelled."));
        return;
    }
    if (m_timedOut) {
        m_unreachable = true;
        fail(tr("SuperOffice's sign-in service did not answer in time."));
        return;
    }
    if (m_tooLarge) {
        fail(tr("SuperOffice's sign-in service sent an answer that is far too large."));
        return;
    }
    if (m_status == 0) {
        m_unreachable = reply->error() != QNetworkReply::SslHandshakeFailedError;
        fail(
            reply->error() == QNetworkReply::SslHandshakeFailedError
                ? tr("The secure connection to %1 failed: %2")
                      .arg(m_url.host(), m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors)
                : tr("SuperOffice's sign-in service at %1 cannot be reached (%2).")
                      .arg(m_url.host(), reply->errorString()));
        return;
    }
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    m_json = doc.object();
    if (m_status >= 300 && m_status < 400) {
        fail(tr("SuperOffice's sign-in service answered with a redirect, which is not "
                "followed."));
        return;
    }
    if (m_status >= 400) {
        m_oauthError = m_json.value(QLatin1String("error")).toString().left(100);
        QString description = m_json.value(QLatin1String("error_description")).toString();
        if (description.isEmpty())
            description = m_json.value(QLatin1String("ErrorMessage")).toString();
        description = description.left(500);
        if (!m_oauthError.isEmpty())
            fail(description.isEmpty()
                     ? tr("SuperOffice refused: %1.").arg(m_oauthError)
                     : tr("SuperOffice refused: %1 (%2).").arg(description, m_oauthError));
        else
            fail(tr("SuperOffice's sign-in service answered HTTP %1.").arg(m_status));
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(tr("SuperOffice's sign-in service sent something other than the expected JSON."));
        return;
    }
    m_ok = true;
    done();
}

void AuthRequest::fail(const QString &text)
{
    m_ok = false;
    m_errorText = text;
    done();
}

void AuthRequest::done()
{
    if (m_reported)
        return;
    m_reported = true;
    emit finished(this);
    deleteLater();
}
