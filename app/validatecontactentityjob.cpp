#include "validatecontactentityjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

ValidateContactEntityJob::ValidateContactEntityJob(WebApiClient *client,
                                                   const ContactEntity &entity)
    : ApiJob(client, Method::Post, QStringLiteral("Agents/Contact/ValidateContactEntity"),
             CarrierCodec::encodeForRequest(
                 QJsonObject{{QStringLiteral("ContactEntity"), entity.json()}}))
{}

QString ValidateContactEntityJob::description() const
{
    return tr("Checking company");
}

bool ValidateContactEntityJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    const auto object = CarrierCodec::decodeObject(body, CarrierSchema::Type::None, whyNot);
    if (!object)
        return false;
    m_problems.clear();
    for (auto it = object->constBegin(); it != object->constEnd(); ++it)
        m_problems.insert(it.key(), it->toString());
    return true;
}
