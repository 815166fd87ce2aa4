#include "entitydocument.h"
#include "interestlistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// Interests as checkboxes; checking is an undoable edit of Selected.
class TestInterestListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsInterests();
    void checkingIsUndoable();
    void readOnlyInterests();
};

void TestInterestListModel::showsInterests()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    InterestListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Golf"));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.index(1, 0).data(InterestListModel::IdRole).toInt(), 4);
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable);
}

void TestInterestListModel::checkingIsUndoable()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    InterestListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QVERIFY(doc.entity().interests().at(1).isSelected());
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add interest Sailing"));
    doc.undoStack()->undo();
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(doc.working(), doc.base().json());
}

void TestInterestListModel::readOnlyInterests()
{
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    json.insert(QStringLiteral("TableRight"),
                QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Select")}});
    EntityDocument doc{ContactEntity(json)};
    InterestListModel model(&doc);
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!doc.isModified());
}

QTEST_GUILESS_MAIN(TestInterestListModel)
#include "tst_interestlistmodel.moc"
