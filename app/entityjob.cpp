#include "entityjob.h"

#include "carriercodec.h"

bool EntityJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    auto entity = CarrierCodec::decodeContact(body, whyNot);
    if (!entity)
        return false;
    m_entity = *entity;
    return true;
}

ApiJob::BackgroundDecoder EntityJob::backgroundDecoder() const
{
    return [](const QByteArray &body, QString *whyNot) {
        return CarrierCodec::decodeObject(body, CarrierSchema::Type::ContactEntity, whyNot);
    };
}

void EntityJob::adoptDecoded(const QJsonObject &decoded)
{
    m_entity = ContactEntity(decoded);
}
