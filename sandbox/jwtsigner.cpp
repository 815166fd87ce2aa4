#include "jwtsigner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace {

QByteArray bignumParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || !bn)
        return QByteArray();
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

struct JwtSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    QString kid;
    QByteArray n;
    QByteArray e;

    ~Key() { EVP_PKEY_free(pkey); }
};

JwtSigner::JwtSigner() = default;
JwtSigner::~JwtSigner() = default;

JwtSigner::Key &JwtSigner::key()
{
    if (m_key)
        return *m_key;
    m_key = std::make_unique<Key>();
    m_key->pkey = EVP_RSA_gen(2048);
    if (!m_key->pkey)
        qFatal("contact-sandbox: OpenSSL could not generate an RSA key");
    m_key->n = bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N);
    m_key->e = bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E);
    // Derived from the key, so the kid changes exactly when the key does.
    m_key->kid = QString::fromLatin1(base64Url(sha256(m_key->n)).left(22));
    return *m_key;
}

QString JwtSigner::keyId()
{
    return key().kid;
}

QJsonObject JwtSigner::jwks()
{
    const Key &k = key();
    const QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                          {QStringLiteral("use"), QStringLiteral("sig")},
                          {QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("kid"), k.kid},
                          {QStringLiteral("n"), QString::fromLatin1(base64Url(k.n))},
                          {QStringLiteral("e"), QString::fromLatin1(base64Url(k.e))}};
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}};
}

QByteArray JwtSigner::sign(const QJsonObject &claims)
{
    Key &k = key();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), k.kid}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    // RSA keys sign with PKCS #1 v1.5 padding by default, which is what RS256 is.
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, k.pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                           size_t(input.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        return QByteArray();
    return input + '.' + base64Url(signature);
}

QByteArray JwtSigner::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray JwtSigner::sha256(const QByteArray &bytes)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &length, EVP_sha256(),
                   nullptr) != 1)
        return QByteArray();
    out.resize(int(length));
    return out;
}
