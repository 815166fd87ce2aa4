#include "personagent.h"

#include "contactstore.h"
#include "personfactory.h"
#include "personpresenter.h"
#include "wiredate.h"

PersonAgent::PersonAgent(const ContactStore &store, const PersonFactory &factory,
                         const PersonPresenter &presenter)
    : m_store(store)
    , m_factory(factory)
    , m_presenter(presenter)
{}

SandboxReply PersonAgent::createDefault(const RequestContext &c) const
{
    return SandboxReply::json(m_presenter.present(m_factory.defaultEntity(c.user), c));
}

SandboxReply PersonAgent::get(const RequestContext &c, int personId) const
{
    const std::optional<QJsonObject> stored = m_store.loadPerson(personId);
    if (!stored)
        return m_presenter.notFound(c, personId);
    return SandboxReply::json(m_presenter.present(*stored, c));
}

SandboxReply PersonAgent::getRest(const RequestContext &c, int personId,
                                  const QByteArray &ifModifiedSince) const
{
    const std::optional<QJsonObject> stored = m_store.loadPerson(personId);
    if (!stored)
        return m_presenter.notFound(c, personId);
    const QDateTime modified =
        WireDate::fromWire(stored->value(QLatin1String("UpdatedDate")).toString());
    if (!ifModifiedSince.isEmpty()) {
        const QDateTime since = WireDate::fromHttp(ifModifiedSince);
        if (since.isValid() && modified.isValid() && modified <= since) {
            SandboxReply r = SandboxReply::empty(304);
            r.setHeader(QByteArrayLiteral("Last-Modified"), WireDate::toHttp(modified));
            return r;
        }
    }
    QJsonObject p = m_presenter.present(*stored, c);
    const QString api = c.baseUrl + QStringLiteral("/api/v1/");
    const int contactId =
        p.value(QLatin1String("Contact")).toObject().value(QLatin1String("ContactId")).toInt();
    p.insert(
        QStringLiteral("_Links"),
        QJsonObject{{QStringLiteral("Self"), api + QStringLiteral("Person/%1").arg(personId)},
                    {QStringLiteral("Archive"), api + QStringLiteral("Person")},
                    {QStringLiteral("Contact"), api + QStringLiteral("Contact/%1").arg(contactId)},
                    {QStringLiteral("Position.List"), api + QStringLiteral("MDOList/perspos")},
                    {QStringLiteral("Mrmrs.List"), api + QStringLiteral("MDOList/mrmrs")},
                    {QStringLiteral("Salutation.List"), api + QStringLiteral("MDOList/salutation")},
                    {QStringLiteral("Interests.List"), api + QStringLiteral("MDOList/persint")}});
    SandboxReply r = SandboxReply::json(p);
    if (modified.isValid())
        r.setHeader(QByteArrayLiteral("Last-Modified"), WireDate::toHttp(modified));
    return r;
}
