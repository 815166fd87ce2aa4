#include "currentprincipaljob.h"

#include "carriercodec.h"
#include "webapiclient.h"

CurrentPrincipalJob::CurrentPrincipalJob(WebApiClient *client)
    : ApiJob(client, Method::Get, QStringLiteral("User/currentPrincipal"))
{}

namespace {

QString fullNameOf(const QJsonObject &principal)
{
    return principal.value(QLatin1String("FullName")).toString();
}

QString userNameOf(const QJsonObject &principal)
{
    const QString user = principal.value(QLatin1String("UserName")).toString();
    return user.isEmpty() ? principal.value(QLatin1String("Associate")).toString() : user;
}

} // namespace

QString CurrentPrincipalJob::fullName() const
{
    return fullNameOf(m_principal);
}

QString CurrentPrincipalJob::userName() const
{
    return userNameOf(m_principal);
}

QString CurrentPrincipalJob::displayName(const QJsonObject &principal)
{
    const QString full = fullNameOf(principal);
    return full.isEmpty() ? userNameOf(principal) : full;
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
