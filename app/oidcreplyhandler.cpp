#include "oidcreplyhandler.h"

#include <QJsonDocument>
#include <QNetworkReply>

OidcReplyHandler::OidcReplyHandler(QObject *parent)
    // Never "localhost": SuperOffice registers native apps' redirects on 127.0.0.1.
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{}

void OidcReplyHandler::orphan()
{
    close();
    setParent(nullptr);
    m_orphaned = true;
}

void OidcReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (m_orphaned) {
        deleteLater();
        return;
    }
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusValue.isValid() ? statusValue.toInt() : 0;
    const QByteArray body = reply->read(1024 * 1024);
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status == 0) {
        emit tokenRequestFailed(
            tr("SuperOffice's sign-in service cannot be reached (%1).").arg(reply->errorString()),
            QString());
        return;
    }
    if (status >= 300 || reply->error() != QNetworkReply::NoError) {
        const QString error = answer.value(QLatin1String("error")).toString().left(100);
        const QString description =
            answer.value(QLatin1String("error_description")).toString().left(500);
        emit tokenRequestFailed(
            error.isEmpty() ? tr("SuperOffice's sign-in service answered HTTP %1.").arg(status)
                            : (description.isEmpty()
                                   ? tr("SuperOffice refused: %1.").arg(error)
                                   : tr("SuperOffice refused: %1 (%2).").arg(description, error)),
            error);
        return;
    }
    if (answer.isEmpty()) {
        emit tokenRequestFailed(
            tr("SuperOffice's sign-in service sent something other than the expected JSON."),
            QString());
        return;
    }
    emit tokenAnswer(answer);
    // QOAuth2AuthorizationCodeFlow keeps its own state in step.
    emit tokensReceived(answer.toVariantMap());
}
