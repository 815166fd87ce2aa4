#include "contactdocument.h"
#include "testdata.h"
#include "undohistory.h"

#include <QJsonArray>
#include <QtTest>

// Saving an undo stack as data and rebuilding it: the same steps, the same place, undo and redo
// working as before, and no history at all when it does not lead to the current state.
class TestUndoHistory : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsStepsIndexAndCleanState();
    void rebuildsAfterUndoWithRedoAhead();
    void wrongHistoryIsRefused();

private:
    static void edit(ContactDocument &doc);
    QJsonObject m_entity = TestData::object(QStringLiteral("contact-real.json"));
};

void TestUndoHistory::edit(ContactDocument &doc)
{
    doc.setValue(JsonPath("Name"), QStringLiteral("B"));
    doc.setValue(JsonPath("Name"), QStringLiteral("Bj")); // merged: one step
    doc.breakMerge();
    doc.insertElement(JsonPath("Phones"), 0,
                      QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 1")}});
    doc.moveElement(JsonPath("Phones"), 0, 2);
    doc.removeElement(JsonPath("Emails"), 0);
    doc.setValue(JsonPath("Brandnew"), 7); // a member that did not exist
    doc.undoStack()->beginMacro(QStringLiteral("Several"));
    doc.setValue(JsonPath("Department"), QStringLiteral("Macro dept"));
    doc.setValue(JsonPath("Xstop"), true);
    doc.undoStack()->endMacro();
}

void TestUndoHistory::rebuildsStepsIndexAndCleanState()
{
    ContactDocument doc{ContactEntity(m_entity)};
    edit(doc);
    const QJsonObject history = UndoHistory::save(doc.undoStack());
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.value(QLatin1String("steps")).toArray().size(), 6);

    ContactDocument again{ContactEntity(m_entity)};
    again.restore(ContactEntity(m_entity), ContactEntity(doc.working()));
    QVERIFY(UndoHistory::restore(&again, history));
    QCOMPARE(again.working(), doc.working());
    QCOMPARE(again.undoStack()->count(), 6);
    QCOMPARE(again.undoStack()->index(), 6);
    QCOMPARE(again.undoStack()->undoText(), QStringLiteral("Several"));
    QVERIFY(again.isModified());
    // Undo all the way: back at the base, and that is the clean (saved) state again.
    while (again.undoStack()->canUndo())
        again.undoStack()->undo();
    QCOMPARE(again.working(), m_entity);
    QVERIFY(!again.isModified());
    while (again.undoStack()->canRedo())
        again.undoStack()->redo();
    QCOMPARE(again.working(), doc.working());
}

void TestUndoHistory::rebuildsAfterUndoWithRedoAhead()
{
    ContactDocument doc{ContactEntity(m_entity)};
    edit(doc);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    const QJsonObject history = UndoHistory::save(doc.undoStack());
    ContactDocument again{ContactEntity(m_entity)};
    again.restore(ContactEntity(m_entity), ContactEntity(doc.working()));
    QVERIFY(UndoHistory::restore(&again, history));
    QCOMPARE(again.undoStack()->index(), 4);
    QVERIFY(again.undoStack()->canRedo());
    again.undoStack()->redo();
    again.undoStack()->redo();
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(again.working(), doc.working());
}

void TestUndoHistory::wrongHistoryIsRefused()
{
    ContactDocument doc{ContactEntity(m_entity)};
    edit(doc);
    const QJsonObject history = UndoHistory::save(doc.undoStack());
    // A working entity the history does not lead to (an edit after the history was written).
    QJsonObject other = doc.working();
    other.insert(QStringLiteral("Department"), QStringLiteral("Something else"));
    ContactDocument again{ContactEntity(m_entity)};
    again.restore(ContactEntity(m_entity), ContactEntity(other));
    QVERIFY(!UndoHistory::restore(&again, history));
    QCOMPARE(again.working(), other); // untouched
    QCOMPARE(again.undoStack()->count(), 0);
    QVERIFY(again.isModified());
    QVERIFY(!UndoHistory::restore(
        &again,
        QJsonObject{{QStringLiteral("steps"),
                     QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("x")},
                                            {QStringLiteral("atoms"),
                                             QJsonArray{QJsonObject{{QStringLiteral("k"),
                                                                     QStringLiteral("bogus")}}}}}}},
                    {QStringLiteral("index"), 1}}));
}

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
