#include "savecontactentityjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

SaveContactEntityJob::SaveContactEntityJob(WebApiClient *client, const ContactEntity &entity)
    : EntityJob(client, Method::Post, QStringLiteral("Agents/Contact/SaveContactEntity"), CarrierCodec::encodeForRequest(entity.json()))
    , m_create(entity.isNew())
{
}

QString SaveContactEntityJob::description() const
{
    return m_create ? tr("Creating company") : tr("Saving company");
}
