#include "createdefaultcontactentityjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

CreateDefaultContactEntityJob::CreateDefaultContactEntityJob(WebApiClient *client)
    : EntityJob(client, Method::Post, QStringLiteral("Agents/Contact/CreateDefaultContactEntity"))
{}

QString CreateDefaultContactEntityJob::description() const
{
    return tr("Creating company");
}
