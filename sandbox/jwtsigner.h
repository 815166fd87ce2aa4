#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

// Signs id_tokens with RS256 (OpenSSL libcrypto) and publishes the public key as a JWKS, as
// SuperOffice's /login/.well-known/jwks does. The RSA 2048 key lives only as long as the server
// run, so a token from an earlier run never verifies.
class JwtSigner
{
public:
    JwtSigner();
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    QString keyId();
    // {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid", "n", "e"}]}
    QJsonObject jwks();
    // header.claims.signature, each part base64url without padding; empty when signing fails.
    QByteArray sign(const QJsonObject &claims);

    static QByteArray base64Url(const QByteArray &bytes);
    static QByteArray sha256(const QByteArray &bytes);

private:
    struct Key;
    // Made on first use: generating the key takes a noticeable moment, and most runs never sign.
    Key &key();

    std::unique_ptr<Key> m_key;
};
