#include "entityjob.h"

#include "carriercodec.h"

CarrierSchema::Type EntityJob::schema() const
{
    return m_kind == EntityKind::Person ? CarrierSchema::Type::PersonEntity
                                        : CarrierSchema::Type::ContactEntity;
}

bool EntityJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    auto entity = CarrierCodec::decodeObject(body, schema(), whyNot);
    if (!entity)
        return false;
    m_entity = ContactEntity(*entity);
    return true;
}

ApiJob::BackgroundDecoder EntityJob::backgroundDecoder() const
{
    return [type = schema()](const QByteArray &body, QString *whyNot) {
        return CarrierCodec::decodeObject(body, type, whyNot);
    };
}

void EntityJob::adoptDecoded(const QJsonObject &decoded)
{
    m_entity = ContactEntity(decoded);
}
