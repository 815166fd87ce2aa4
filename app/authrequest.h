#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

// One call to SuperOffice's sign-in service (discovery, tokens, tenant state): HTTPS only (HTTP
// on this computer), no redirects, a timeout and a size cap, and the answer read as a JSON
// object. OAuth errors ({"error", "error_description"}) come back in words. Reports finished()
// once, from the event loop, and deletes itself afterwards.
class AuthRequest : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodySize = 1024 * 1024;

    static AuthRequest *get(QNetworkAccessManager *nam, const QUrl &url, QObject *parent);
    // application/x-www-form-urlencoded; the client secret, if any, is among the fields.
    static AuthRequest *postForm(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                                 QObject *parent);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void cancel();

    bool succeeded() const { return m_ok; }
    int httpStatus() const { return m_status; }
    QJsonObject json() const { return m_json; }
    // The OAuth error code ("invalid_grant") when the service gave one.
    QString oauthError() const { return m_oauthError; }
    // Translated: why it failed, with the service's own words where there are some.
    QString errorText() const { return m_errorText; }
    // The network could not be reached at all (as opposed to an answer that says no).
    bool isUnreachable() const { return m_unreachable; }

    // Whether a URL may carry sign-in traffic: https, or http to this computer.
    static bool isAcceptableUrl(const QUrl &url);

signals:
    void finished(AuthRequest *request);

private:
    AuthRequest(QNetworkAccessManager *nam, const QUrl &url, const QByteArray &body, bool post,
                QObject *parent);
    void start();
    void onFinished();
    void fail(const QString &text);
    void done();

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QByteArray m_body;
    bool m_post = false;
    int m_timeoutMs = 30000;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_reported = false;
    bool m_ok = false;
    bool m_unreachable = false;
    int m_status = 0;
    QJsonObject m_json;
    QString m_oauthError;
    QString m_errorText;
    QString m_tlsErrors;
};
