#include "entitydocument.h"
#include "persontablemodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

// Persons as a read-only table that follows the document.
class TestPersonTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsPersons();
    void phoneFallsBackToMobile();
    void positionAndRetired();
    void isReadOnly();
    void followsDocumentChanges();
    void manyPersons();
    void sortTextsFollowTheDocument();
};

void TestPersonTableModel::showsPersons()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    PersonTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.index(0, PersonTableModel::NameColumn).data().toString(),
             QStringLiteral("Kari Nordmann"));
    QCOMPARE(model.index(0, PersonTableModel::TitleColumn).data().toString(),
             QStringLiteral("CEO"));
    QCOMPARE(model.index(0, PersonTableModel::EmailColumn).data().toString(),
             QStringLiteral("kari@bjorge.no"));
    // The direct phone when there is one.
    QCOMPARE(model.index(0, PersonTableModel::PhoneColumn).data().toString(),
             QStringLiteral("+47 22 33 44 56"));
    QCOMPARE(model.index(0, PersonTableModel::PositionColumn).data().toString(), QString());
    QCOMPARE(model.index(0, PersonTableModel::RetiredColumn).data().toString(), QString());
    QCOMPARE(model.index(0, 0).data(PersonTableModel::RetiredRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(PersonTableModel::PersonIdRole).toInt(), 7);
    QCOMPARE(model.headerData(PersonTableModel::PhoneColumn, Qt::Horizontal).toString(),
             QStringLiteral("Phone"));
    QCOMPARE(model.headerData(PersonTableModel::RetiredColumn, Qt::Horizontal).toString(),
             QStringLiteral("Retired"));
}

void TestPersonTableModel::phoneFallsBackToMobile()
{
    const QJsonArray persons{
        QJsonObject{{QStringLiteral("PersonId"), 1},
                    {QStringLiteral("Firstname"), QStringLiteral("Ola")},
                    {QStringLiteral("MobilePhone"), QStringLiteral("+47 900 00 001")}},
        QJsonObject{{QStringLiteral("PersonId"), 2},
                    {QStringLiteral("Firstname"), QStringLiteral("Per")},
                    {QStringLiteral("DirectPhone"), QString()},
                    {QStringLiteral("MobilePhone"), QString()}}};
    EntityDocument doc{ContactEntity(QJsonObject{{QStringLiteral("Persons"), persons}})};
    PersonTableModel model(&doc);
    QCOMPARE(model.index(0, PersonTableModel::PhoneColumn).data().toString(),
             QStringLiteral("+47 900 00 001"));
    QCOMPARE(model.index(1, PersonTableModel::PhoneColumn).data().toString(), QString());
}

void TestPersonTableModel::positionAndRetired()
{
    // The light Person carrier says Retired as 0/1; an entity-shaped one as a bool.
    const QJsonArray persons{QJsonObject{{QStringLiteral("PersonId"), 1},
                                         {QStringLiteral("Firstname"), QStringLiteral("Ola")},
                                         {QStringLiteral("Position"), QStringLiteral("Sales")},
                                         {QStringLiteral("Retired"), 1}},
                             QJsonObject{{QStringLiteral("PersonId"), 2},
                                         {QStringLiteral("Firstname"), QStringLiteral("Per")},
                                         {QStringLiteral("Retired"), true}},
                             QJsonObject{{QStringLiteral("PersonId"), 3},
                                         {QStringLiteral("Firstname"), QStringLiteral("Kari")},
                                         {QStringLiteral("Retired"), 0}}};
    EntityDocument doc{ContactEntity(QJsonObject{{QStringLiteral("Persons"), persons}})};
    PersonTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, PersonTableModel::PositionColumn).data().toString(),
             QStringLiteral("Sales"));
    QCOMPARE(model.index(0, PersonTableModel::RetiredColumn).data().toString(),
             QStringLiteral("Retired"));
    QVERIFY(model.index(1, 0).data(PersonTableModel::RetiredRole).toBool());
    QVERIFY(!model.index(2, 0).data(PersonTableModel::RetiredRole).toBool());
    QCOMPARE(model.index(2, PersonTableModel::RetiredColumn).data().toString(), QString());
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

void TestPersonTableModel::sortTextsFollowTheDocument()
{
    // SortRole answers from a cache: each change of the document must reach it, or a sorted
    // table would order persons by names they no longer have.
    QJsonArray persons;
    for (const char *name : {"Eva", "Bo", "Dag", "Ada", "Cai"})
        persons.append(QJsonObject{{QStringLiteral("PersonId"), persons.size() + 1},
                                   {QStringLiteral("Firstname"), QLatin1String(name)}});
    EntityDocument doc{ContactEntity(QJsonObject{{QStringLiteral("Persons"), persons}})};
    PersonTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PersonTableModel::SortRole);
    proxy.sort(PersonTableModel::NameColumn);
    const auto order = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, PersonTableModel::NameColumn).data().toString());
        return names.join(QLatin1Char(' '));
    };
    QCOMPARE(order(), QStringLiteral("Ada Bo Cai Dag Eva"));
    QCOMPARE(model.index(1, PersonTableModel::NameColumn).data(PersonTableModel::SortRole),
             QVariant(QStringLiteral("Bo")));
    // One row in the middle changes: Dag becomes Aase.
    doc.setValue(JsonPath("Persons").index(2).key(QStringLiteral("Firstname")),
                 QStringLiteral("Aase"));
    QCOMPARE(order(), QStringLiteral("Aase Ada Bo Cai Eva"));
    // The first row changes: Eva becomes Bea.
    doc.setValue(JsonPath("Persons").index(0).key(QStringLiteral("Firstname")),
                 QStringLiteral("Bea"));
    QCOMPARE(order(), QStringLiteral("Aase Ada Bea Bo Cai"));
    // Rows come and go.
    doc.insertElement(JsonPath("Persons"), 1,
                      QJsonObject{{QStringLiteral("PersonId"), 9},
                                  {QStringLiteral("Firstname"), QStringLiteral("Abe")}});
    QCOMPARE(order(), QStringLiteral("Aase Abe Ada Bea Bo Cai"));
    doc.removeElement(JsonPath("Persons"), 4); // Ada
    QCOMPARE(order(), QStringLiteral("Aase Abe Bea Bo Cai"));
    // Another column is read when it is sorted by.
    QCOMPARE(model.index(0, PersonTableModel::TitleColumn).data(PersonTableModel::SortRole),
             QVariant(QString()));
    // The server's new version, as many persons as before but others.
    QJsonObject saved = doc.working();
    QJsonArray renamed;
    for (const char *name : {"Ulf", "Tor", "Siv", "Rut", "Per"})
        renamed.append(QJsonObject{{QStringLiteral("PersonId"), renamed.size() + 20},
                                   {QStringLiteral("Firstname"), QLatin1String(name)}});
    saved.insert(QStringLiteral("Persons"), renamed);
    doc.acceptSaved(ContactEntity(saved));
    QCOMPARE(order(), QStringLiteral("Per Rut Siv Tor Ulf"));
}

QTEST_GUILESS_MAIN(TestPersonTableModel)
#include "tst_persontablemodel.moc"
