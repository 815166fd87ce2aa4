#include "savepersonentityjob.h"

#include "carriercodec.h"

SavePersonEntityJob::SavePersonEntityJob(WebApiClient *client, const PersonEntity &person)
    : EntityJob(client, Method::Post, QStringLiteral("Agents/Person/SavePersonEntity"),
                EntityKind::Person)
    , m_create(person.isNew())
{
    if (m_create)
        expectId(Expect::Assigned);
    else
        expectId(Expect::Exactly, person.personId());
    const QJsonObject json = person.json();
    setSendOnce(true);
    setBodyProducer([json] { return CarrierCodec::encodeForRequest(json); });
}

QString SavePersonEntityJob::description() const
{
    return m_create ? tr("Creating person") : tr("Saving person");
}
