#include "currentprincipaljob.h"

#include "carriercodec.h"
#include "webapiclient.h"

CurrentPrincipalJob::CurrentPrincipalJob(WebApiClient *client)
    : ApiJob(client, Method::Get, QStringLiteral("User/currentPrincipal"))
{}

QString CurrentPrincipalJob::fullName() const
{
    return m_principal.value(QLatin1String("FullName")).toString();
}

QString CurrentPrincipalJob::userName() const
{
    const QString user = m_principal.value(QLatin1String("UserName")).toString();
    return user.isEmpty() ? m_principal.value(QLatin1String("Associate")).toString() : user;
}

int CurrentPrincipalJob::associateId() const
{
    return m_principal.value(QLatin1String("AssociateId")).toInt();
}

QString CurrentPrincipalJob::roleName() const
{
    return m_principal.value(QLatin1String("RoleName")).toString();
}

QString CurrentPrincipalJob::description() const
{
    return tr("Signing in");
}

bool CurrentPrincipalJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    const auto object = CarrierCodec::decodeObject(body, CarrierSchema::Type::SoPrincipal, whyNot);
    if (!object)
        return false;
    m_principal = *object;
    return true;
}
