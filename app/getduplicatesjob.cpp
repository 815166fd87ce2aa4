#include "getduplicatesjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

GetDuplicatesJob::GetDuplicatesJob(WebApiClient *client, const QString &name)
    : ApiJob(client, Method::Post, QStringLiteral("Agents/Contact/GetDuplicates"),
             CarrierCodec::encode(QJsonObject{{QStringLiteral("Name"), name}}))
    , m_name(name)
{}

QString GetDuplicatesJob::description() const
{
    return tr("Looking for duplicates");
}

bool GetDuplicatesJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    const auto array = CarrierCodec::decodeArray(body, CarrierSchema::Type::DuplicateEntry, whyNot);
    if (!array)
        return false;
    m_duplicates.clear();
    for (const QJsonValue &v : *array) {
        if (v.isObject())
            m_duplicates.append(DuplicateEntry(v.toObject()));
    }
    return true;
}
