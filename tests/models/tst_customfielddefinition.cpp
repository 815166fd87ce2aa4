#include "customfieldencoding.h"
#include "customfieldlayout.h"
#include "customfieldmodel.h"
#include "entitydocument.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The tenant's custom-field definitions in the shapes SuperOffice sends them
// (UserDefinedFieldInfo, FieldInfo* by FieldType), their merge and order, each bucket's value
// encodings (older forms still read), and the model over a real capture: order, labels, hidden
// and read-only fields, picker choices as one step, ":org" twins never touched.
class TestCustomFieldDefinition : public QObject
{
    Q_OBJECT

private slots:
    void parsesUdefLayout();
    void parsesEveryFieldInfoType();
    void mergesLayoutOverList();
    void localizedLabels();
    void encodings_data();
    void encodings();
    void olderValuesRead();
    void modelFollowsLayout();
    void choiceWritesValueAndTexts();
};

namespace {

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

// A UserDefinedFieldInfo as GET Contact/UdefLayout/Published returns it (DOCS how-to
// ws-update-custom-field, trimmed of the pixel layout).
const char *kLayout = R"([
 {"UDefFieldId": 88, "ColumnId": 1, "FieldDefault": "", "FieldHeight": 20, "FieldLabel": "Contract renewal",
  "FieldLeft": 10, "FieldTop": 10, "FieldType": "Date", "FieldWidth": 100, "FormatMask": "",
  "HideLabel": false, "IsIndexed": false, "LabelHeight": 20, "LabelLeft": 0, "LabelTop": 0,
  "LabelWidth": 100, "LastVersionId": 0, "ListTableId": 0, "IsMandatory": true, "Type": "Contact",
  "Page1LineNo": 2, "ProgId": "SuperOffice:3", "IsReadOnly": false, "ShortLabel": "Renewal",
  "TabOrder": 2, "TextLength": 0, "Tooltip": "When the contract is up", "UdefIdentity": 12,
  "UDListDefinitionId": 0, "Justification": "Left", "Version": 1, "TemplateVariableName": "cl03",
  "HasBeenPublished": true, "MdoListName": null},
 {"ProgId": "SuperOffice:2", "FieldLabel": "Partner level", "ShortLabel": "Level",
  "Tooltip": "Bronze, silver or gold", "FieldType": "List", "TextLength": 0, "IsMandatory": false,
  "IsReadOnly": false, "HideLabel": false, "TabOrder": 1, "MdoListName": "udlist123",
  "ListTableId": 136, "UDListDefinitionId": 123, "TemplateVariableName": "cl02",
  "UDefFieldId": 87, "UdefIdentity": 11},
 {"ProgId": "SuperOffice:9", "FieldLabel": "Legacy list", "FieldType": 7, "TabOrder": 9,
  "UDListDefinitionId": 55, "MdoListName": null}
])";

// FieldInfo* as GET Contact/CustomField returns them: UDFs and extra fields, by FieldType.
const char *kList = R"([
 {"FieldType": "Date", "FieldName": "SuperOffice:3", "DisplayName": "Renewal from list",
  "Description": "", "Rank": 40, "HideField": false, "IsMandatory": false, "IsReadOnly": true},
 {"FieldType": "MdoList", "FieldName": "SuperOffice:2", "DisplayName": "Partner level",
  "Rank": 30, "MdoListName": "udlist123", "DefaultValue": 0},
 {"FieldType": "Integer", "FieldName": "x_visits", "DisplayName": "Visits", "Rank": 5,
  "DefaultValue": 0, "IsMandatory": true},
 {"FieldType": "Decimal", "FieldName": "x_margin", "DisplayName": "Margin", "Rank": 6},
 {"FieldType": "ShortText", "FieldName": "x_erp", "DisplayName": "ERP key", "Rank": 7,
  "TextLength": 40, "DefaultValue": "", "FormatMask": "", "IsHtml": false},
 {"FieldType": "LongText", "FieldName": "x_notes", "DisplayName": "Notes", "Rank": 8,
  "UseTextArea": true, "NumRows": 3},
 {"FieldType": "DateTime", "FieldName": "x_audit", "DisplayName": "Audit", "Rank": 9},
 {"FieldType": "Time", "FieldName": "x_time", "DisplayName": "Time", "Rank": 10},
 {"FieldType": "Checkbox", "FieldName": "x_consent", "DisplayName": "Consent", "Rank": 11,
  "DefaultValue": false},
 {"FieldType": "ListText", "FieldName": "x_segment", "DisplayName": "Segment", "Rank": 12,
  "Choices": ["Enterprise", "Mid-market"], "TextLength": 255},
 {"FieldType": "RelationTo", "FieldName": "x_manager", "DisplayName": "Manager", "Rank": 13,
  "TargetTable": "associate", "MdoListName": "associate", "UseDropDown": true},
 {"FieldType": "Blob", "FieldName": "x_blob", "DisplayName": "Blob", "Rank": 14},
 {"FieldType": "TimeSpan", "FieldName": "x_span", "DisplayName": "Span", "Rank": 15},
 {"FieldType": "Integer", "FieldName": "x_hidden", "DisplayName": "Hidden", "Rank": 16,
  "HideField": true}
])";

} // namespace

void TestCustomFieldDefinition::parsesUdefLayout()
{
    const QJsonArray items = array(kLayout);
    const auto d = CustomFieldDefinition::fromLayoutInfo(items.at(0).toObject());
    QVERIFY(d);
    QCOMPARE(d->key, QStringLiteral("SuperOffice:3"));
    QCOMPARE(d->label, QStringLiteral("Contract renewal"));
    QCOMPARE(d->shortLabel, QStringLiteral("Renewal"));
    QCOMPARE(d->tooltip, QStringLiteral("When the contract is up"));
    QCOMPARE(d->type, CustomFieldDefinition::Type::Date);
    QVERIFY(d->mandatory && !d->readOnly && d->fromLayout);
    QCOMPARE(d->order, 2);
    QVERIFY(d->mdoListName.isEmpty()); // null for non-list fields
    const auto list = CustomFieldDefinition::fromLayoutInfo(items.at(1).toObject());
    QCOMPARE(list->type, CustomFieldDefinition::Type::List);
    QCOMPARE(list->mdoListName, QStringLiteral("udlist123"));
    // A number for the type, and no list name: "udlist<UDListDefinitionId>".
    const auto legacy = CustomFieldDefinition::fromLayoutInfo(items.at(2).toObject());
    QCOMPARE(legacy->type, CustomFieldDefinition::Type::List);
    QCOMPARE(legacy->mdoListName, QStringLiteral("udlist55"));
    QVERIFY(!CustomFieldDefinition::fromLayoutInfo(QJsonObject()));
}

void TestCustomFieldDefinition::parsesEveryFieldInfoType()
{
    using T = CustomFieldDefinition::Type;
    QHash<QString, CustomFieldDefinition> byKey;
    for (const QJsonValue &v : array(kList)) {
        const auto d = CustomFieldDefinition::fromFieldInfo(v.toObject());
        QVERIFY(d);
        byKey.insert(d->key, *d);
    }
    QCOMPARE(byKey.value("x_visits").type, T::Integer);
    QVERIFY(byKey.value("x_visits").mandatory);
    QCOMPARE(byKey.value("x_margin").type, T::Decimal);
    QCOMPARE(byKey.value("x_erp").type, T::ShortText);
    QCOMPARE(byKey.value("x_erp").textLength, 40);
    QCOMPARE(byKey.value("x_notes").type, T::LongText);
    QCOMPARE(byKey.value("x_audit").type, T::DateTime);
    QCOMPARE(byKey.value("x_time").type, T::DateTime);
    QCOMPARE(byKey.value("x_consent").type, T::Checkbox);
    QCOMPARE(byKey.value("x_segment").type, T::ListText);
    QCOMPARE(byKey.value("x_segment").choices,
             (QStringList{QStringLiteral("Enterprise"), QStringLiteral("Mid-market")}));
    QCOMPARE(byKey.value("x_manager").type, T::Relation);
    QCOMPARE(byKey.value("x_manager").mdoListName, QStringLiteral("associate"));
    QCOMPARE(byKey.value("x_manager").target, QStringLiteral("associate"));
    QCOMPARE(byKey.value("x_blob").type, T::Other);
    QCOMPARE(byKey.value("x_span").type, T::Integer);
    QVERIFY(byKey.value("x_hidden").hidden);
    QCOMPARE(byKey.value("SuperOffice:2").type, T::List);
}

void TestCustomFieldDefinition::mergesLayoutOverList()
{
    const CustomFieldLayout layout = CustomFieldLayout::fromServer(array(kLayout), array(kList));
    const CustomFieldDefinition *renewal = layout.find(QStringLiteral("SuperOffice:3"));
    QVERIFY(renewal);
    // The layout wins for UDFs: its label, flags and order.
    QCOMPARE(renewal->label, QStringLiteral("Contract renewal"));
    QVERIFY(renewal->mandatory);
    QVERIFY(!renewal->readOnly);
    QCOMPARE(layout.labels().value(QStringLiteral("x_visits")), QStringLiteral("Visits"));
    // In the tenant's order (TabOrder, Rank).
    QStringList keys;
    for (const CustomFieldDefinition &d : layout.definitions())
        keys.append(d.key);
    QCOMPARE(keys.mid(0, 3),
             (QStringList{QStringLiteral("SuperOffice:2"), QStringLiteral("SuperOffice:3"),
                          QStringLiteral("x_visits")}));
    QCOMPARE(layout.ordered({QStringLiteral("x_unknown"), QStringLiteral("x_visits"),
                             QStringLiteral("SuperOffice:2")}),
             (QStringList{QStringLiteral("SuperOffice:2"), QStringLiteral("x_visits"),
                          QStringLiteral("x_unknown")}));
    // Either call alone is enough.
    QVERIFY(!CustomFieldLayout::fromServer(array(kLayout), {}).isEmpty());
    QVERIFY(!CustomFieldLayout::fromServer({}, array(kList)).isEmpty());
}

void TestCustomFieldDefinition::localizedLabels()
{
    const QString multi = QStringLiteral("US:\"Contract renewal\";NO:\"Kontraktfornyelse\"");
    QCOMPARE(CustomFieldDefinition::localized(multi, QStringLiteral("nb")),
             QStringLiteral("Kontraktfornyelse"));
    QCOMPARE(CustomFieldDefinition::localized(multi, QStringLiteral("en")),
             QStringLiteral("Contract renewal"));
    QCOMPARE(CustomFieldDefinition::localized(multi, QStringLiteral("fi")),
             QStringLiteral("Contract renewal"));
    QCOMPARE(CustomFieldDefinition::localized(QStringLiteral("Plain: text"), QStringLiteral("nb")),
             QStringLiteral("Plain: text"));
}

void TestCustomFieldDefinition::encodings_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<QString>("udf");
    using T = CustomFieldDefinition::Type;
    QTest::newRow("date") << int(T::Date) << QVariant(QDate(1999, 5, 5))
                          << "[DT:05/05/1999 00:00:00.0000000]"
                          << "[D:05/05/1999]";
    QTest::newRow("no date") << int(T::Date) << QVariant() << "[DT:01/01/0001 00:00:00.0000000]"
                             << "[D:01/01/0001]";
    QTest::newRow("checkbox on") << int(T::Checkbox) << QVariant(true) << "[I:1]"
                                 << "True";
    QTest::newRow("checkbox off") << int(T::Checkbox) << QVariant(false) << "[I:0]"
                                  << "False";
    QTest::newRow("integer") << int(T::Integer) << QVariant(qlonglong(42)) << "[I:42]"
                             << "[I:42]";
    QTest::newRow("list") << int(T::List) << QVariant(qlonglong(4)) << "[I:4]"
                          << "[I:4]";
    QTest::newRow("decimal") << int(T::Decimal) << QVariant(4.43) << "[F:4.43]"
                             << "[F:4.43]";
    QTest::newRow("datetime") << int(T::DateTime)
                              << QVariant(QDateTime(QDate(2019, 6, 19), QTime(14, 35, 56)))
                              << "[DT:06/19/2019 14:35:56.0000000]"
                              << "[DT:06/19/2019 14:35:56.0000000]";
    QTest::newRow("text") << int(T::ShortText) << QVariant(QStringLiteral("[not a tag"))
                          << "[not a tag"
                          << "[not a tag";
    QTest::newRow("list text") << int(T::ListText) << QVariant(QStringLiteral("Enterprise"))
                               << "Enterprise"
                               << "Enterprise";
}

void TestCustomFieldDefinition::encodings()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, custom);
    QFETCH(QString, udf);
    const auto t = CustomFieldDefinition::Type(type);
    using B = CustomFieldEncoding::Bucket;
    QCOMPARE(CustomFieldEncoding::encode(t, B::CustomFields, value), custom);
    QCOMPARE(CustomFieldEncoding::encode(t, B::UserDefinedFields, value), udf);
    // And each reads back as the value.
    if (value.isValid()) {
        QCOMPARE(CustomFieldEncoding::decode(t, custom), value);
        QCOMPARE(CustomFieldEncoding::decode(t, udf), value);
    }
}

void TestCustomFieldDefinition::olderValuesRead()
{
    using T = CustomFieldDefinition::Type;
    using B = CustomFieldEncoding::Bucket;
    // Dates without a time (TS-CDEF), with one (TS-P210), and in DT form.
    QCOMPARE(CustomFieldEncoding::decode(T::Date, QStringLiteral("[D:01/01/0001]")), QVariant());
    QCOMPARE(
        CustomFieldEncoding::decode(T::Date, QStringLiteral("[D:05/05/1999 00:00:00.0000000]")),
        QVariant(QDate(1999, 5, 5)));
    QCOMPARE(
        CustomFieldEncoding::decode(T::Date, QStringLiteral("[DT:03/28/2019 00:00:00.0000000]")),
        QVariant(QDate(2019, 3, 28)));
    // Check boxes as True/False and [I:n].
    QCOMPARE(CustomFieldEncoding::decode(T::Checkbox, QStringLiteral("True")), QVariant(true));
    QCOMPARE(CustomFieldEncoding::decode(T::Checkbox, QStringLiteral("False")), QVariant(false));
    QCOMPARE(CustomFieldEncoding::decode(T::Checkbox, QStringLiteral("[I:1]")), QVariant(true));
    // A UDF date that came with a time keeps that form.
    QCOMPARE(CustomFieldEncoding::encode(T::Date, B::UserDefinedFields, QDate(2020, 2, 3),
                                         QStringLiteral("[D:05/05/1999 00:00:00.0000000]")),
             QStringLiteral("[D:02/03/2020 00:00:00.0000000]"));
}

void TestCustomFieldDefinition::modelFollowsLayout()
{
    // The real GET Person/210 capture: UDFs and extra fields in all three buckets, :org twins.
    EntityDocument doc(EntityKind::Person, TestData::object(QStringLiteral("person-real.json")));
    CustomFieldModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &key : model.keys())
        QVERIFY2(!key.endsWith(QLatin1String(":org")), qPrintable(key));

    const QJsonArray layoutJson = array(R"([
      {"ProgId": "SuperOffice:6", "FieldLabel": "Is boss", "FieldType": "Checkbox", "TabOrder": 1,
       "Tooltip": "Decides"},
      {"ProgId": "SuperOffice:4", "FieldLabel": "Born", "FieldType": "Date", "TabOrder": 2},
      {"ProgId": "SuperOffice:7", "FieldLabel": "Relation", "FieldType": "List", "TabOrder": 3,
       "MdoListName": "udlist4", "IsReadOnly": false},
      {"ProgId": "SuperOffice:1", "FieldLabel": "Note", "FieldType": "ShortText", "TabOrder": 4,
       "IsReadOnly": true, "TextLength": 39}])");
    const QJsonArray listJson = array(R"([
      {"FieldType": "Integer", "FieldName": "x_person_hidden_integer", "HideField": true, "Rank": 1},
      {"FieldType": "Checkbox", "FieldName": "x_person_boolean", "DisplayName": "Boolean", "Rank": 5}])");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLayout(CustomFieldLayout::fromServer(layoutJson, listJson));
    QCOMPARE(reset.count(), 1);
    // Defined first in the tenant's order, hidden ones gone.
    QCOMPARE(model.keys().mid(0, 4),
             (QStringList{QStringLiteral("SuperOffice:6"), QStringLiteral("SuperOffice:4"),
                          QStringLiteral("SuperOffice:7"), QStringLiteral("SuperOffice:1")}));
    QVERIFY(!model.keys().contains(QStringLiteral("x_person_hidden_integer")));
    QCOMPARE(model.label(QStringLiteral("SuperOffice:6")), QStringLiteral("Is boss"));
    const QModelIndex boss = model.index(0, CustomFieldModel::ValueColumn);
    QCOMPARE(boss.data(Qt::ToolTipRole).toString(), QStringLiteral("Decides"));
    // A check box shows yes or no, not its "[SR_YES]" display text.
    QCOMPARE(boss.data(CustomFieldModel::TypedValueRole), QVariant(true));
    QCOMPARE(boss.data().toString(),
             CustomFieldValue::ofType(CustomFieldValue::Type::Boolean, true).displayText());
    // Read-only by the tenant, whatever the field rights say.
    QVERIFY(!model.access(QStringLiteral("SuperOffice:1")).editable);
    QVERIFY(!model.setValue(QStringLiteral("SuperOffice:1"), QStringLiteral("x")));

    // Each bucket in its own encoding; the twins stay as they came.
    const QJsonObject orgBefore = doc.working().value(QLatin1String("CustomFields")).toObject();
    QVERIFY(model.setValue(QStringLiteral("SuperOffice:6"), false));
    QVERIFY(model.setValue(QStringLiteral("SuperOffice:4"), QDate(2001, 2, 3)));
    QVERIFY(model.setValue(QStringLiteral("x_person_boolean"), false));
    const QJsonObject custom = doc.working().value(QLatin1String("CustomFields")).toObject();
    const QJsonObject udf = doc.working().value(QLatin1String("UserDefinedFields")).toObject();
    const QJsonObject extra = doc.working().value(QLatin1String("ExtraFields")).toObject();
    QCOMPARE(custom.value(QLatin1String("SuperOffice:6")).toString(), QStringLiteral("[I:0]"));
    QCOMPARE(udf.value(QLatin1String("SuperOffice:6")).toString(), QStringLiteral("False"));
    QCOMPARE(custom.value(QLatin1String("SuperOffice:4")).toString(),
             QStringLiteral("[DT:02/03/2001 00:00:00.0000000]"));
    QCOMPARE(udf.value(QLatin1String("SuperOffice:4")).toString(),
             QStringLiteral("[D:02/03/2001 00:00:00.0000000]"));
    QCOMPARE(extra.value(QLatin1String("x_person_boolean")).toString(), QStringLiteral("[I:0]"));
    for (auto it = orgBefore.constBegin(); it != orgBefore.constEnd(); ++it) {
        if (it.key().endsWith(QLatin1String(":org")))
            QCOMPARE(custom.value(it.key()), it.value());
    }
}

void TestCustomFieldDefinition::choiceWritesValueAndTexts()
{
    EntityDocument doc(EntityKind::Person, TestData::object(QStringLiteral("person-real.json")));
    CustomFieldModel model(&doc);
    model.setLayout(CustomFieldLayout::fromServer(
        array(R"([{"ProgId": "SuperOffice:7", "FieldLabel": "Relation", "FieldType": "List",
                   "MdoListName": "udlist4"}])"),
        array(R"([{"FieldType": "ListText", "FieldName": "x_person_shorttext_list",
                   "Choices": ["A", "B"]}])")));
    const int steps = doc.undoStack()->count();
    QVERIFY(model.setChoice(QStringLiteral("SuperOffice:7"), qlonglong(2), QStringLiteral("Kunde"),
                            QStringLiteral("A customer")));
    QCOMPARE(doc.undoStack()->count(), steps + 1); // one step
    for (const char *bucket : {"CustomFields", "UserDefinedFields"}) {
        const QJsonObject o = doc.working().value(QLatin1String(bucket)).toObject();
        QCOMPARE(o.value(QLatin1String("SuperOffice:7")).toString(), QStringLiteral("[I:2]"));
        QCOMPARE(o.value(QLatin1String("SuperOffice:7:DisplayText")).toString(),
                 QStringLiteral("Kunde"));
        QCOMPARE(o.value(QLatin1String("SuperOffice:7:DisplayTooltip")).toString(),
                 QStringLiteral("A customer"));
    }
    QCOMPARE(doc.working()
                 .value(QLatin1String("CustomFields"))
                 .toObject()
                 .value(QLatin1String("SuperOffice:7:org"))
                 .toString(),
             QStringLiteral("[I:4]"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("SuperOffice:7")), 1).data().toString(),
             QStringLiteral("Kunde"));
    // ListText: the text itself, no display text of its own.
    QVERIFY(model.setChoice(QStringLiteral("x_person_shorttext_list"), QStringLiteral("B"),
                            QStringLiteral("B")));
    const QJsonObject custom = doc.working().value(QLatin1String("CustomFields")).toObject();
    QCOMPARE(custom.value(QLatin1String("x_person_shorttext_list")).toString(),
             QStringLiteral("B"));
    QVERIFY(!custom.contains(QLatin1String("x_person_shorttext_list:DisplayText")));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.working()
                 .value(QLatin1String("CustomFields"))
                 .toObject()
                 .value(QLatin1String("SuperOffice:7:DisplayText"))
                 .toString(),
             QStringLiteral("Samarbeidspartner"));
}

QTEST_GUILESS_MAIN(TestCustomFieldDefinition)
#include "tst_customfielddefinition.moc"
