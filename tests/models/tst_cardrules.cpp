#include "entitydocument.h"
#include "entityelementlistmodel.h"
#include "interestlistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// The rest of the card follows the server's rules: StrippedValue kept in step with an edited
// phone or e-mail, bouncing e-mail addresses marked, entries that may not be removed kept, and
// interests without what the list no longer offers, children under their parent.
class TestCardRules : public QObject
{
    Q_OBJECT

private slots:
    void strippedValueFollowsInOneStep();
    void bouncingEmailIsMarked();
    void entryThatMayNotBeRemovedStays();
    void interestsHideHiddenAndDeletedAndNestChildren();
    void selectedHiddenInterestStaysUntilSaved();
};

namespace {

QJsonObject interest(int id, const char *name, bool selected = false, bool hidden = false,
                     bool deleted = false, const QJsonArray &children = {})
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Name"), QString::fromLatin1(name)},
            {QStringLiteral("Selected"), selected},
            {QStringLiteral("Hidden"), hidden},
            {QStringLiteral("Deleted"), deleted},
            {QStringLiteral("ChildItems"), children},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

QJsonObject withInterests()
{
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    json.insert(
        QStringLiteral("Interests"),
        QJsonArray{interest(1, "Sport", false, false, false,
                            QJsonArray{interest(11, "Golf"), interest(12, "Polo", false, true),
                                       interest(13, "Sailing", true)}),
                   interest(2, "Old news", false, true),
                   interest(3, "Fax campaigns", false, false, true),
                   interest(4, "Wine", true, true)});
    return json;
}

} // namespace

void TestCardRules::strippedValueFollowsInOneStep()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    EntityElementListModel phones(&doc, QStringLiteral("Phones"));
    QVERIFY(phones.setData(phones.index(0, 0), QStringLiteral("+47 (55) 12-34 56")));
    QCOMPARE(doc.value(JsonPath("Phones").index(0).key(QStringLiteral("StrippedValue"))).toString(),
             QStringLiteral("+4755123456"));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.working(), doc.base().json());

    EntityElementListModel emails(&doc, QStringLiteral("Emails"));
    QVERIFY(emails.insertRows(0, 1));
    QVERIFY(emails.setData(emails.index(0, 0), QStringLiteral("  post@example.no ")));
    QCOMPARE(doc.value(JsonPath("Emails").index(0).key(QStringLiteral("StrippedValue"))).toString(),
             QStringLiteral("post@example.no"));
    QCOMPARE(EntityElementListModel::stripped(EntityElementListModel::Kind::Phone,
                                              QStringLiteral("00 44 78 1791 3345")),
             QStringLiteral("00447817913345"));
}

void TestCardRules::bouncingEmailIsMarked()
{
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    json.insert(
        QStringLiteral("Emails"),
        QJsonArray{QJsonObject{{QStringLiteral("Value"), QStringLiteral("old@example.no")}},
                   QJsonObject{{QStringLiteral("Value"), QStringLiteral("new@example.no")}}});
    json.insert(QStringLiteral("BounceEmails"), QJsonArray{QStringLiteral("OLD@example.no")});
    EntityDocument doc{ContactEntity(json)};
    EntityElementListModel emails(&doc, QStringLiteral("Emails"));
    QVERIFY(emails.index(0, 0).data(EntityElementListModel::BouncingRole).toBool());
    QVERIFY(!emails.index(1, 0).data(EntityElementListModel::BouncingRole).toBool());
    QVERIFY(
        emails.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Bouncing")));
    QVERIFY(emails.index(1, 0).data(Qt::ToolTipRole).isNull());
}

void TestCardRules::entryThatMayNotBeRemovedStays()
{
    // contact-real.json's second phone: TableRight "Select", synchronised from the phone system.
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    EntityElementListModel phones(&doc, QStringLiteral("Phones"));
    QVERIFY(phones.canRemove(0));
    QVERIFY(!phones.canRemove(1));
    QVERIFY(!phones.removeRows(1, 1));
    QCOMPARE(phones.rowCount(), 2);
    QVERIFY(!doc.isModified());
}

void TestCardRules::interestsHideHiddenAndDeletedAndNestChildren()
{
    EntityDocument doc{ContactEntity(withInterests())};
    InterestListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList names;
    QList<int> depths;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row).data().toString());
        depths.append(model.index(row).data(InterestListModel::DepthRole).toInt());
    }
    // Polo (hidden), Old news (hidden) and Fax campaigns (deleted) are not offered; Wine is
    // hidden but selected, so it stays.
    QCOMPARE(names, (QStringList{QStringLiteral("Sport"), QStringLiteral("Golf"),
                                 QStringLiteral("Sailing"), QStringLiteral("Wine")}));
    QCOMPARE(depths, (QList<int>{0, 1, 1, 0}));
    // Ticking a child is an edit of the child.
    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(doc.value(JsonPath("Interests")
                          .index(0)
                          .key(QStringLiteral("ChildItems"))
                          .index(0)
                          .key(QStringLiteral("Selected")))
                .toBool());
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add interest Golf"));
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestCardRules::selectedHiddenInterestStaysUntilSaved()
{
    EntityDocument doc{ContactEntity(withInterests())};
    InterestListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model.rowCount();
    // Unticking the hidden Wine keeps it in the list (so it can be ticked again).
    QVERIFY(model.setData(model.index(rows - 1), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.index(rows - 1).data().toString(), QStringLiteral("Wine"));
}

QTEST_GUILESS_MAIN(TestCardRules)
#include "tst_cardrules.moc"
