#include "idtoken.h"
#include "oidcdiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kPrefix = QString::fromLatin1(IdToken::ClaimPrefix);
const QUrl kLogin(QStringLiteral("https://sod.superoffice.com/login"));
const qint64 kNow = 1900000000;

QByteArray part(const QJsonObject &o)
{
    return QJsonDocument(o)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// What SuperOffice's sign-in sends (docs jwt-intro.md): iss without /login, iat a string.
QJsonObject superOfficeClaims()
{
    return QJsonObject{
        {QStringLiteral("aud"), QStringLiteral("my-client")},
        {QStringLiteral("iss"), QStringLiteral("https://sod.superoffice.com")},
        {QStringLiteral("iat"), QString::number(kNow)},
        {QStringLiteral("nbf"), double(kNow)},
        {QStringLiteral("exp"), double(kNow + 300)},
        {QStringLiteral("nonce"), QStringLiteral("n-123")},
        {QStringLiteral("sub"), QStringLiteral("subject-1")},
        {kPrefix + QStringLiteral("ctx"), QStringLiteral("Cust26759")},
        {kPrefix + QStringLiteral("webapi_url"),
         QStringLiteral("https://sod2.superoffice.com/Cust26759/api/")},
        {kPrefix + QStringLiteral("upn"), QStringLiteral("dana@example.com")},
        {kPrefix + QStringLiteral("associateid"), QStringLiteral("5")},
    };
}

QByteArray jwt(const QJsonObject &claims, const QString &alg = QStringLiteral("RS256"))
{
    return part(QJsonObject{{QStringLiteral("alg"), alg},
                            {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
           '.' + part(claims) + ".c2lnbmF0dXJl";
}

IdToken::Expectations expected()
{
    IdToken::Expectations e;
    e.clientId = QStringLiteral("my-client");
    e.nonce = QStringLiteral("n-123");
    e.loginUrl = kLogin;
    e.issuer = QStringLiteral("https://sod.superoffice.com");
    e.now = QDateTime::fromSecsSinceEpoch(kNow + 10, Qt::UTC);
    return e;
}

} // namespace

class TestIdToken : public QObject
{
    Q_OBJECT

private slots:
    void readsSuperOfficesToken()
    {
        QString why;
        const auto token = IdToken::validate(jwt(superOfficeClaims()), expected(), &why);
        QVERIFY2(token, qPrintable(why));
        QCOMPARE(token->tenant(), QStringLiteral("Cust26759"));
        QCOMPARE(token->webApiUrl(),
                 QUrl(QStringLiteral("https://sod2.superoffice.com/Cust26759/api/")));
        QCOMPARE(token->tenantBaseUrl(),
                 QUrl(QStringLiteral("https://sod2.superoffice.com/Cust26759")));
        QCOMPARE(token->userName(), QStringLiteral("dana@example.com"));
        QCOMPARE(token->claim(QStringLiteral("associateid")), QStringLiteral("5"));
        QCOMPARE(token->expiresAt().toSecsSinceEpoch(), kNow + 300);
    }

    void issuerForms_data()
    {
        QTest::addColumn<QString>("iss");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("without /login (SuperOffice)") << "https://sod.superoffice.com" << true;
        QTest::newRow("with /login") << "https://sod.superoffice.com/login" << true;
        QTest::newRow("trailing slash") << "https://sod.superoffice.com/" << true;
        QTest::newRow("another host") << "https://evil.example.com" << false;
        QTest::newRow("http") << "http://sod.superoffice.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void issuerForms()
    {
        QFETCH(QString, iss);
        QFETCH(bool, accepted);
        QJsonObject c = superOfficeClaims();
        c.insert(QStringLiteral("iss"), iss);
        IdToken::Expectations e = expected();
        e.issuer.clear(); // only the sign-in address to go by
        QString why;
        QCOMPARE(bool(IdToken::validate(jwt(c), e, &why)), accepted);
    }

    void iatAsNumberOrString()
    {
        QJsonObject c = superOfficeClaims();
        c.insert(QStringLiteral("iat"), double(kNow));
        QString why;
        QVERIFY2(IdToken::validate(jwt(c), expected(), &why), qPrintable(why));
        c.insert(QStringLiteral("iat"), QStringLiteral("yesterday"));
        QVERIFY(!IdToken::validate(jwt(c), expected(), &why));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("other audience") << "aud" << QJsonValue(QStringLiteral("other-client"));
        QTest::newRow("audience list without us")
            << "aud" << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QTest::newRow("expired") << "exp" << QJsonValue(double(kNow - 600));
        QTest::newRow("not yet valid") << "nbf" << QJsonValue(double(kNow + 3600));
        QTest::newRow("wrong nonce") << "nonce" << QJsonValue(QStringLiteral("n-999"));
        QTest::newRow("no nonce") << "nonce" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no tenant") << kPrefix + "ctx" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("webapi not https")
            << kPrefix + "webapi_url"
            << QJsonValue(QStringLiteral("http://sod2.superoffice.com/Cust1/api/"));
        QTest::newRow("webapi not /api/")
            << kPrefix + "webapi_url"
            << QJsonValue(QStringLiteral("https://sod2.superoffice.com/Cust1/"));
    }
    void refusals()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject c = superOfficeClaims();
        if (value.isUndefined())
            c.remove(member);
        else
            c.insert(member, value);
        QString why;
        QVERIFY(!IdToken::validate(jwt(c), expected(), &why));
        QVERIFY(!why.isEmpty());
    }

    void audienceListWithUs()
    {
        QJsonObject c = superOfficeClaims();
        c.insert(QStringLiteral("aud"),
                 QJsonArray{QStringLiteral("x"), QStringLiteral("my-client")});
        QString why;
        QVERIFY2(IdToken::validate(jwt(c), expected(), &why), qPrintable(why));
    }

    void refreshedTokenNeedsNoNonce()
    {
        QJsonObject c = superOfficeClaims();
        c.remove(QStringLiteral("nonce"));
        IdToken::Expectations e = expected();
        e.nonce.clear();
        QString why;
        QVERIFY2(IdToken::validate(jwt(c), e, &why), qPrintable(why));
    }

    void clockSkewWithinLeeway()
    {
        QJsonObject c = superOfficeClaims();
        c.insert(QStringLiteral("exp"), double(kNow - 60)); // 70 s ago, leeway 120 s
        QString why;
        QVERIFY2(IdToken::validate(jwt(c), expected(), &why), qPrintable(why));
    }

    void malformedAndUnsigned()
    {
        QString why;
        QVERIFY(!IdToken::validate("", expected(), &why));
        QVERIFY(!IdToken::validate("a.b", expected(), &why));
        QVERIFY(!IdToken::validate("!!!.###.$$$", expected(), &why));
        QVERIFY(
            !IdToken::validate(jwt(superOfficeClaims(), QStringLiteral("none")), expected(), &why));
        QVERIFY(
            !IdToken::validate(part(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}}) +
                                   ".WzEsMiwzXQ.sig", // a JSON array, not an object
                               expected(), &why));
    }

    void discoveryMustStayOnTheSignInHost()
    {
        const QJsonObject good{
            {QStringLiteral("issuer"), QStringLiteral("https://sod.superoffice.com")},
            {QStringLiteral("authorization_endpoint"),
             QStringLiteral("https://sod.superoffice.com/login/common/oauth/authorize")},
            {QStringLiteral("token_endpoint"),
             QStringLiteral("https://sod.superoffice.com/login/common/oauth/tokens")},
            {QStringLiteral("revocation_endpoint"),
             QStringLiteral("https://sod.superoffice.com/login/common/oauth/revoke")}};
        QString why;
        const auto d = OidcDiscovery::parse(QJsonDocument(good).toJson(), kLogin, &why);
        QVERIFY2(d, qPrintable(why));
        QCOMPARE(d->issuer(), QStringLiteral("https://sod.superoffice.com"));
        QCOMPARE(d->tokenEndpoint().path(), QStringLiteral("/login/common/oauth/tokens"));
        QCOMPARE(OidcDiscovery::documentUrl(kLogin),
                 QUrl(QStringLiteral(
                     "https://sod.superoffice.com/login/.well-known/openid-configuration")));

        for (const char *member : {"authorization_endpoint", "token_endpoint"}) {
            QJsonObject bad = good;
            bad.insert(QLatin1String(member), QStringLiteral("https://evil.example.com/steal"));
            QVERIFY(!OidcDiscovery::parse(QJsonDocument(bad).toJson(), kLogin, &why));
            bad.insert(QLatin1String(member),
                       QStringLiteral("http://sod.superoffice.com/login/common/oauth/tokens"));
            QVERIFY(!OidcDiscovery::parse(QJsonDocument(bad).toJson(), kLogin, &why));
            bad.remove(QLatin1String(member));
            QVERIFY(!OidcDiscovery::parse(QJsonDocument(bad).toJson(), kLogin, &why));
        }
        QVERIFY(!OidcDiscovery::parse("<html>", kLogin, &why));
        QJsonObject foreignRevoke = good;
        foreignRevoke.insert(QStringLiteral("revocation_endpoint"),
                             QStringLiteral("https://evil.example.com/r"));
        const auto d2 = OidcDiscovery::parse(QJsonDocument(foreignRevoke).toJson(), kLogin, &why);
        QVERIFY(d2);
        QVERIFY(d2->revocationEndpoint().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"
