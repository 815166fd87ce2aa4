#include "mdolistjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

#include <QUrlQuery>

MdoListJob::MdoListJob(WebApiClient *client, const QString &listName, const QString &query,
                       const QString &additional)
    : ApiJob(client, Method::Get, pathFor(listName, query, additional))
    , m_listName(listName)
    , m_query(query)
{}

QString MdoListJob::pathFor(const QString &listName, const QString &query,
                            const QString &additional)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("flat"), QStringLiteral("true"));
    if (!query.isEmpty())
        q.addQueryItem(QStringLiteral("query"), query);
    if (!additional.isEmpty())
        q.addQueryItem(QStringLiteral("additional"), additional);
    return QStringLiteral("MDOList/") + QString::fromLatin1(QUrl::toPercentEncoding(listName)) +
           QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
}

QList<MDOListItem> MdoListJob::items() const
{
    QList<MDOListItem> out;
    out.reserve(m_items.size());
    for (const QJsonValue &v : m_items) {
        if (v.isObject())
            out.append(MDOListItem(v.toObject()));
    }
    return out;
}

QString MdoListJob::description() const
{
    return tr("Loading list");
}

bool MdoListJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    const auto array = CarrierCodec::decodeArray(body, CarrierSchema::Type::MDOListItem, whyNot);
    if (!array)
        return false;
    m_items = *array;
    return true;
}
