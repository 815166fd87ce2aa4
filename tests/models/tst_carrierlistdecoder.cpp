#include "carriercodec.h"
#include "carrierlistdecoder.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// A company read a person at a time: the same object as one whole parse, whatever the text
// holds, in much less memory; and what it cannot split is left to the whole parse.
class TestCarrierListDecoder : public QObject
{
    Q_OBJECT

private slots:
    void sameAsAWholeParse_data();
    void sameAsAWholeParse();
    void leavesTheRestToTheWholeParse_data();
    void leavesTheRestToTheWholeParse();
    void aLargeCompanyTakesFarLessMemory();
    void unchangedElementsAreTakenFromLike();
};

namespace {

QByteArray person(int id)
{
    return QStringLiteral(
               R"({"TableRight":{"Mask":"FULL","Reason":""},"FieldProperties":{"Firstname":)"
               R"({"FieldRight":{"Mask":"Update","Reason":""},"FieldType":"System.String",)"
               R"("FieldLength":50}},"PersonId":%1,"Firstname":"Kari%1","Lastname":"Nordmann",)"
               R"("Email":"kari%1@example.no","Title":"","Retired":0,"UsePersonAddress":false})")
        .arg(id)
        .toUtf8();
}

QByteArray company(int persons)
{
    QByteArray list;
    for (int i = 1; i <= persons; ++i)
        list += (i > 1 ? "," : "") + person(i);
    return R"({"TableRight":{"Mask":"FULL","Reason":""},"ContactId":7,"Name":"Bench AS",)"
           R"("Persons":[)" +
           list + R"(],"UpdatedDate":"2024-03-11T09:15:02"})";
}

} // namespace

void TestCarrierListDecoder::sameAsAWholeParse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << QByteArray(
        R"({"Name":"A","Persons":[{"PersonId":1},{"PersonId":2}]})");
    QTest::newRow("spaced") << QByteArray(
        " \r\n{ \"Name\" :\t\"A\" ,\n \"Persons\" : [ { \"PersonId\" : 1 } ,\n{ } ] , \"X\" : "
        "null }\n\t ");
    QTest::newRow("brackets in strings") << QByteArray(
        R"({"Name":"a]}\"[{","Persons":[{"Title":"x\\\"}]","N":{"a":[1,2,{"b":"]"}]}},)"
        R"({"Title":"\\"}],"After":"\\\\","Z":["[",{"}":"{"}]})");
    QTest::newRow("empty list") << QByteArray(R"({"Persons":[]})");
    QTest::newRow("empty list, spaced") << QByteArray(R"({"A":1, "Persons":[  ] })");
    QTest::newRow("list first") << QByteArray(R"({"Persons":[{"A":true}],"B":false})");
    QTest::newRow("list last") << QByteArray(R"({"B":-1.5e3,"Persons":[{"A":[]}]})");
    QTest::newRow("non-ASCII")
        << QStringLiteral(u"{\"Name\":\"Blåbær AS\",\"Persons\":[{\"Firstname\":\"Øyvind\","
                          u"\"Note\":\"\\u00e6\\ud83d\\ude00\"}]}")
               .toUtf8();
    QTest::newRow("other case beside it") << QByteArray(R"({"persons":[1],"Persons":[{"A":1}]})");
    QTest::newRow("nested lists and nulls")
        << QByteArray(R"({"Persons":[{"Phones":[{"Value":"1"},null],"Position":null,)"
                      R"("Country":{"CountryId":578}},{"Phones":[{"Value":"1"},null]}]})");
    QTest::newRow("many with the same rights") << company(50);
}

void TestCarrierListDecoder::sameAsAWholeParse()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const std::optional<QJsonObject> decoded =
        CarrierListDecoder::decode(json, QLatin1String("Persons"));
    QVERIFY(decoded);
    QCOMPARE(*decoded, whole.object());
    QCOMPARE(QJsonDocument(*decoded).toJson(), whole.toJson());
    // What the codec makes of it is what it made of the whole parse.
    const auto contact = CarrierCodec::decodeContact(json);
    QVERIFY(contact);
    QCOMPARE(contact->json(),
             CarrierCodec::normalized(whole.object(), CarrierSchema::Type::ContactEntity));
}

void TestCarrierListDecoder::leavesTheRestToTheWholeParse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("Persons");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an array") << QByteArray(R"([{"Persons":[]}])");
    QTest::newRow("no list") << QByteArray(R"({"Name":"A"})");
    QTest::newRow("list is null") << QByteArray(R"({"Persons":null})");
    QTest::newRow("list twice") << QByteArray(R"({"Persons":[{"A":1}],"Persons":[{"A":2}]})");
    QTest::newRow("escaped name") << QByteArray(R"({"Per\u0073ons":[{"A":1}]})");
    QTest::newRow("escaped name after") << QByteArray(R"({"Persons":[{"A":1}],"Per\u0073ons":2})");
    QTest::newRow("escaped name before")
        << QByteArray(R"({"\u0050ersons":[],"Persons":[{"A":1}]})");
    QTest::newRow("element not an object") << QByteArray(R"({"Persons":[{"A":1},2]})");
    QTest::newRow("cut in a person") << QByteArray(R"({"Persons":[{"A":"1}])");
    QTest::newRow("cut in a string") << QByteArray(R"({"Persons":[{"A":"\)");
    QTest::newRow("bad person") << QByteArray(R"({"Persons":[{"A":}]})");
    QTest::newRow("bad between") << QByteArray(R"({"Persons":[{"A":1} x {"A":2}]})");
    QTest::newRow("bad outside") << QByteArray(R"({"Name":tru,"Persons":[{"A":1}]})");
    QTest::newRow("garbage after") << QByteArray(R"({"Persons":[{"A":1}]} x)");
    QTest::newRow("mismatched brackets") << QByteArray(R"({"Persons":[{"A":[1}]]})");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"Persons\":[{\"A\":1}]}");
    QTest::newRow("deep") << QByteArray(R"({"Persons":[{"A":)") + QByteArray(600, '[') +
                                 QByteArray(600, ']') + "}]}";
    QTest::newRow("too deep for Qt") << QByteArray(R"({"Persons":[{"A":)") + QByteArray(1100, '[') +
                                            QByteArray(1100, ']') + "}]}";
}

void TestCarrierListDecoder::leavesTheRestToTheWholeParse()
{
    QFETCH(QByteArray, json);
    QVERIFY(!CarrierListDecoder::decode(json, QLatin1String("Persons")));
    // And the codec gives what the whole parse gives: the same object, or a message.
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(json, &parseError);
    QString error;
    const auto contact = CarrierCodec::decodeContact(json, &error);
    if (parseError.error != QJsonParseError::NoError || !whole.isObject()) {
        QVERIFY(!contact);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY(contact);
        QCOMPARE(contact->json(),
                 CarrierCodec::normalized(whole.object(), CarrierSchema::Type::ContactEntity));
    }
}

void TestCarrierListDecoder::aLargeCompanyTakesFarLessMemory()
{
    const QByteArray json = company(3000);
    qint64 wholeBytes = 0;
    QJsonObject whole;
    {
        const qint64 before = TestData::heapInUse();
        whole = QJsonDocument::fromJson(json).object();
        wholeBytes = TestData::heapInUse() - before;
    }
    qint64 decodedBytes = 0;
    std::optional<ContactEntity> decoded;
    {
        const qint64 before = TestData::heapInUse();
        decoded = CarrierCodec::decodeContact(json);
        decodedBytes = TestData::heapInUse() - before;
    }
    QVERIFY(decoded);
    QCOMPARE(decoded->json(), whole);
    qInfo("whole parse %lld bytes, person by person %lld (%.0f%%)", wholeBytes, decodedBytes,
          100.0 * double(decodedBytes) / double(wholeBytes));
    QVERIFY(wholeBytes > json.size());
    // Shared rights and no growth room: well under the whole parse's tree.
    QVERIFY2(decodedBytes * 10 < wholeBytes * 6, qPrintable(QString::number(decodedBytes)));
}

void TestCarrierListDecoder::unchangedElementsAreTakenFromLike()
{
    const QByteArray baseJson = company(2000);
    const std::optional<QJsonObject> base =
        CarrierListDecoder::decode(baseJson, QLatin1String("Persons"));
    QVERIFY(base);
    // The working copy: one person edited, one added, the rest as in the base.
    QJsonObject expected = QJsonDocument::fromJson(baseJson).object();
    QJsonArray persons = expected.value(QLatin1String("Persons")).toArray();
    QJsonObject edited = persons.at(7).toObject();
    edited.insert(QStringLiteral("Title"), QStringLiteral("Edited"));
    persons.replace(7, edited);
    persons.append(QJsonDocument::fromJson(person(5000)).object());
    expected.insert(QStringLiteral("Persons"), persons);
    const QByteArray workingJson = QJsonDocument(expected).toJson(QJsonDocument::Compact);

    qint64 alone = 0;
    {
        const qint64 before = TestData::heapInUse();
        const auto working = CarrierListDecoder::decode(workingJson, QLatin1String("Persons"));
        alone = TestData::heapInUse() - before;
        QVERIFY(working);
        QCOMPARE(*working, expected);
    }
    const qint64 before = TestData::heapInUse();
    const auto working = CarrierListDecoder::decode(workingJson, QLatin1String("Persons"), *base);
    const qint64 beside = TestData::heapInUse() - before;
    QVERIFY(working);
    QCOMPARE(*working, expected);
    QCOMPARE(working->value(QLatin1String("Persons")).toArray().at(7).toObject(), edited);
    qInfo("alone %lld bytes, beside its base %lld", alone, beside);
    // Only the list itself and the two changed persons are new.
    QVERIFY2(beside * 10 < alone, qPrintable(QString::number(beside)));
}

QTEST_GUILESS_MAIN(TestCarrierListDecoder)
#include "tst_carrierlistdecoder.moc"
