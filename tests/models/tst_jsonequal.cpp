#include "jsonequal.h"

#include <QJsonDocument>
#include <QtTest>

// JsonEqual gives Qt's answer for any two values, and knows two copies of one container.
class TestJsonEqual : public QObject
{
    Q_OBJECT

private slots:
    void asQtAnswers_data();
    void asQtAnswers();
    void sharedContainersAreKnown();
};

void TestJsonEqual::asQtAnswers_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    const auto row = [](const char *name, const char *a, const char *b) {
        QTest::newRow(name) << QByteArray(a) << QByteArray(b);
    };
    row("same", R"({"A":1,"B":[1,"x",null,true]})", R"({"A":1,"B":[1,"x",null,true]})");
    row("other value", R"({"A":1})", R"({"A":2})");
    row("other name", R"({"A":1})", R"({"B":1})");
    row("one more member", R"({"A":1})", R"({"A":1,"B":1})");
    row("integer and double inside", R"({"A":1})", R"({"A":1.0})");
    row("integer and double in a list", R"([1])", R"([1.0])");
    row("null and missing", R"({"A":null})", R"({})");
    row("empty and empty", R"({})", R"({})");
    row("empty list and list", R"({"A":[]})", R"({"A":[1]})");
    row("object and list", R"({"A":{}})", R"({"A":[]})");
    row("string and number", R"({"A":"1"})", R"({"A":1})");
    row("deep difference", R"({"P":[{"T":{"M":"FULL"}},{"T":{"M":"FULL"}}]})",
        R"({"P":[{"T":{"M":"FULL"}},{"T":{"M":"READ"}}]})");
    row("deep same", R"({"P":[{"T":{"M":"FULL"}},{"T":{"M":"FULL"}}]})",
        R"({"P":[{"T":{"M":"FULL"}},{"T":{"M":"FULL"}}]})");
    row("order in a list", R"([1,2])", R"([2,1])");
    row("non-ASCII", "{\"A\":\"\xc3\xa6\"}", "{\"A\":\"\\u00e6\"}");
    row("big numbers", R"({"A":9223372036854775807})", R"({"A":9223372036854775808})");
}

void TestJsonEqual::asQtAnswers()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    const QJsonDocument da = QJsonDocument::fromJson(a);
    const QJsonDocument db = QJsonDocument::fromJson(b);
    QVERIFY(!da.isNull() && !db.isNull());
    if (da.isObject()) {
        QCOMPARE(JsonEqual::equal(da.object(), db.object()), da.object() == db.object());
        QCOMPARE(JsonEqual::equal(QJsonValue(da.object()), QJsonValue(db.object())),
                 QJsonValue(da.object()) == QJsonValue(db.object()));
        // One of them built again member by member, so nothing is shared between the two.
        QJsonObject rebuilt;
        const QJsonObject source = db.object();
        for (auto it = source.begin(); it != source.end(); ++it)
            rebuilt.insert(it.key(), it.value());
        QCOMPARE(JsonEqual::equal(da.object(), rebuilt), da.object() == rebuilt);
    } else {
        QCOMPARE(JsonEqual::equal(da.array(), db.array()), da.array() == db.array());
    }
}

void TestJsonEqual::sharedContainersAreKnown()
{
    QJsonArray persons;
    for (int i = 0; i < 100; ++i)
        persons.append(QJsonObject{{QStringLiteral("PersonId"), i}});
    const QJsonObject base{{QStringLiteral("Name"), QStringLiteral("A")},
                           {QStringLiteral("Persons"), persons}};
    QJsonObject working = base;
    QVERIFY(JsonEqual::same(working, base));
    working.insert(QStringLiteral("Name"), QStringLiteral("B"));
    QVERIFY(!JsonEqual::same(working, base));
    // The persons are still one list in both.
    QVERIFY(JsonEqual::same(working.value(QLatin1String("Persons")).toArray(), persons));
    QVERIFY(!JsonEqual::equal(working, base));
    working.insert(QStringLiteral("Name"), QStringLiteral("A"));
    QVERIFY(JsonEqual::equal(working, base));
    // A person changed in the working copy's own list: no longer the same list, nor equal.
    QJsonArray changed = working.value(QLatin1String("Persons")).toArray();
    changed.replace(5, QJsonObject{{QStringLiteral("PersonId"), -5}});
    QVERIFY(!JsonEqual::same(changed, persons));
    working.insert(QStringLiteral("Persons"), changed);
    QVERIFY(!JsonEqual::equal(working, base));
    QCOMPARE(JsonEqual::equal(working, base), working == base);
    // Equal lists that are not one: compared element by element.
    QJsonArray copy;
    for (const QJsonValue &v : persons)
        copy.append(v);
    QVERIFY(!JsonEqual::same(copy, persons));
    QVERIFY(JsonEqual::equal(copy, persons));
}

QTEST_GUILESS_MAIN(TestJsonEqual)
#include "tst_jsonequal.moc"
