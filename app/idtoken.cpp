#include "idtoken.h"

#include "authrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// SuperOffice sends iat as a string; exp and nbf as numbers. Either form is read.
std::optional<qint64> seconds(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 s = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return s;
    }
    return std::nullopt;
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// SuperOffice's iss lacks the /login of the discovery address; its own samples switch the
// issuer check off. Accepted: the discovery document's issuer, or the sign-in service's origin
// with or without its path.
bool acceptableIssuer(const QString &iss, const IdToken::Expectations &e)
{
    const QString got = withoutTrailingSlash(iss);
    if (got.isEmpty())
        return false;
    if (!e.issuer.isEmpty() && got == withoutTrailingSlash(e.issuer))
        return true;
    const QString origin =
        e.loginUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::FullyEncoded);
    return got.compare(withoutTrailingSlash(origin), Qt::CaseInsensitive) == 0 ||
           got.compare(withoutTrailingSlash(e.loginUrl.toString(QUrl::FullyEncoded)),
                       Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<IdToken> IdToken::validate(const QByteArray &jwt, const Expectations &e,
                                         QString *whyNot)
{
    const QList<QByteArray> parts = jwt.trimmed().split('.');
    const auto header = parts.size() == 3 ? decodePart(parts.at(0)) : std::nullopt;
    const auto payload = parts.size() == 3 ? decodePart(parts.at(1)) : std::nullopt;
    if (!header || !payload) {
        *whyNot = tr("SuperOffice's sign-in sent an identity token that cannot be read.");
        return std::nullopt;
    }
    const QString alg = header->value(QLatin1String("alg")).toString();
    if (alg.isEmpty() || alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *whyNot = tr("SuperOffice's sign-in sent an unsigned identity token.");
        return std::nullopt;
    }
    const QJsonObject &c = *payload;

    const QJsonValue aud = c.value(QLatin1String("aud"));
    const bool forUs = aud.isString() ? aud.toString() == e.clientId
                                      : aud.toArray().contains(QJsonValue(e.clientId));
    if (!forUs) {
        *whyNot = tr("The identity token is meant for another application.");
        return std::nullopt;
    }
    if (!acceptableIssuer(c.value(QLatin1String("iss")).toString(), e)) {
        *whyNot =
            tr("The identity token was issued by someone other than %1.").arg(e.loginUrl.host());
        return std::nullopt;
    }
    const auto exp = seconds(c.value(QLatin1String("exp")));
    const qint64 now = e.now.toSecsSinceEpoch();
    if (!exp || *exp + e.leewaySeconds < now) {
        *whyNot = tr("The identity token has expired. Check this computer's clock, then sign "
                     "in again.");
        return std::nullopt;
    }
    if (const auto nbf = seconds(c.value(QLatin1String("nbf")));
        nbf && *nbf - e.leewaySeconds > now) {
        *whyNot = tr("The identity token is not valid yet. Check this computer's clock.");
        return std::nullopt;
    }
    if (c.contains(QLatin1String("iat")) && !seconds(c.value(QLatin1String("iat")))) {
        *whyNot = tr("SuperOffice's sign-in sent an identity token that cannot be read.");
        return std::nullopt;
    }
    const QString nonce = c.value(QLatin1String("nonce")).toString();
    if (!e.nonce.isEmpty() && nonce != e.nonce) {
        *whyNot = tr("The identity token does not belong to this sign-in (its nonce differs). "
                     "Sign in again.");
        return std::nullopt;
    }

    IdToken token;
    token.m_claims = c;
    token.m_expiresAt = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    if (token.tenant().isEmpty()) {
        *whyNot = tr("SuperOffice's sign-in did not say which tenant you signed in to.");
        return std::nullopt;
    }
    const QUrl api = token.webApiUrl();
    if (!AuthRequest::isAcceptableUrl(api) || api.hasQuery() || api.hasFragment() ||
        !withoutTrailingSlash(api.path()).endsWith(QLatin1String("/api"), Qt::CaseInsensitive)) {
        *whyNot = tr("SuperOffice's sign-in named a WebAPI address that cannot be used: %1")
                      .arg(api.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200));
        return std::nullopt;
    }
    return token;
}

QString IdToken::claim(const QString &shortName) const
{
    const QJsonValue v = m_claims.value(QLatin1String(ClaimPrefix) + shortName);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return QString();
}

QUrl IdToken::tenantBaseUrl() const
{
    QUrl url = webApiUrl();
    QString path = withoutTrailingSlash(url.path());
    path.chop(int(qstrlen("/api")));
    url.setPath(path);
    return url;
}

QString IdToken::userName() const
{
    for (const char *name : {"upn", "email", "so_primary_email_address"}) {
        const QString value = claim(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return m_claims.value(QLatin1String("sub")).toString();
}
