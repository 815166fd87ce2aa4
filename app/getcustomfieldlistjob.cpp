#include "getcustomfieldlistjob.h"

#include "webapiclient.h"

#include <QJsonDocument>

GetCustomFieldListJob::GetCustomFieldListJob(WebApiClient *client, EntityKind kind)
    : ApiJob(client, Method::Get,
             (kind == EntityKind::Person ? QStringLiteral("Person/") : QStringLiteral("Contact/")) +
                 QStringLiteral("CustomField"))
{}

QString GetCustomFieldListJob::description() const
{
    return tr("Loading the custom fields");
}

bool GetCustomFieldListJob::parseResponse(const QByteArray &body, QString *whyNot)
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
