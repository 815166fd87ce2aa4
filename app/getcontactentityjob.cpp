#include "getcontactentityjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

GetContactEntityJob::GetContactEntityJob(WebApiClient *client, int contactId)
    : EntityJob(client, Method::Post,
                QStringLiteral("Agents/Contact/GetContactEntity?contactEntityId=%1").arg(contactId))
    , m_contactId(contactId)
{
    expectId(Expect::Exactly, contactId);
}

QString GetContactEntityJob::description() const
{
    return tr("Opening company");
}
