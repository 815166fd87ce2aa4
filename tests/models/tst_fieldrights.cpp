#include "carriercodec.h"
#include "fieldrights.h"
#include "rightmask.h"
#include "testdata.h"

#include <QtTest>

// Masks as flag-name strings, aliases and numbers; derived per-field rights.
class TestFieldRights : public QObject
{
    Q_OBJECT

private slots:
    void fieldMasks_data();
    void fieldMasks();
    void tableMasks_data();
    void tableMasks();
    void maskTextRoundTrips();
    void derivesFieldAccess();
    void keysMatchCaseInsensitively();
    void customFieldKeys();
    void missingEntryMeansNoRestriction();
    void tableRightGatesEditing();
    void maxLengthOnlyForStrings();
    void nestedCarriersFollowTheirParent();
};

void TestFieldRights::fieldMasks_data()
{
    QTest::addColumn<QJsonValue>("mask");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("Update") << QJsonValue(QStringLiteral("Update")) << 3 << true;
    QTest::newRow("Update, UIHintMandatory")
        << QJsonValue(QStringLiteral("Update, UIHintMandatory")) << 67 << true;
    QTest::newRow("Read, UIHintReadOnly")
        << QJsonValue(QStringLiteral("Read, UIHintReadOnly")) << 129 << true;
    QTest::newRow("UIHints") << QJsonValue(QStringLiteral("Update, UIHints")) << 195 << true;
    QTest::newRow("None") << QJsonValue(QStringLiteral("None")) << 0 << true;
    QTest::newRow("Nullable") << QJsonValue(QStringLiteral("Nullable")) << 32 << true;
    QTest::newRow("Unused4") << QJsonValue(QStringLiteral("Read, Unused4")) << 33 << true;
    QTest::newRow("FULL") << QJsonValue(QStringLiteral("FULL")) << 3 << true;
    QTest::newRow("lower case") << QJsonValue(QStringLiteral("update, uihintmandatory")) << 67
                                << true;
    QTest::newRow("number") << QJsonValue(65) << 65 << true;
    QTest::newRow("number text") << QJsonValue(QStringLiteral("129")) << 129 << true;
    QTest::newRow("unknown token ignored")
        << QJsonValue(QStringLiteral("Read, Sparkly")) << 1 << true;
    QTest::newRow("only unknown") << QJsonValue(QStringLiteral("Sparkly")) << 0 << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0 << false;
    QTest::newRow("empty") << QJsonValue(QString()) << 0 << false;
}

void TestFieldRights::fieldMasks()
{
    QFETCH(QJsonValue, mask);
    QFETCH(int, expected);
    QFETCH(bool, ok);
    bool parsed = !ok;
    QCOMPARE(RightMask::parseFieldMask(mask, &parsed), expected);
    QCOMPARE(parsed, ok);
}

void TestFieldRights::tableMasks_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<int>("expected");
    QTest::newRow("FULL") << QStringLiteral("FULL") << 15;
    QTest::newRow("UDR") << QStringLiteral("UDR") << 11;
    QTest::newRow("UR") << QStringLiteral("UR") << 3;
    QTest::newRow("URI") << QStringLiteral("URI") << 7;
    QTest::newRow("RF") << QStringLiteral("RF") << 17;
    QTest::newRow("RI") << QStringLiteral("RI") << 5;
    QTest::newRow("FI") << QStringLiteral("FI") << 20;
    QTest::newRow("R") << QStringLiteral("R") << 1;
    QTest::newRow("F") << QStringLiteral("F") << 16;
    QTest::newRow("RI, RestrictedUpdate") << QStringLiteral("RI, RestrictedUpdate") << 37;
    QTest::newRow("Select, Update") << QStringLiteral("Select, Update") << 3;
    QTest::newRow("spelled out") << QStringLiteral("Select, Update, Insert, Delete, Filtering")
                                 << 31;
    QTest::newRow("Uninitialized") << QStringLiteral("Uninitialized") << 128;
    QTest::newRow("Unused1") << QStringLiteral("Select, Unused1") << 65;
    QTest::newRow("None") << QStringLiteral("None") << 0;
    QTest::newRow("unknown ignored") << QStringLiteral("Select, Teleport") << 1;
}

void TestFieldRights::tableMasks()
{
    QFETCH(QString, mask);
    QFETCH(int, expected);
    QCOMPARE(RightMask::parseTableMask(mask), expected);
}

void TestFieldRights::maskTextRoundTrips()
{
    for (int mask : {0, 1, 3, 67, 129, 131, 195, 35})
        QCOMPARE(RightMask::parseFieldMask(RightMask::fieldMaskText(mask)), mask);
    for (int mask : {0, 1, 3, 5, 11, 15, 17, 37})
        QCOMPARE(RightMask::parseTableMask(RightMask::tableMaskText(mask)), mask);
    QCOMPARE(RightMask::tableMaskText(15), QStringLiteral("FULL"));
    QCOMPARE(RightMask::fieldMaskText(67), QStringLiteral("Update, UIHintMandatory"));
}

void TestFieldRights::derivesFieldAccess()
{
    const FieldRights r =
        ContactEntity(TestData::object(QStringLiteral("contact-real.json"))).rights();
    const auto name = r.field(QStringLiteral("Name"));
    QVERIFY(name.stated && name.visible && name.editable && name.mandatory);
    QCOMPARE(name.reason, QStringLiteral("[SR_MANDATORY_FIELD_1281]"));
    QCOMPARE(name.maxLength, 219);
    const auto orgNr = r.field(QStringLiteral("OrgNr"));
    QVERIFY(orgNr.visible);
    QVERIFY(!orgNr.editable);
    QCOMPARE(orgNr.reason, QStringLiteral("Set by the ERP integration"));
    const auto number1 = r.field(QStringLiteral("Number1"));
    QVERIFY(!number1.visible);
    QVERIFY(!number1.editable);
    QCOMPARE(number1.reason, QStringLiteral("Hidden for your role"));
    const auto department = r.field(QStringLiteral("Department"));
    QVERIFY(department.editable && !department.mandatory && department.reason.isEmpty());
}

void TestFieldRights::keysMatchCaseInsensitively()
{
    const QJsonObject person = TestData::object(QStringLiteral("contact-real.json"))
                                   .value(QLatin1String("Persons"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const FieldRights r = FieldRights::fromCarrier(person, false);
    // The key is "FirstName", the member "Firstname".
    QVERIFY(r.field(QStringLiteral("Firstname")).mandatory);
    QVERIFY(r.field(QStringLiteral("Mrmrs")).stated);
    QCOMPARE(r.field(QStringLiteral("Firstname")).maxLength, 50);
}

void TestFieldRights::customFieldKeys()
{
    const FieldRights r =
        ContactEntity(TestData::object(QStringLiteral("contact-real.json"))).rights();
    QVERIFY(r.customField(QStringLiteral("SuperOffice:1")).editable);
    QVERIFY(r.customField(QStringLiteral("SuperOffice:1")).stated);
    QVERIFY(!r.customField(QStringLiteral("SuperOffice:3")).editable);
    QCOMPARE(r.customField(QStringLiteral("SuperOffice:3")).reason, QStringLiteral("Calculated"));
    QCOMPARE(r.customField(QStringLiteral("superoffice:3")).editable, false);
    // FieldLength -1 on UDFs is not a max length.
    QCOMPARE(r.customField(QStringLiteral("SuperOffice:1")).maxLength, 0);
    QVERIFY(!r.customField(QStringLiteral("x_erp_key")).stated);
}

void TestFieldRights::missingEntryMeansNoRestriction()
{
    const FieldRights r =
        ContactEntity(TestData::object(QStringLiteral("contact-real.json"))).rights();
    const auto kana = r.field(QStringLiteral("Kananame"));
    QVERIFY(!kana.stated);
    QVERIFY(kana.visible && kana.editable && !kana.mandatory);
    QCOMPARE(kana.maxLength, 0);
    const FieldRights none = FieldRights::fromCarrier(QJsonObject(), false);
    QVERIFY(none.canEditRecord());
    QVERIFY(none.field(QStringLiteral("Name")).editable);
}

void TestFieldRights::tableRightGatesEditing()
{
    auto carrier = [](const QString &mask) {
        return QJsonObject{{QStringLiteral("TableRight"),
                            QJsonObject{{QStringLiteral("Mask"), mask},
                                        {QStringLiteral("Reason"), QStringLiteral("Why")}}},
                           {QStringLiteral("FieldProperties"),
                            QJsonObject{{QStringLiteral("Name"),
                                         QJsonObject{{QStringLiteral("FieldRight"),
                                                      QJsonObject{{QStringLiteral("Mask"),
                                                                   QStringLiteral("Update")}}}}}}}};
    };
    // Existing record: needs Update.
    QVERIFY(FieldRights::fromCarrier(carrier(QStringLiteral("Select, Update")), false)
                .field(QStringLiteral("Name"))
                .editable);
    const FieldRights readOnly = FieldRights::fromCarrier(carrier(QStringLiteral("Select")), false);
    QVERIFY(!readOnly.canEditRecord());
    QVERIFY(!readOnly.field(QStringLiteral("Name")).editable);
    QCOMPARE(readOnly.recordReason(), QStringLiteral("Why"));
    // RI on an existing record: no Update, so read-only; on a new record Insert is enough.
    QVERIFY(!FieldRights::fromCarrier(carrier(QStringLiteral("RI")), false).canEditRecord());
    QVERIFY(FieldRights::fromCarrier(carrier(QStringLiteral("RI")), true).canEditRecord());
    QVERIFY(!FieldRights::fromCarrier(carrier(QStringLiteral("UR")), true).canEditRecord());
    QVERIFY(FieldRights::fromCarrier(carrier(QStringLiteral("FULL")), true)
                .field(QStringLiteral("Name"))
                .editable);
    // An unparseable mask states nothing.
    QVERIFY(FieldRights::fromCarrier(carrier(QStringLiteral("Sparkly")), false).canEditRecord());
    // The default-entity fixture: RI on ContactId 0.
    const ContactEntity def(TestData::object(QStringLiteral("contact-default.json")));
    QVERIFY(def.isNew());
    QVERIFY(def.rights().canEditRecord());
}

void TestFieldRights::maxLengthOnlyForStrings()
{
    const FieldRights r =
        ContactEntity(TestData::object(QStringLiteral("contact-real.json"))).rights();
    QCOMPARE(r.field(QStringLiteral("ContactId")).maxLength, 0);   // Int32, length 4
    QCOMPARE(r.field(QStringLiteral("CreatedDate")).maxLength, 0); // DateTime, 16
    QCOMPARE(r.field(QStringLiteral("Category")).maxLength, 0);    // id-backed list
    QCOMPARE(r.field(QStringLiteral("Description")).maxLength, 2047);
}

void TestFieldRights::nestedCarriersFollowTheirParent()
{
    const QJsonObject contact = TestData::object(QStringLiteral("contact-real.json"));
    const FieldRights r = ContactEntity(contact).rights();
    const QJsonArray phones = contact.value(QLatin1String("Phones")).toArray();
    const FieldRights first = r.nested(phones.at(0).toObject());
    QVERIFY(first.canEditRecord());
    QVERIFY(first.field(QStringLiteral("Value")).editable);
    const FieldRights second = r.nested(phones.at(1).toObject());
    QVERIFY(!second.canEditRecord()); // "Select" only
    QVERIFY(!second.field(QStringLiteral("Value")).editable);
    QCOMPARE(second.field(QStringLiteral("Value")).reason,
             QStringLiteral("Synchronised from the phone system"));
    // A read-only parent makes its children read-only.
    QJsonObject locked = contact;
    locked.insert(QStringLiteral("TableRight"),
                  QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Select")},
                              {QStringLiteral("Reason"), QStringLiteral("Locked")}});
    const FieldRights child = ContactEntity(locked).rights().nested(phones.at(0).toObject());
    QVERIFY(!child.canEditRecord());
    QCOMPARE(child.recordReason(), QStringLiteral("Locked"));
}

QTEST_GUILESS_MAIN(TestFieldRights)
#include "tst_fieldrights.moc"
