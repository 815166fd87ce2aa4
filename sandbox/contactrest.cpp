#include "contactrest.h"

#include "contactpresenter.h"
#include "contactstore.h"
#include "contactwriter.h"
#include "wiredate.h"

namespace {

QDateTime updatedDate(const QJsonObject &entity)
{
    return WireDate::fromWire(entity.value(QLatin1String("UpdatedDate")).toString());
}

} // namespace

ContactRest::ContactRest(const ContactStore &store, const ContactPresenter &presenter,
                         ContactWriter &writer)
    : m_store(store)
    , m_presenter(presenter)
    , m_writer(writer)
{}

SandboxReply ContactRest::get(const RequestContext &c, int contactId,
                              const QByteArray &ifModifiedSince) const
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return m_presenter.notFound(c, contactId);
    const QDateTime modified = updatedDate(*stored);
    if (!ifModifiedSince.isEmpty()) {
        const QDateTime since = WireDate::fromHttp(ifModifiedSince);
        if (since.isValid() && modified.isValid() && modified <= since) {
            SandboxReply r = SandboxReply::empty(304);
            r.setHeader(QByteArrayLiteral("Last-Modified"), WireDate::toHttp(modified));
            return r;
        }
    }
    QJsonObject e = m_presenter.present(*stored, c);
    const QString self = QStringLiteral("%1/api/v1/Contact/%2/").arg(c.baseUrl).arg(contactId);
    e.insert(
        QStringLiteral("_Links"),
        QJsonObject{{QStringLiteral("Self"), self},
                    {QStringLiteral("Archive"), c.baseUrl + QStringLiteral("/api/v1/Contact/")}});
    SandboxReply r = SandboxReply::json(e);
    if (modified.isValid())
        r.setHeader(QByteArrayLiteral("Last-Modified"), WireDate::toHttp(modified));
    return r;
}

SandboxReply ContactRest::put(const RequestContext &c, int contactId, const QJsonObject &body,
                              const QByteArray &ifUnmodifiedSince)
{
    const std::optional<QJsonObject> stored = m_store.load(contactId);
    if (!stored)
        return m_presenter.notFound(c, contactId);
    if (!ifUnmodifiedSince.isEmpty()) {
        const QDateTime since = WireDate::fromHttp(ifUnmodifiedSince);
        const QDateTime modified = updatedDate(*stored);
        if (since.isValid() && modified.isValid() && modified > since)
            return SandboxReply::error(412, QStringLiteral("SoPreconditionFailedException"),
                                       QStringLiteral("Contact %1 was changed at %2, after %3")
                                           .arg(contactId)
                                           .arg(QString::fromLatin1(WireDate::toHttp(modified)),
                                                QString::fromLatin1(ifUnmodifiedSince)));
    }
    SandboxReply r = m_writer.save(c, body, contactId);
    if (r.status() == 200) {
        const std::optional<QJsonObject> saved = m_store.load(contactId);
        if (saved)
            r.setHeader(QByteArrayLiteral("Last-Modified"), WireDate::toHttp(updatedDate(*saved)));
    }
    return r;
}
