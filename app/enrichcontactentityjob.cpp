#include "enrichcontactentityjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

#include <QUrlQuery>

EnrichContactEntityJob::EnrichContactEntityJob(WebApiClient *client, const ContactEntity &entity,
                                               const QString &enrichId, const QStringList &select)
    : EntityJob(client, Method::Post, pathFor(select), bodyFor(entity, enrichId))
    , m_enrichId(enrichId)
{
    expectId(Expect::ExactlyIfPresent, entity.contactId());
}

QString EnrichContactEntityJob::description() const
{
    return tr("Enriching company");
}

QString EnrichContactEntityJob::pathFor(const QStringList &select)
{
    QString path = QStringLiteral("Agents/Contact/EnrichContactEntity");
    if (!select.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    return path;
}

QByteArray EnrichContactEntityJob::bodyFor(const ContactEntity &entity, const QString &enrichId)
{
    return CarrierCodec::encodeForRequest(QJsonObject{
        {QStringLiteral("ContactEntity"), entity.json()}, {QStringLiteral("EnrichId"), enrichId}});
}
