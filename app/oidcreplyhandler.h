#pragma once

#include <QJsonObject>
#include <QOAuthHttpServerReplyHandler>

// The loopback listener of a browser sign-in (127.0.0.1, a free port) that also reports what
// Qt 6.4's handler drops: a token endpoint that says no, or an answer that is not JSON. It
// hands the whole token answer on, id_token included.
class OidcReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    explicit OidcReplyHandler(QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;
    // The sign-in ended while the token request is still out: Qt 6.4's flow calls this handler
    // when that request ends, without a guard, so the handler lives on until then, reports
    // nothing more and deletes itself.
    void orphan();

signals:
    // The token endpoint's whole JSON answer.
    void tokenAnswer(const QJsonObject &answer);
    // Translated, with the service's own words where there are some.
    void tokenRequestFailed(const QString &message, const QString &oauthError);

private:
    bool m_orphaned = false;
};
