#include "pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void challengeMatchesRfc7636Example()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierIsLongEnoughAndUnreserved()
    {
        const Pkce pkce = Pkce::generate();
        QVERIFY(pkce.verifier().size() >= 43);
        QVERIFY(pkce.verifier().size() <= 128);
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
        QVERIFY(unreserved.match(QString::fromLatin1(pkce.verifier())).hasMatch());
        QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
    }

    void everySignInGetsAFreshVerifier()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Pkce::generate().verifier());
        QCOMPARE(seen.size(), 200);
    }

    void randomTokensHaveTheAskedLength()
    {
        // 24 bytes: 32 base64url characters, no padding; odd sizes fill their last bytes too.
        QCOMPARE(Pkce::randomUrlSafe(24).size(), 32);
        const QByteArray odd =
            QByteArray::fromBase64(Pkce::randomUrlSafe(7), QByteArray::Base64UrlEncoding);
        QCOMPARE(odd.size(), 7);
        QSet<QByteArray> tails;
        for (int i = 0; i < 50; ++i)
            tails.insert(
                QByteArray::fromBase64(Pkce::randomUrlSafe(7), QByteArray::Base64UrlEncoding)
                    .right(3));
        QVERIFY(tails.size() > 40);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
