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
