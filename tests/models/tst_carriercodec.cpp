#include "carriercodec.h"
#include "contactentity.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The lossless codec: round trips, case-insensitive member names, bad input.
class TestCarrierCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void seedEnrichRequestWrapperRoundTrips();
    void editChangesOnlyTheEditedMember();
    void memberNamesMatchCaseInsensitively();
    void unknownMembersAndNullsAreKept();
    void datesAreWrittenBackByteForByte();
    void typedReadsAreTolerantOfWrongTypes();
    void badInputGivesClearErrors_data();
    void badInputGivesClearErrors();
    void hugeStringIsHandled();
    void hugeListIsHandled();
    void deepNestingIsRefused();
    void decodeArrayNormalizesElements();
    void requestBodiesLeaveOutRightsOnly();
};

void TestCarrierCodec::roundTripIsLossless_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("seed save request") << QStringLiteral("seed-save-request.json");
    QTest::newRow("seed save response") << QStringLiteral("seed-save-response.json");
    QTest::newRow("seed enrich response") << QStringLiteral("seed-enrich-response.json");
    QTest::newRow("real shapes") << QStringLiteral("contact-real.json");
    QTest::newRow("localized address only") << QStringLiteral("contact-localized-address.json");
    QTest::newRow("default entity") << QStringLiteral("contact-default.json");
}

void TestCarrierCodec::roundTripIsLossless()
{
    QFETCH(QString, fixture);
    const QByteArray bytes = TestData::bytes(fixture);
    QString error;
    const auto entity = CarrierCodec::decodeContact(bytes, &error);
    QVERIFY2(entity, qPrintable(error));
    const QByteArray written = CarrierCodec::encode(*entity);
    const QJsonValue original = QJsonDocument::fromJson(bytes).object();
    const QJsonValue back = QJsonDocument::fromJson(written).object();
    QCOMPARE(TestData::differences(original, back), QStringList());
    QCOMPARE(back, original);
}

void TestCarrierCodec::seedEnrichRequestWrapperRoundTrips()
{
    const QByteArray bytes = TestData::bytes(QStringLiteral("seed-enrich-request.json"));
    const auto wrapper = CarrierCodec::decodeObject(bytes, CarrierSchema::Type::None);
    QVERIFY(wrapper);
    QCOMPARE(QJsonDocument::fromJson(CarrierCodec::encode(*wrapper)).object(),
             QJsonDocument::fromJson(bytes).object());
    QVERIFY(wrapper->value(QLatin1String("ContactEntity")).isNull());
}

void TestCarrierCodec::editChangesOnlyTheEditedMember()
{
    auto entity = CarrierCodec::decodeContact(TestData::bytes(QStringLiteral("contact-real.json")));
    QVERIFY(entity);
    const QJsonObject before = entity->json();
    entity->setName(QStringLiteral("Bjørge Lakkeri og Maling AS"));
    Address address = entity->address();
    QVERIFY(address.setValue(Address::Part::StreetAddress1, QStringLiteral("Brugata 3")));
    entity->setValue(QStringLiteral("Address"), address.json());
    const QJsonObject after = QJsonDocument::fromJson(CarrierCodec::encode(*entity)).object();
    QCOMPARE(TestData::differences(before, after),
             (QStringList{QStringLiteral("Address.LocalizedAddress[2][0].Value"),
                          QStringLiteral("Address.Street.Address1"), QStringLiteral("Name")}));
}

void TestCarrierCodec::memberNamesMatchCaseInsensitively()
{
    const auto entity =
        CarrierCodec::decodeContact(TestData::bytes(QStringLiteral("contact-camelcase.json")));
    QVERIFY(entity);
    QCOMPARE(entity->contactId(), 9);
    QCOMPARE(entity->name(), QStringLiteral("Bjørge AS"));
    QCOMPARE(entity->orgNr(), QStringLiteral("998877665"));
    QCOMPARE(entity->phones().size(), 1);
    QCOMPARE(entity->phones().first().value(), QStringLiteral("+47 55 55 55 55"));
    QCOMPARE(entity->category().id(), 2);
    QCOMPARE(entity->address().value(Address::Part::StreetCity), QStringLiteral("BERGEN"));
    // Output uses the server's PascalCase for every known member, nested ones included.
    const QJsonObject out = QJsonDocument::fromJson(CarrierCodec::encode(*entity)).object();
    for (const char *key : {"ContactId", "Name", "Department", "OrgNr", "Phones", "Category",
                            "Address", "TableRight", "FieldProperties", "UserDefinedFields"})
        QVERIFY2(out.contains(QLatin1String(key)), key);
    QVERIFY(!out.contains(QLatin1String("name")));
    QVERIFY(out.value(QLatin1String("Phones"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QLatin1String("StrippedValue")));
    QVERIFY(out.value(QLatin1String("Address"))
                .toObject()
                .value(QLatin1String("Street"))
                .toObject()
                .contains(QLatin1String("Zipcode")));
    QCOMPARE(
        out.value(QLatin1String("TableRight")).toObject().value(QLatin1String("Mask")).toString(),
        QStringLiteral("Select, Update"));
    // Rights keyed by a member name: the key is data and stays as sent; its value is a carrier.
    const QJsonObject nameProperty = out.value(QLatin1String("FieldProperties"))
                                         .toObject()
                                         .value(QLatin1String("name"))
                                         .toObject();
    QVERIFY(nameProperty.contains(QLatin1String("FieldRight")));
    QCOMPARE(entity->rights().field(QStringLiteral("Name")).mandatory, true);
    // Unknown members and dictionary keys are kept exactly.
    QVERIFY(out.contains(QLatin1String("someFutureThing")));
    QCOMPARE(out.value(QLatin1String("UserDefinedFields")).toObject().keys(),
             QStringList{QStringLiteral("superoffice:1")});
}

void TestCarrierCodec::unknownMembersAndNullsAreKept()
{
    const auto entity =
        CarrierCodec::decodeContact(TestData::bytes(QStringLiteral("contact-real.json")));
    QVERIFY(entity);
    const QJsonObject out = QJsonDocument::fromJson(CarrierCodec::encode(*entity)).object();
    QVERIFY(out.value(QLatin1String("SupportPerson")).isNull());
    QVERIFY(out.value(QLatin1String("UtmParameters")).isNull());
    QCOMPARE(out.value(QLatin1String("FutureMember"))
                 .toObject()
                 .value(QLatin1String("Nested"))
                 .toArray()
                 .size(),
             4);
    QCOMPARE(out.value(QLatin1String("Phones"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("Extension"))
                 .toString(),
             QStringLiteral("12"));
    QVERIFY(entity->supportPerson().isEmpty());
    QVERIFY(entity->supportAssociate().isEmpty());
    QCOMPARE(entity->ticketPriority().isChosen(), false);
}

void TestCarrierCodec::datesAreWrittenBackByteForByte()
{
    const auto entity =
        CarrierCodec::decodeContact(TestData::bytes(QStringLiteral("contact-real.json")));
    QVERIFY(entity);
    const QByteArray out = CarrierCodec::encode(*entity);
    QVERIFY(out.contains("\"UpdatedDate\":\"2024-03-11T09:15:02\""));
    QVERIFY(out.contains("\"DbiLastModified\":\"2023-11-02T08:00:00.1234567+01:00\""));
    QVERIFY(out.contains("\"DbiLastSyncronized\":\"0001-01-01T00:00:00\""));
    QVERIFY(entity->dbiLastSyncronized().isEmpty());
    QCOMPARE(entity->createdDate().dateTime().date(), QDate(2020, 4, 22));
}

void TestCarrierCodec::typedReadsAreTolerantOfWrongTypes()
{
    const QByteArray bytes = R"({"ContactId":"12","Name":5,"Phones":"not a list","Category":[1,2],
                                "NoMailing":"true","Persons":[1,"x",null,{"Firstname":"A"}],"Domains":[1,"a.no"]})";
    QString error;
    const auto entity = CarrierCodec::decodeContact(bytes, &error);
    QVERIFY2(entity, qPrintable(error));
    QCOMPARE(entity->contactId(), 12);
    QCOMPARE(entity->name(), QStringLiteral("5"));
    QVERIFY(entity->phones().isEmpty());
    QCOMPARE(entity->category().id(), 0);
    QCOMPARE(entity->noMailing(), true);
    QCOMPARE(entity->persons().size(), 4);
    QCOMPARE(entity->persons().at(3).firstname(), QStringLiteral("A"));
    QCOMPARE(entity->domains(), QStringList{QStringLiteral("a.no")});
    // Still lossless: the odd values go back as they came.
    QCOMPARE(QJsonDocument::fromJson(CarrierCodec::encode(*entity)).object(),
             QJsonDocument::fromJson(bytes).object());
}

void TestCarrierCodec::badInputGivesClearErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("<html><body>Bad gateway</body></html>")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"ContactId": 4, "Name": "Acm)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("an array");
    QTest::newRow("scalar") << QByteArray("42") << QStringLiteral("JSON");
}

void TestCarrierCodec::badInputGivesClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!CarrierCodec::decodeContact(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCarrierCodec::hugeStringIsHandled()
{
    const QString big(10 * 1024 * 1024, QLatin1Char('x'));
    const QJsonObject o{{QStringLiteral("ContactId"), 1}, {QStringLiteral("Description"), big}};
    const auto entity =
        CarrierCodec::decodeContact(QJsonDocument(o).toJson(QJsonDocument::Compact));
    QVERIFY(entity);
    QCOMPARE(entity->description().size(), big.size());
}

void TestCarrierCodec::hugeListIsHandled()
{
    QJsonArray phones;
    for (int i = 0; i < 100000; ++i)
        phones.append(QJsonObject{{QStringLiteral("value"), QString::number(i)}});
    const QJsonObject o{{QStringLiteral("Phones"), phones}};
    QElapsedTimer timer;
    timer.start();
    const auto entity =
        CarrierCodec::decodeContact(QJsonDocument(o).toJson(QJsonDocument::Compact));
    QVERIFY(entity);
    QCOMPARE(entity->array(QStringLiteral("Phones")).size(), 100000);
    QCOMPARE(entity->phones().at(99999).value(), QStringLiteral("99999"));
    qInfo("decoded 100,000 phones (renaming every member) in %lld ms", timer.elapsed());
}

void TestCarrierCodec::deepNestingIsRefused()
{
    QByteArray deep;
    deep.reserve(20010);
    deep += "{\"FutureMember\":";
    for (int i = 0; i < 10000; ++i)
        deep += '[';
    for (int i = 0; i < 10000; ++i)
        deep += ']';
    deep += '}';
    QString error;
    QVERIFY(!CarrierCodec::decodeContact(deep, &error));
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
}

void TestCarrierCodec::decodeArrayNormalizesElements()
{
    const QByteArray bytes =
        R"([{"id":2,"name":"Customer","childItems":[{"id":3,"name":"Sub"}]},"x"])";
    QString error;
    const auto array = CarrierCodec::decodeArray(bytes, CarrierSchema::Type::MDOListItem, &error);
    QVERIFY2(array, qPrintable(error));
    const QJsonObject first = array->at(0).toObject();
    QCOMPARE(first.value(QLatin1String("Id")).toInt(), 2);
    QCOMPARE(first.value(QLatin1String("ChildItems"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("Name"))
                 .toString(),
             QStringLiteral("Sub"));
    QCOMPARE(array->at(1).toString(), QStringLiteral("x"));
    QVERIFY(!CarrierCodec::decodeArray("{}", CarrierSchema::Type::MDOListItem, &error));
    QVERIFY(error.contains(QStringLiteral("an object")));
}

void TestCarrierCodec::requestBodiesLeaveOutRightsOnly()
{
    const QJsonObject entity = TestData::object(QStringLiteral("contact-real.json"));
    const QJsonObject body =
        QJsonDocument::fromJson(CarrierCodec::encodeForRequest(entity)).object();
    const QStringList differences = TestData::differences(entity, body);
    QVERIFY(!differences.isEmpty());
    for (const QString &path : differences)
        QVERIFY2(path.endsWith(QLatin1String("TableRight")) ||
                     path.endsWith(QLatin1String("FieldProperties")),
                 qPrintable(path));
    QVERIFY(!body.contains(QLatin1String("FieldProperties")));
    QVERIFY(!body.value(QLatin1String("Persons"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QLatin1String("TableRight")));
    QVERIFY(!JsonPath::fromString(QStringLiteral("Address.LocalizedAddress[0][0]"))
                 .get(body)
                 .toObject()
                 .contains(QLatin1String("FieldProperties")));
    QCOMPARE(body.value(QLatin1String("FutureMember")),
             entity.value(QLatin1String("FutureMember")));
}

QTEST_GUILESS_MAIN(TestCarrierCodec)
#include "tst_carriercodec.moc"
