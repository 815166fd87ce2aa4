#include "savecontactentityjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

SaveContactEntityJob::SaveContactEntityJob(WebApiClient *client, const ContactEntity &entity)
    : EntityJob(client, Method::Post, QStringLiteral("Agents/Contact/SaveContactEntity"))
    , m_create(entity.isNew())
{
    if (m_create)
        expectId(Expect::Assigned);
    else
        expectId(Expect::Exactly, entity.contactId());
    const QJsonObject json = entity.json();
    setSendOnce(true);
    setBodyProducer([json] { return CarrierCodec::encodeForRequest(json); });
}

QString SaveContactEntityJob::description() const
{
    return m_create ? tr("Creating company") : tr("Saving company");
}
