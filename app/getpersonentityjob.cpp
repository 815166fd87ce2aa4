#include "getpersonentityjob.h"

GetPersonEntityJob::GetPersonEntityJob(WebApiClient *client, int personId)
    : EntityJob(client, Method::Post,
                QStringLiteral("Agents/Person/GetPersonEntity?personEntityId=%1").arg(personId),
                EntityKind::Person)
    , m_personId(personId)
{
    expectId(Expect::Exactly, personId);
}

QString GetPersonEntityJob::description() const
{
    return tr("Opening person");
}
