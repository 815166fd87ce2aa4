#include "entitydocument.h"
#include "listchanges.h"
#include "persontablemodel.h"

#include <QSignalSpy>
#include <QtTest>

// A list's changed rows between two versions, and a model that takes them from the document
// only for the very lists they were worked out for.
class TestListChanges : public QObject
{
    Q_OBJECT

private slots:
    void changedRowsRunTogether();
    void knownOnlyForTheVeryLists();
    void aModelTakesWhatTheDocumentKnows();
};

namespace {

QJsonArray persons(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QJsonObject{{QStringLiteral("PersonId"), i + 1},
                                {QStringLiteral("Firstname"), QStringLiteral("Kari %1").arg(i)}});
    return list;
}

QJsonArray renamed(QJsonArray list, const QList<int> &rows)
{
    for (int row : rows) {
        QJsonObject person = list.at(row).toObject();
        person.insert(QStringLiteral("Firstname"), QStringLiteral("Changed"));
        list.replace(row, person);
    }
    return list;
}

} // namespace

void TestListChanges::changedRowsRunTogether()
{
    const QJsonArray before = persons(10);
    using Rows = QList<std::pair<int, int>>;
    QCOMPARE(ListChanges::changedRows(before, before), Rows());
    QCOMPARE(ListChanges::changedRows(before, renamed(before, {2, 3, 4, 8})),
             (Rows{{2, 4}, {8, 8}}));
    QCOMPARE(ListChanges::changedRows(before, renamed(before, {0, 9})), (Rows{{0, 0}, {9, 9}}));
    // Other lengths: no rows, the model is reset.
    QCOMPARE(ListChanges::changedRows(before, persons(11)), Rows());
    // Equal but not shared: nothing changed.
    QJsonArray copy;
    for (const QJsonValue &v : before)
        copy.append(QJsonObject(v.toObject()));
    QCOMPARE(ListChanges::changedRows(before, copy), Rows());
}

void TestListChanges::knownOnlyForTheVeryLists()
{
    const QJsonArray before = persons(10);
    const QJsonArray after = renamed(before, {5});
    const ListChanges known(JsonPath("Persons"), before, after);
    QCOMPARE(known.rows(), (QList<std::pair<int, int>>{{5, 5}}));
    QVERIFY(known.isFor(JsonPath("Persons"), before, after));
    QVERIFY(!known.isFor(JsonPath("Phones"), before, after));
    // An equal list that is another one (typed into meanwhile and typed back) is not the one
    // the rows were worked out for.
    QJsonArray equal;
    for (const QJsonValue &v : before)
        equal.append(v);
    QCOMPARE(equal, before);
    QVERIFY(!known.isFor(JsonPath("Persons"), equal, after));
    QVERIFY(!known.isFor(JsonPath("Persons"), before, renamed(after, {5})));
    QVERIFY(!ListChanges().isFor(JsonPath("Persons"), before, after));
}

void TestListChanges::aModelTakesWhatTheDocumentKnows()
{
    const QJsonObject base{{QStringLiteral("ContactId"), 1},
                           {QStringLiteral("Persons"), persons(10)}};
    EntityDocument document{ContactEntity(base)};
    PersonTableModel model(&document);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QJsonArray before = document.working().value(QLatin1String("Persons")).toArray();

    // Worked out for these lists: the changed row.
    QJsonObject saved = base;
    const QJsonArray after = renamed(before, {4});
    saved.insert(QStringLiteral("Persons"), after);
    document.acceptSaved(Carrier(saved), ListChanges(JsonPath("Persons"), before, after));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QVERIFY(!document.knownChanges().isFor(JsonPath("Persons"), before, after)); // let go of

    // Worked out for other lists (rows 1 and 7): not taken; compared here instead.
    const ListChanges known(JsonPath("Persons"), before, renamed(before, {1, 7}));
    changed.clear();
    const QJsonArray current = document.working().value(QLatin1String("Persons")).toArray();
    QJsonObject next = saved;
    next.insert(QStringLiteral("Persons"), renamed(current, {6}));
    document.acceptSaved(Carrier(next), known);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 6);
}

QTEST_GUILESS_MAIN(TestListChanges)
#include "tst_listchanges.moc"
