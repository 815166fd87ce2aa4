#include "getcustomfieldlistjob.h"

#include "webapiclient.h"

#include <QJsonDocument>

GetCustomFieldListJob::GetCustomFieldListJob(WebApiClient *client)
    : ApiJob(client, Method::Get, QStringLiteral("Contact/CustomField"))
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
