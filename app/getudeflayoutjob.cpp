#include "getudeflayoutjob.h"

#include "webapiclient.h"

#include <QJsonDocument>

GetUdefLayoutJob::GetUdefLayoutJob(WebApiClient *client, EntityKind kind)
    : ApiJob(client, Method::Get,
             (kind == EntityKind::Person ? QStringLiteral("Person/") : QStringLiteral("Contact/")) +
                 QStringLiteral("UdefLayout/Published"))
{}

QString GetUdefLayoutJob::description() const
{
    return tr("Loading the custom fields' layout");
}

bool GetUdefLayoutJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isArray()) {
        *whyNot = error.error != QJsonParseError::NoError ? error.errorString()
                                                          : tr("The answer is not a list.");
        return false;
    }
    m_items = doc.array();
    return true;
}
