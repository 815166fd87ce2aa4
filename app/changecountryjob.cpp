#include "changecountryjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

ChangeCountryJob::ChangeCountryJob(WebApiClient *client, const QJsonObject &entity, int toCountryId)
    : EntityJob(
          client, Method::Post, QStringLiteral("Agents/Contact/ChangeCountry"),
          CarrierCodec::encodeForRequest(QJsonObject{{QStringLiteral("ContactEntity"), entity},
                                                     {QStringLiteral("ToCountryId"), toCountryId}}))
    , m_sent(entity)
    , m_toCountryId(toCountryId)
{
    expectId(Expect::ExactlyIfPresent, ContactEntity(entity).contactId());
}

QString ChangeCountryJob::description() const
{
    return tr("Getting the country's address layout");
}
