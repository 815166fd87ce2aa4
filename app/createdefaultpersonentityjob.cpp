#include "createdefaultpersonentityjob.h"

CreateDefaultPersonEntityJob::CreateDefaultPersonEntityJob(WebApiClient *client)
    : EntityJob(client, Method::Post, QStringLiteral("Agents/Person/CreateDefaultPersonEntity"),
                EntityKind::Person)
{}

QString CreateDefaultPersonEntityJob::description() const
{
    return tr("Creating person");
}
