#include "authorizationcodes.h"

#include "tokenstore.h"

#include <QDateTime>

QString AuthorizationCodes::issue(Code code)
{
    code.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + qint64(kLifetimeSeconds) * 1000;
    const QString value = TokenStore::randomString(24);
    m_codes.insert(value, code);
    return value;
}

AuthorizationCodes::Code *AuthorizationCodes::find(const QString &code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &*it;
}

bool AuthorizationCodes::isExpired(const Code &code)
{
    return code.expiresAtMs <= QDateTime::currentMSecsSinceEpoch();
}
