#include "putcontactjob.h"

#include "carriercodec.h"
#include "webapiclient.h"

#include <QLocale>

PutContactJob::PutContactJob(WebApiClient *client, const ContactEntity &entity,
                             const QDateTime &unmodifiedSince)
    : EntityJob(client, Method::Put, QStringLiteral("Contact/%1").arg(entity.contactId()),
                CarrierCodec::encodeForRequest(entity.json()))
{
    if (unmodifiedSince.isValid()) {
        // An HTTP date is always English and GMT.
        setRequestHeader("If-Unmodified-Since",
                         QLocale::c()
                             .toString(unmodifiedSince.toUTC(),
                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                             .toLatin1());
    }
}

QString PutContactJob::description() const
{
    return tr("Saving company");
}
