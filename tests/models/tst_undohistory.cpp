#include "entitydocument.h"
#include "documentcommand.h"
#include "testdata.h"
#include "undohistory.h"

#include <functional>
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
    void commandEditsRoundTrip();
    void previousVersionsHistoryStillLoads();

private:
    static void edit(EntityDocument &doc);
    static QList<QList<EntityEdit>> editsOf(const QUndoStack *stack);
    QJsonObject m_entity = TestData::object(QStringLiteral("contact-real.json"));
};

void TestUndoHistory::edit(EntityDocument &doc)
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
    EntityDocument doc{ContactEntity(m_entity)};
    edit(doc);
    const QJsonObject history = UndoHistory::save(doc.undoStack());
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.value(QLatin1String("steps")).toArray().size(), 6);

    EntityDocument again{ContactEntity(m_entity)};
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
    EntityDocument doc{ContactEntity(m_entity)};
    edit(doc);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    const QJsonObject history = UndoHistory::save(doc.undoStack());
    EntityDocument again{ContactEntity(m_entity)};
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
    EntityDocument doc{ContactEntity(m_entity)};
    edit(doc);
    const QJsonObject history = UndoHistory::save(doc.undoStack());
    // A working entity the history does not lead to (an edit after the history was written).
    QJsonObject other = doc.working();
    other.insert(QStringLiteral("Department"), QStringLiteral("Something else"));
    EntityDocument again{ContactEntity(m_entity)};
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

// Each step's edits, a macro's children's in order.
QList<QList<EntityEdit>> TestUndoHistory::editsOf(const QUndoStack *stack)
{
    QList<QList<EntityEdit>> steps;
    const std::function<void(const QUndoCommand *, QList<EntityEdit> &)> collect =
        [&collect](const QUndoCommand *command, QList<EntityEdit> &out) {
            if (const auto *c = dynamic_cast<const DocumentCommand *>(command))
                out += c->edits();
            for (int i = 0; i < command->childCount(); ++i)
                collect(command->child(i), out);
        };
    for (int i = 0; i < stack->count(); ++i) {
        steps.append(QList<EntityEdit>());
        collect(stack->command(i), steps.last());
    }
    return steps;
}

void TestUndoHistory::commandEditsRoundTrip()
{
    EntityDocument doc{ContactEntity(m_entity)};
    edit(doc);
    doc.setValue(JsonPath("Brandnew"), QJsonValue(QJsonValue::Undefined)); // removes a member
    const QList<QList<EntityEdit>> saved = editsOf(doc.undoStack());
    QCOMPARE(saved.size(), 7);

    // Every kind is there, and each edit survives JSON and being taken back twice.
    QList<EntityEdit::Kind> kinds;
    for (const QList<EntityEdit> &step : saved) {
        QVERIFY(!step.isEmpty());
        for (const EntityEdit &e : step) {
            if (!kinds.contains(e.kind))
                kinds.append(e.kind);
            const auto read = EntityEdit::fromJson(e.toJson());
            QVERIFY(read);
            QVERIFY(*read == e);
            QVERIFY(e.inverse().inverse() == e);
        }
    }
    QCOMPARE(kinds.size(), 5);
    QVERIFY(saved.at(0).first() == EntityEdit::changeMember(JsonPath("Name"),
                                                            m_entity.value(QLatin1String("Name")),
                                                            QStringLiteral("Bj")));
    QVERIFY(saved.at(3).first() ==
            EntityEdit::removeElement(JsonPath("Emails"), 0,
                                      m_entity.value(QLatin1String("Emails")).toArray().first()));
    QCOMPARE(saved.at(6).first().kind, EntityEdit::Kind::RemoveMember);
    QCOMPARE(saved.at(6).first().before, QJsonValue(7));

    EntityDocument again{ContactEntity(m_entity)};
    again.restore(ContactEntity(m_entity), ContactEntity(doc.working()));
    QVERIFY(UndoHistory::restore(&again, UndoHistory::save(doc.undoStack())));
    QVERIFY(editsOf(again.undoStack()) == saved);
    for (int i = 0; i < saved.size(); ++i)
        QCOMPARE(again.undoStack()->text(i), doc.undoStack()->text(i));
}

// A history as the previous version wrote it: steps of "atoms" with its own kind names, an
// element removal called "remove" and a member removal written as a set without "a".
void TestUndoHistory::previousVersionsHistoryStillLoads()
{
    const QJsonObject phone{{QStringLiteral("Value"), QStringLiteral("+47 1")}};
    const QJsonValue email = m_entity.value(QLatin1String("Emails")).toArray().first();
    const auto atom = [](const char *kind, const char *path,
                         std::initializer_list<std::pair<QString, QJsonValue>> rest) {
        QJsonObject o{{QStringLiteral("k"), QLatin1String(kind)},
                      {QStringLiteral("p"), QLatin1String(path)}};
        for (const auto &[key, value] : rest)
            o.insert(key, value);
        return o;
    };
    const auto step = [](const char *text, const QJsonObject &a) {
        return QJsonObject{{QStringLiteral("text"), QLatin1String(text)},
                           {QStringLiteral("atoms"), QJsonArray{a}}};
    };
    const QString b = QStringLiteral("b"), a = QStringLiteral("a"), f = QStringLiteral("f"),
                  t = QStringLiteral("t");
    const QJsonArray steps{
        step("Change name",
             atom("set", "Name",
                  {{b, m_entity.value(QLatin1String("Name"))}, {a, QStringLiteral("Old")}})),
        step("Add phone", atom("insert", "Phones", {{a, phone}, {f, 0}})),
        step("Move phone", atom("move", "Phones", {{f, 0}, {t, 1}})),
        step("Remove e-mail", atom("remove", "Emails", {{b, email}, {f, 0}})),
        step("Add member", atom("set", "Brandnew", {{a, 7}})),
        step("Drop department",
             atom("set", "Department", {{b, m_entity.value(QLatin1String("Department"))}})),
    };
    const QJsonObject history{{QStringLiteral("steps"), steps},
                              {QStringLiteral("index"), 6},
                              {QStringLiteral("clean"), 0}};

    QJsonObject working = m_entity;
    working.insert(QStringLiteral("Name"), QStringLiteral("Old"));
    QJsonArray phones = working.value(QLatin1String("Phones")).toArray();
    phones.insert(1, phone);
    working.insert(QStringLiteral("Phones"), phones);
    QJsonArray emails = working.value(QLatin1String("Emails")).toArray();
    emails.removeFirst();
    working.insert(QStringLiteral("Emails"), emails);
    working.insert(QStringLiteral("Brandnew"), 7);
    working.remove(QStringLiteral("Department"));

    EntityDocument doc{ContactEntity(m_entity)};
    doc.restore(ContactEntity(m_entity), ContactEntity(working));
    QVERIFY(UndoHistory::restore(&doc, history));
    QCOMPARE(doc.undoStack()->count(), 6);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Drop department"));
    QCOMPARE(doc.working(), working);
    QCOMPARE(editsOf(doc.undoStack()).at(3).first().kind, EntityEdit::Kind::RemoveElement);
    QCOMPARE(editsOf(doc.undoStack()).at(5).first().kind, EntityEdit::Kind::RemoveMember);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.working(), m_entity);
    QVERIFY(!doc.isModified());
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(doc.working(), working);
    // Saved again, it is written in today's words and still leads to the same place.
    const QJsonObject resaved = UndoHistory::save(doc.undoStack());
    const QJsonObject first = resaved.value(QLatin1String("steps")).toArray().first().toObject();
    QVERIFY(first.contains(QLatin1String("edits")));
    QCOMPARE(
        first.value(QLatin1String("edits")).toArray().first().toObject().value(QLatin1String("k")),
        QJsonValue(QStringLiteral("setMember")));
    EntityDocument again{ContactEntity(m_entity)};
    again.restore(ContactEntity(m_entity), ContactEntity(working));
    QVERIFY(UndoHistory::restore(&again, resaved));
    QVERIFY(editsOf(again.undoStack()) == editsOf(doc.undoStack()));
}

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
