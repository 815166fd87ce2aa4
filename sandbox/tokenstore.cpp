#include "tokenstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString TokenStore::randomString(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / qsizetype(sizeof(quint32)));
    // fillRange works in whole words; the tail (if any) byte by byte.
    for (qsizetype i = raw.size() - raw.size() % qsizetype(sizeof(quint32)); i < raw.size(); ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenStore::mintAccessToken(int associateId, const QString &refreshToken)
{
    const QString token = QStringLiteral("8A:Cust12345.") + randomString(32);
    m_access.insert(
        token, Access{associateId, nowMs() + qint64(m_lifetimes.accessToken) * 1000, refreshToken});
    return token;
}

QString TokenStore::mintRefreshToken(const QString &clientId, int associateId)
{
    const QString token = randomString(32);
    m_refresh.insert(token, Refresh{Grant{clientId, associateId}, false});
    return token;
}

std::optional<int> TokenStore::accessTokenUser(const QString &token) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd() || it->expiresAtMs <= nowMs())
        return std::nullopt;
    return it->associateId;
}

std::optional<TokenStore::Grant> TokenStore::refreshGrant(const QString &token) const
{
    const auto it = m_refresh.constFind(token);
    if (it == m_refresh.constEnd() || it->revoked)
        return std::nullopt;
    return it->grant;
}

bool TokenStore::revoke(const QString &token)
{
    if (const auto it = m_refresh.find(token); it != m_refresh.end()) {
        it->revoked = true;
        for (Access &access : m_access) {
            if (access.refreshToken == token)
                access.expiresAtMs = 0;
        }
        return true;
    }
    if (const auto it = m_access.find(token); it != m_access.end()) {
        it->expiresAtMs = 0;
        return true;
    }
    return false;
}

void TokenStore::expireAccessTokens()
{
    for (Access &access : m_access)
        access.expiresAtMs = 0;
}

void TokenStore::revokeRefreshTokens()
{
    for (Refresh &refresh : m_refresh)
        refresh.revoked = true;
}

void TokenStore::clear()
{
    m_access.clear();
    m_refresh.clear();
    m_lifetimes = Lifetimes();
}
