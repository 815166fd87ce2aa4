#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class WebApiClient;

// Base of every WebAPI call: owns the reply's lifetime, the timeout, cancel, the response size
// cap and the mapping of failures to ApiError. Subclasses only build the request and read the
// body. Asynchronous only; finished() is emitted exactly once per start().
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Put };

    ~ApiJob() override;

    // Sends the request (again, for a retry after signing in). Never blocks.
    void start();
    void cancel();
    bool isRunning() const
    {
        return m_reply != nullptr || m_startPending || m_decoding || m_encoding ||
               m_waitingForSignIn;
    }

    bool succeeded() const { return !m_error.isError() && m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray responseHeader(const QByteArray &name) const;
    // What the job does, for busy indicators ("Saving company").
    virtual QString description() const = 0;
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Extra request headers (If-Unmodified-Since); never credentials.
    void setRequestHeader(const QByteArray &name, const QByteArray &value);
    // Off by default: the caller keeps the job (to retry it) and deletes it.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    void finished(ApiJob *job);

protected:
    ApiJob(WebApiClient *client, Method method, const QString &relativePath,
           const QByteArray &body = QByteArray());

    // Called on a 2xx answer with a JSON content type; return false with a reason when the body
    // is not what this call expects.
    virtual bool parseResponse(const QByteArray &body, QString *whyNot) = 0;
    // For calls whose 2xx answers may be empty or not JSON (none today).
    virtual bool expectsJson() const { return true; }

    // Large answers are decoded on a worker thread so the window never stalls: a job that can
    // returns a function that turns the body into an object without touching the job, and
    // takes the result in adoptDecoded() on its own thread, which may still refuse it.
    using BackgroundDecoder =
        std::function<std::optional<QJsonObject>(const QByteArray &body, QString *whyNot)>;
    virtual BackgroundDecoder backgroundDecoder() const { return {}; }
    virtual bool adoptDecoded(const QJsonObject &decoded, QString *whyNot)
    {
        Q_UNUSED(decoded)
        Q_UNUSED(whyNot)
        return true;
    }
    static constexpr qsizetype BackgroundDecodeFrom = 256 * 1024;
    // A large request body is encoded on a worker thread just before sending, for the same
    // reason. The function must not touch the job.
    void setBodyProducer(std::function<QByteArray()> producer)
    {
        m_bodyProducer = std::move(producer);
    }
    WebApiClient *client() const;
    // A call that writes: never sent twice by the network layer on its own (see OneShotBody).
    void setSendOnce(bool once) { m_sendOnce = once; }

private:
    void send();
    void onFinished();
    void onTimeout();
    void finish(const ApiError &error);
    void decodeInBackground(const QByteArray &body);
    void produceBodyThenSend();
    ApiError networkError() const;
    // Online: waits for a renewed access token or the tenant's new address, then sends again;
    // false when there is nothing to wait for.
    bool retryAfterRenewal();
    bool retryAfterRelocation();

    QPointer<WebApiClient> m_client;
    Method m_method;
    QString m_relativePath;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_extraHeaders;
    // Guarded: the access manager owns its replies and, created first, is destroyed before the
    // client's jobs when the client goes away with a call in flight.
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    ApiError m_error;
    int m_httpStatus = 0;
    QList<std::pair<QByteArray, QByteArray>> m_responseHeaders;
    bool m_finished = false;
    bool m_startPending = false;
    bool m_decoding = false;
    bool m_encoding = false;
    std::function<QByteArray()> m_bodyProducer;
    bool m_autoDelete = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_redirectRefused = false;
    bool m_sendOnce = false;
    bool m_waitingForSignIn = false;
    bool m_renewTried = false;
    bool m_relocateTried = false;
    // Tells a renewal's answer for an earlier attempt from one for this one.
    int m_attempt = 0;
    QString m_tlsErrors;
};
