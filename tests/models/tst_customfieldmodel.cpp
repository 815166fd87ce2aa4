#include "entitydocument.h"
#include "customfieldmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// Custom fields: keys, labels, typed values, edits written to every bucket in the same form.
class TestCustomFieldModel : public QObject
{
    Q_OBJECT

private slots:
    void listsFieldsWithTypes();
    void editWritesEveryBucketInItsForm();
    void readOnlyFieldRefusesEdits();
    void defaultEntityFromUserDefinedFields();
    void labels();
};

void TestCustomFieldModel::listsFieldsWithTypes()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    CustomFieldModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.keys(),
             (QStringList{QStringLiteral("SuperOffice:1"), QStringLiteral("SuperOffice:2"),
                          QStringLiteral("SuperOffice:3"), QStringLiteral("SuperOffice:4"),
                          QStringLiteral("SuperOffice:5"), QStringLiteral("x_erp_key")}));
    auto row = [&](const QString &key) { return model.rowOf(key); };
    using T = CustomFieldValue::Type;
    QCOMPARE(model.index(row(QStringLiteral("SuperOffice:2")), 0)
                 .data(CustomFieldModel::TypeRole)
                 .toInt(),
             int(T::Integer));
    // A list field shows its DisplayText sibling.
    QCOMPARE(model.index(row(QStringLiteral("SuperOffice:2")), 1).data().toString(),
             QStringLiteral("Gold"));
    QCOMPARE(model.index(row(QStringLiteral("SuperOffice:3")), 1)
                 .data(CustomFieldModel::TypedValueRole)
                 .toDouble(),
             12345.6789);
    QCOMPARE(model.index(row(QStringLiteral("SuperOffice:4")), 1)
                 .data(CustomFieldModel::TypedValueRole)
                 .toDate(),
             QDate(2013, 12, 31));
    QCOMPARE(model.index(row(QStringLiteral("SuperOffice:5")), 1)
                 .data(CustomFieldModel::TypedValueRole)
                 .toBool(),
             true);
    QCOMPARE(model.index(row(QStringLiteral("x_erp_key")), 1).data().toString(),
             QStringLiteral("A-1001"));
}

void TestCustomFieldModel::editWritesEveryBucketInItsForm()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    CustomFieldModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = model.rowOf(QStringLiteral("SuperOffice:4"));
    QVERIFY(model.setData(model.index(row, 1), QDate(2025, 6, 1)));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(TestData::differences(doc.base().json(), doc.working()),
             (QStringList{QStringLiteral("CustomFields.SuperOffice:4"),
                          QStringLiteral("UserDefinedFields.SuperOffice:4")}));
    QCOMPARE(doc.entity().customFields().value(QStringLiteral("SuperOffice:4")),
             QStringLiteral("[D:06/01/2025]"));
    QCOMPARE(doc.entity().userDefinedFields().value(QStringLiteral("SuperOffice:4")),
             QStringLiteral("[D:06/01/2025]"));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.working(), doc.base().json());
    // Text that does not fit a number is refused, nothing changes.
    QVERIFY(!model.setData(model.index(model.rowOf(QStringLiteral("SuperOffice:3")), 1),
                           QStringLiteral("lots")));
    QCOMPARE(doc.undoStack()->index(), 0);
}

void TestCustomFieldModel::readOnlyFieldRefusesEdits()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    CustomFieldModel model(&doc);
    const QModelIndex calculated = model.index(model.rowOf(QStringLiteral("SuperOffice:3")), 1);
    QVERIFY(!(model.flags(calculated) & Qt::ItemIsEditable));
    QVERIFY(!calculated.data(CustomFieldModel::EditableRole).toBool());
    QCOMPARE(calculated.data(CustomFieldModel::ReasonRole).toString(),
             QStringLiteral("Calculated"));
    QVERIFY(!model.setData(calculated, 1.0));
}

void TestCustomFieldModel::defaultEntityFromUserDefinedFields()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-default.json")))};
    CustomFieldModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // CustomFields is empty: the keys come from UserDefinedFields, siblings left out.
    QCOMPARE(model.rowCount(), 8);
    using T = CustomFieldValue::Type;
    const QList<T> types{T::Text, T::Text,    T::Integer, T::Decimal,
                         T::Date, T::Boolean, T::Integer, T::DateTime};
    for (int i = 0; i < types.size(); ++i)
        QCOMPARE(model.index(i, 0).data(CustomFieldModel::TypeRole).toInt(), int(types[i]));
    QVERIFY(model.index(4, 1).data().toString().isEmpty()); // the empty date shows nothing
    QVERIFY(model.setValue(QStringLiteral("SuperOffice:6"), true));
    QCOMPARE(doc.entity().userDefinedFields().value(QStringLiteral("SuperOffice:6")),
             QStringLiteral("True"));
    QVERIFY(!doc.working()
                 .value(QLatin1String("CustomFields"))
                 .toObject()
                 .contains(QLatin1String("SuperOffice:6")));
}

void TestCustomFieldModel::labels()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    CustomFieldModel model(&doc);
    QCOMPARE(model.label(QStringLiteral("SuperOffice:2")), QStringLiteral("Custom field 2"));
    QCOMPARE(model.label(QStringLiteral("x_erp_key")), QStringLiteral("Erp key"));
    QCOMPARE(model.label(QStringLiteral("customerSince")), QStringLiteral("Customer Since"));
    // The label column shows them (tenant labels: tst_fieldcatalogue).
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Custom field 2"));
}

QTEST_GUILESS_MAIN(TestCustomFieldModel)
#include "tst_customfieldmodel.moc"
