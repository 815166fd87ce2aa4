#include "entitydocument.h"
#include "persontablemodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// Persons as a read-only table that follows the document.
class TestPersonTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsPersons();
    void isReadOnly();
    void followsDocumentChanges();
    void manyPersons();
};

void TestPersonTableModel::showsPersons()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    PersonTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, PersonTableModel::NameColumn).data().toString(),
             QStringLiteral("Kari Nordmann"));
    QCOMPARE(model.index(0, PersonTableModel::TitleColumn).data().toString(),
             QStringLiteral("CEO"));
    QCOMPARE(model.index(0, PersonTableModel::EmailColumn).data().toString(),
             QStringLiteral("kari@bjorge.no"));
    QCOMPARE(model.index(0, PersonTableModel::DirectPhoneColumn).data().toString(),
             QStringLiteral("+47 22 33 44 56"));
    QCOMPARE(model.index(0, PersonTableModel::MobileColumn).data().toString(),
             QStringLiteral("+47 900 11 222"));
    QCOMPARE(model.index(0, 0).data(PersonTableModel::PersonIdRole).toInt(), 7);
    QCOMPARE(model.headerData(PersonTableModel::MobileColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mobile"));
}

void TestPersonTableModel::isReadOnly()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    PersonTableModel model(&doc);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("Ola")));
    QVERIFY(!model.insertRows(0, 1));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestPersonTableModel::followsDocumentChanges()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    PersonTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    doc.setValue(JsonPath("Persons").index(0).key(QStringLiteral("Title")),
                 QStringLiteral("Chair"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, PersonTableModel::TitleColumn).data().toString(),
             QStringLiteral("Chair"));
    QJsonObject saved = doc.working();
    saved.insert(QStringLiteral("Persons"), QJsonArray());
    doc.acceptSaved(ContactEntity(saved));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestPersonTableModel::manyPersons()
{
    QJsonArray persons;
    for (int i = 0; i < 10000; ++i)
        persons.append(QJsonObject{{QStringLiteral("PersonId"), i},
                                   {QStringLiteral("Firstname"), QStringLiteral("P%1").arg(i)},
                                   {QStringLiteral("Lastname"), QStringLiteral("L")}});
    EntityDocument doc{ContactEntity(QJsonObject{{QStringLiteral("Persons"), persons}})};
    PersonTableModel model(&doc);
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.index(9999, 0).data().toString(), QStringLiteral("P9999 L"));
}

QTEST_GUILESS_MAIN(TestPersonTableModel)
#include "tst_persontablemodel.moc"
