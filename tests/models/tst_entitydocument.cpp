#include "carriercodec.h"
#include "entitydocument.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QtTest>

// Undo as the record of edits: merging typing, list edits, the clean state as "saved".
class TestEntityDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingMergesIntoOneStep();
    void breakMergeStartsANewStep();
    void typingBackToTheStartLeavesNothing();
    void listEditsAreUndoable();
    void cleanStateMeansNoUnsavedChanges();
    void acceptSavedMakesServerAnswerTheBase();
    void restoreAndRevert();
    void undoRemovesMemberThatDidNotExist();
    void editOutsideTheEntityKeepsTheRest();

private:
    EntityDocument *m_doc = nullptr;
};

void TestEntityDocument::init()
{
    m_doc =
        new EntityDocument(ContactEntity(TestData::object(QStringLiteral("contact-real.json"))));
}

void TestEntityDocument::cleanup()
{
    delete m_doc;
}

void TestEntityDocument::typingMergesIntoOneStep()
{
    QSignalSpy changed(m_doc, &EntityDocument::valueChanged);
    for (const QString &text : {QStringLiteral("B"), QStringLiteral("Bj"), QStringLiteral("Bjø")})
        m_doc->setValue(JsonPath("Name"), text);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Name"));
    QCOMPARE(m_doc->entity().name(), QStringLiteral("Bjø"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->entity().name(), QStringLiteral("Bjørge Lakkeri AS"));
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->entity().name(), QStringLiteral("Bjø"));
    // Another field is another step.
    m_doc->setValue(JsonPath("Department"), QStringLiteral("Bergen"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestEntityDocument::breakMergeStartsANewStep()
{
    m_doc->setValue(JsonPath("Name"), QStringLiteral("A"));
    m_doc->breakMerge();
    m_doc->setValue(JsonPath("Name"), QStringLiteral("AB"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->entity().name(), QStringLiteral("A"));
}

void TestEntityDocument::typingBackToTheStartLeavesNothing()
{
    m_doc->setValue(JsonPath("Name"), QStringLiteral("X"));
    m_doc->setValue(JsonPath("Name"), QStringLiteral("Bjørge Lakkeri AS"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestEntityDocument::listEditsAreUndoable()
{
    const JsonPath phones("Phones");
    QSignalSpy inserted(m_doc, &EntityDocument::elementsInserted);
    QSignalSpy removed(m_doc, &EntityDocument::elementsRemoved);
    QSignalSpy moved(m_doc, &EntityDocument::elementMoved);
    m_doc->insertElement(phones, 2, EntityElement::create(QStringLiteral("+47 1")).json());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_doc->entity().phones().size(), 3);
    m_doc->moveElement(phones, 2, 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_doc->entity().phones().at(0).value(), QStringLiteral("+47 1"));
    m_doc->removeElement(phones, 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_doc->entity().phones().size(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove Phone"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->entity().phones().at(1).value(), QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(m_doc->entity().phones().at(1).json().value(QLatin1String("Extension")).toString(),
             QStringLiteral("12"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->entity().phones().at(2).value(), QStringLiteral("+47 1"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->working(), m_doc->base().json());
}

void TestEntityDocument::cleanStateMeansNoUnsavedChanges()
{
    QSignalSpy modified(m_doc, &EntityDocument::modifiedChanged);
    QVERIFY(!m_doc->isModified());
    m_doc->setValue(JsonPath("Xstop"), true);
    QVERIFY(m_doc->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(modified.count(), 2);
    // Setting the value it already has is no edit.
    m_doc->setValue(JsonPath("Name"), QStringLiteral("Bjørge Lakkeri AS"));
    QCOMPARE(m_doc->undoStack()->index(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestEntityDocument::acceptSavedMakesServerAnswerTheBase()
{
    m_doc->setValue(JsonPath("Name"), QStringLiteral("New name"));
    QJsonObject saved = m_doc->working();
    saved.insert(QStringLiteral("UpdatedDate"), QStringLiteral("2026-11-26T10:00:00"));
    QSignalSpy reset(m_doc, &EntityDocument::reset);
    m_doc->acceptSaved(ContactEntity(saved));
    QCOMPARE(reset.count(), 1);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->base().json(), saved);
    QCOMPARE(m_doc->entity().updatedDate().wireText(), QStringLiteral("2026-11-26T10:00:00"));
}

void TestEntityDocument::restoreAndRevert()
{
    QJsonObject working = m_doc->working();
    working.insert(QStringLiteral("Department"), QStringLiteral("Draft"));
    m_doc->restore(m_doc->base(), ContactEntity(working));
    QVERIFY(m_doc->isModified()); // a restored draft is unsaved even with no history
    QCOMPARE(m_doc->entity().department(), QStringLiteral("Draft"));
    m_doc->revert();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->entity().department(), QStringLiteral("Oslo"));
}

void TestEntityDocument::undoRemovesMemberThatDidNotExist()
{
    QVERIFY(!m_doc->working().contains(QLatin1String("Brandnew")));
    m_doc->setValue(JsonPath("Brandnew"), QStringLiteral("x"));
    QVERIFY(m_doc->working().contains(QLatin1String("Brandnew")));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->working().contains(QLatin1String("Brandnew")));
    QCOMPARE(m_doc->working(), m_doc->base().json());
}

void TestEntityDocument::editOutsideTheEntityKeepsTheRest()
{
    m_doc->setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")),
                    QStringLiteral("Changed"));
    const QStringList diff = TestData::differences(m_doc->base().json(), m_doc->working());
    QCOMPARE(diff, QStringList{QStringLiteral("CustomFields.SuperOffice:1")});
}

QTEST_GUILESS_MAIN(TestEntityDocument)
#include "tst_entitydocument.moc"
