#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// Addressing values inside an entity: get, set, and the text form used by drafts.
class TestJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void getAndSet();
    void setCreatesObjectsButNotArrays();
    void textFormRoundTrips_data();
    void textFormRoundTrips();
    void badTextIsRejected();
};

void TestJsonPath::getAndSet()
{
    QJsonObject root{{QStringLiteral("Phones"),
                      QJsonArray{QJsonObject{{QStringLiteral("Value"), QStringLiteral("1")}},
                                 QJsonObject{{QStringLiteral("Value"), QStringLiteral("2")}}}}};
    const JsonPath p = JsonPath("Phones").index(1).key(QStringLiteral("Value"));
    QCOMPARE(p.get(root).toString(), QStringLiteral("2"));
    QVERIFY(p.set(root, QStringLiteral("22")));
    QCOMPARE(p.get(root).toString(), QStringLiteral("22"));
    QCOMPARE(JsonPath("Phones").index(0).key(QStringLiteral("Value")).get(root).toString(),
             QStringLiteral("1"));
    QVERIFY(JsonPath("Phones").index(5).get(root).isUndefined());
    QVERIFY(JsonPath("Missing").key(QStringLiteral("Deeper")).get(root).isUndefined());
    // index == size appends.
    QVERIFY(JsonPath("Phones").index(2).set(root, QStringLiteral("3")));
    QCOMPARE(root.value(QLatin1String("Phones")).toArray().size(), 3);
    QVERIFY(!JsonPath("Phones").index(9).set(root, QStringLiteral("x")));
}

void TestJsonPath::setCreatesObjectsButNotArrays()
{
    QJsonObject root{{QStringLiteral("Name"), QStringLiteral("A")}};
    QVERIFY(JsonPath("CustomFields")
                .key(QStringLiteral("SuperOffice:1"))
                .set(root, QStringLiteral("v")));
    QCOMPARE(root.value(QLatin1String("CustomFields"))
                 .toObject()
                 .value(QLatin1String("SuperOffice:1"))
                 .toString(),
             QStringLiteral("v"));
    QVERIFY(!JsonPath("Name").key(QStringLiteral("Inner")).set(root, 1)); // Name is a string
    QVERIFY(!JsonPath("Name").index(0).set(root, 1));
    QCOMPARE(root.value(QLatin1String("Name")).toString(), QStringLiteral("A"));
}

void TestJsonPath::textFormRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("member") << QStringLiteral("Name");
    QTest::newRow("element") << QStringLiteral("Phones[2].Value");
    QTest::newRow("matrix") << QStringLiteral("Address.LocalizedAddress[1][0].Value");
    QTest::newRow("quoted") << QStringLiteral("CustomFields.\"a.b[c]\"");
    QTest::newRow("colon") << QStringLiteral("CustomFields.SuperOffice:1");
}

void TestJsonPath::textFormRoundTrips()
{
    QFETCH(QString, text);
    bool ok = false;
    const JsonPath p = JsonPath::fromString(text, &ok);
    QVERIFY(ok);
    QCOMPARE(p.toString(), text);
    const JsonPath q = JsonPath("CustomFields").key(QStringLiteral("we\"ird.key"));
    QCOMPARE(JsonPath::fromString(q.toString(), &ok), q);
    QVERIFY(ok);
}

void TestJsonPath::badTextIsRejected()
{
    for (const QString &bad :
         {QStringLiteral("Phones["), QStringLiteral("Phones[x]"), QStringLiteral("a..b"),
          QStringLiteral("a."), QStringLiteral("\"open"), QStringLiteral("[1]x")}) {
        bool ok = true;
        JsonPath::fromString(bad, &ok);
        QVERIFY2(!ok, qPrintable(bad));
    }
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
