#include "entitydocument.h"
#include "entityelementlistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// Phones, e-mails, web addresses and faxes as editable lists.
class TestEntityElementListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsElements();
    void addRemoveMoveWithRowSignals();
    void editsAreUndoableAndSignalled();
    void followsUndoOfListEdits();
    void honoursItemRights();
    void readOnlyListRefusesChanges();
    void validatesSyntax_data();
    void validatesSyntax();

private:
    EntityDocument *m_doc = nullptr;
    EntityElementListModel *m_phones = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestEntityElementListModel::init()
{
    m_doc =
        new EntityDocument(ContactEntity(TestData::object(QStringLiteral("contact-real.json"))));
    m_phones = new EntityElementListModel(m_doc, QStringLiteral("Phones"), m_doc);
    m_tester = new QAbstractItemModelTester(
        m_phones, QAbstractItemModelTester::FailureReportingMode::QtTest, m_doc);
}

void TestEntityElementListModel::cleanup()
{
    delete m_doc;
}

void TestEntityElementListModel::readsElements()
{
    QCOMPARE(m_phones->rowCount(), 2);
    QCOMPARE(m_phones->columnCount(), 2);
    QCOMPARE(m_phones->index(0, 0).data().toString(), QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(m_phones->index(0, 1).data().toString(), QStringLiteral("Switchboard"));
    QCOMPARE(m_phones->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Phone"));
    EntityElementListModel emails(m_doc, QStringLiteral("Emails"));
    QCOMPARE(emails.kind(), EntityElementListModel::Kind::Email);
    QCOMPARE(emails.index(0, 0).data().toString(), QStringLiteral("post@bjorge.no"));
    EntityElementListModel faxes(m_doc, QStringLiteral("Faxes"));
    QCOMPARE(faxes.rowCount(), 0);
}

void TestEntityElementListModel::addRemoveMoveWithRowSignals()
{
    QSignalSpy inserted(m_phones, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_phones, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_phones, &QAbstractItemModel::rowsMoved);
    QVERIFY(m_phones->insertRows(2, 1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(m_phones->rowCount(), 3);
    QVERIFY(m_phones->setData(m_phones->index(2, 0), QStringLiteral("+47 33 00 00 00")));
    QVERIFY(m_phones->moveRows(QModelIndex(), 2, 1, QModelIndex(), 0));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_phones->index(0, 0).data().toString(), QStringLiteral("+47 33 00 00 00"));
    QCOMPARE(m_doc->entity().phones().at(0).value(), QStringLiteral("+47 33 00 00 00"));
    // Down one: destination is the row after the one it passes.
    QVERIFY(m_phones->moveRows(QModelIndex(), 0, 1, QModelIndex(), 2));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(m_phones->index(1, 0).data().toString(), QStringLiteral("+47 33 00 00 00"));
    QVERIFY(m_phones->removeRows(1, 1));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_phones->rowCount(), 2);
    QVERIFY(!m_phones->removeRows(5, 1));
    QVERIFY(!m_phones->insertRows(9, 1));
}

void TestEntityElementListModel::editsAreUndoableAndSignalled()
{
    QSignalSpy changed(m_phones, &QAbstractItemModel::dataChanged);
    QVERIFY(m_phones->setData(m_phones->index(0, 1), QStringLiteral("Reception")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(m_doc->entity().phones().at(0).description(), QStringLiteral("Reception"));
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->undo();
    QCOMPARE(m_phones->index(0, 1).data().toString(), QStringLiteral("Switchboard"));
    QCOMPARE(changed.count(), 2);
}

void TestEntityElementListModel::followsUndoOfListEdits()
{
    QSignalSpy removed(m_phones, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_phones, &QAbstractItemModel::rowsInserted);
    // The second phone may not be removed (its TableRight is Select): a removal that includes
    // it removes nothing.
    QVERIFY(!m_phones->canRemove(1));
    QVERIFY(!m_phones->removeRows(0, 2));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_phones->insertRows(0, 1));
    QVERIFY(m_phones->removeRows(0, 2));
    QCOMPARE(m_phones->rowCount(), 1);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_doc->undoStack()->count(), 2); // the add, and one step for the whole removal
    m_doc->undoStack()->undo();
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(m_phones->rowCount(), 3);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->working(), m_doc->base().json());
    QSignalSpy reset(m_phones, &QAbstractItemModel::modelReset);
    m_doc->setValue(JsonPath("Phones"), QJsonArray());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_phones->rowCount(), 0);
}

void TestEntityElementListModel::honoursItemRights()
{
    // The second phone carries TableRight "Select" and a read-only Value.
    QVERIFY(m_phones->flags(m_phones->index(0, 0)) & Qt::ItemIsEditable);
    QVERIFY(!(m_phones->flags(m_phones->index(1, 0)) & Qt::ItemIsEditable));
    QVERIFY(!m_phones->setData(m_phones->index(1, 0), QStringLiteral("+1")));
    QCOMPARE(m_phones->index(1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Synchronised from the phone system"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestEntityElementListModel::readOnlyListRefusesChanges()
{
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    QJsonObject props = json.value(QLatin1String("FieldProperties")).toObject();
    props.insert(
        QStringLiteral("Emails"),
        QJsonObject{{QStringLiteral("FieldRight"),
                     QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Read")},
                                 {QStringLiteral("Reason"), QStringLiteral("Managed by IT")}}}});
    json.insert(QStringLiteral("FieldProperties"), props);
    EntityDocument doc{ContactEntity(json)};
    EntityElementListModel emails(&doc, QStringLiteral("Emails"));
    QAbstractItemModelTester tester(&emails,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!emails.canAddOrRemove());
    QVERIFY(!emails.insertRows(0, 1));
    QVERIFY(!emails.removeRows(0, 1));
    QVERIFY(!emails.setData(emails.index(0, 0), QStringLiteral("x@y.no")));
    QCOMPARE(emails.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Managed by IT"));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestEntityElementListModel::validatesSyntax_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    using K = EntityElementListModel::Kind;
    QTest::newRow("email ok") << int(K::Email) << QStringLiteral("kari.nordmann@bjorge.no") << true;
    QTest::newRow("email plus") << int(K::Email) << QStringLiteral("a+b@sub.example.co.uk") << true;
    QTest::newRow("email no at") << int(K::Email) << QStringLiteral("kari.bjorge.no") << false;
    QTest::newRow("email no tld") << int(K::Email) << QStringLiteral("kari@bjorge") << false;
    QTest::newRow("email space") << int(K::Email) << QStringLiteral("kari @bjorge.no") << false;
    QTest::newRow("email two at") << int(K::Email) << QStringLiteral("a@b@c.no") << false;
    QTest::newRow("empty is fine") << int(K::Email) << QString() << true;
    QTest::newRow("url host") << int(K::Url) << QStringLiteral("www.bjorge.no") << true;
    QTest::newRow("url https") << int(K::Url) << QStringLiteral("https://bjorge.no/kontakt?x=1")
                               << true;
    QTest::newRow("url ftp") << int(K::Url) << QStringLiteral("ftp://bjorge.no") << false;
    QTest::newRow("url word") << int(K::Url) << QStringLiteral("bjorge") << false;
    QTest::newRow("url space") << int(K::Url) << QStringLiteral("www.bjorge .no") << false;
    QTest::newRow("phone") << int(K::Phone) << QStringLiteral("+47 22 33 44 55") << true;
    QTest::newRow("phone ext") << int(K::Phone) << QStringLiteral("(555) 123-4567 x89") << true;
    QTest::newRow("phone letters") << int(K::Phone) << QStringLiteral("call me") << false;
    QTest::newRow("fax") << int(K::Fax) << QStringLiteral("22 33 44 00") << true;
}

void TestEntityElementListModel::validatesSyntax()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString error =
        EntityElementListModel::validate(EntityElementListModel::Kind(kind), value);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid) {
        // And the model reports it for the row.
        EntityElementListModel::Kind k = EntityElementListModel::Kind(kind);
        const QString member = k == EntityElementListModel::Kind::Email ? QStringLiteral("Emails")
                               : k == EntityElementListModel::Kind::Url ? QStringLiteral("Urls")
                                                                        : QStringLiteral("Phones");
        EntityElementListModel model(m_doc, member);
        QVERIFY(model.setData(model.index(0, 0), value));
        QCOMPARE(model.index(0, 0).data(EntityElementListModel::ErrorRole).toString(), error);
    }
}

QTEST_GUILESS_MAIN(TestEntityElementListModel)
#include "tst_entityelementlistmodel.moc"
