#include "getpreviewenrichcontactjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

GetPreviewEnrichContactJob::GetPreviewEnrichContactJob(WebApiClient *client,
                                                       const QString &enrichId)
    : ApiJob(client, Method::Post, QStringLiteral("Agents/Contact/GetPreviewEnrichContact"),
             CarrierCodec::encode(QJsonObject{{QStringLiteral("EnrichId"), enrichId}}))
    , m_enrichId(enrichId)
{}

QString GetPreviewEnrichContactJob::description() const
{
    return tr("Loading preview");
}

bool GetPreviewEnrichContactJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    const auto object =
        CarrierCodec::decodeObject(body, CarrierSchema::Type::PreviewContact, whyNot);
    if (!object)
        return false;
    m_preview = PreviewContact(*object);
    return true;
}
