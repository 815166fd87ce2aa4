#include "descriptionsection.h"
#include "identitysection.h"
#include "messagebox.h"
#include "noteedit.h"
#include "personeditor.h"
#include "personidentitysection.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QtTest>
#include <QUndoStack>

// Issue 14, defect 7: text set through the accessibility interface (AT-SPI's
// EditableText.setTextContents, as dictation tools set it) showed in the field but was no edit:
// the company stayed unmodified, Save stayed off, and the text was lost on close. Here every
// editable text field of a company's and a person's form takes text through
// QAccessibleEditableTextInterface (replace, insert, delete) and QAccessible::Value, and each is
// recorded like typing: in the document, the undo stack and the draft, with Save enabled. Text
// the editor puts there itself (loading, the server's answer, a value cut to the field's limit)
// is still no edit.
class TestAccessibleEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lineEditTakesEveryAccessibleEdit();
    void noteTakesAccessibleEdits();
    void comboTextTakesAccessibleEdits();
    void everyTextFieldOfTheFormRecordsIt();
    void readOnlyFieldTakesNoEdit();
    void loadsAreNotEdits();

private:
    ContactEditor *open(int contactId);
    QAccessibleEditableTextInterface *editable(QWidget *widget) const;
    QAccessibleTextInterface *readable(QWidget *widget) const;
    bool saveEnabled() const { return m_window->action(QStringLiteral("save"))->isEnabled(); }

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibleEdits::initTestCase()
{
    UiTest::isolateSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestAccessibleEdits::init()
{
    m_sandbox.reset();
    MessageBox::setNextAnswers({});
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
}

void TestAccessibleEdits::cleanup()
{
    m_window.reset();
}

ContactEditor *TestAccessibleEdits::open(int contactId)
{
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), contactId);
    return editor && editor->hasForm() ? editor : nullptr;
}

QAccessibleEditableTextInterface *TestAccessibleEdits::editable(QWidget *widget) const
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->editableTextInterface() : nullptr;
}

QAccessibleTextInterface *TestAccessibleEdits::readable(QWidget *widget) const
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->textInterface() : nullptr;
}

void TestAccessibleEdits::lineEditTakesEveryAccessibleEdit()
{
    ContactEditor *editor = open(3);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    QUndoStack *undo = editor->document()->undoStack();
    QCOMPARE(undo->count(), 0);
    QVERIFY(!saveEnabled());

    // setTextContents: the whole text replaced.
    QAccessibleEditableTextInterface *text = editable(name);
    QVERIFY(text);
    text->replaceText(0, readable(name)->characterCount(), QStringLiteral("Dictated AS"));
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Dictated AS"));
    QVERIFY(editor->isModified());
    QVERIFY(saveEnabled());
    QCOMPARE(undo->count(), 1);
    QVERIFY2(undo->undoText().contains(QLatin1String("Name")), qPrintable(undo->undoText()));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("* Dictated AS"));

    // Insert and delete: recorded like typing (one step while the field is being edited).
    text->insertText(9, QStringLiteral("Norge "));
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Dictated Norge AS"));
    text->deleteText(0, 9);
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Norge AS"));
    QCOMPARE(undo->count(), 1);

    // The value interface some tools use instead.
    QAccessible::queryAccessibleInterface(name)->setText(QAccessible::Value,
                                                         QStringLiteral("Valued AS"));
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Valued AS"));

    // In the draft too: a window that is killed now reopens with it.
    QVERIFY(editor->session()->draftId() > 0);

    // And what is saved.
    QSignalSpy saved(editor->session(), &ContactSession::saved);
    QVERIFY(editor->save());
    QVERIFY(saved.wait(15000));
    QCOMPARE(UiTest::serverCopy(m_sandbox, 3).value(QLatin1String("Name")).toString(),
             QStringLiteral("Valued AS"));
}

void TestAccessibleEdits::noteTakesAccessibleEdits()
{
    ContactEditor *editor = open(3);
    QVERIFY(editor);
    NoteEdit *note = editor->section<DescriptionSection>()->editor();
    const QString before = note->toPlainText();
    QAccessibleEditableTextInterface *text = editable(note);
    QVERIFY(text);
    text->insertText(0, QStringLiteral("Dictated: "));
    QCOMPARE(editor->document()->working().value(QLatin1String("Description")).toString(),
             QStringLiteral("Dictated: ") + before);
    QVERIFY(editor->isModified());
    QVERIFY(saveEnabled());
    text->replaceText(0, readable(note)->characterCount(), QStringLiteral("All new"));
    QCOMPARE(editor->document()->working().value(QLatin1String("Description")).toString(),
             QStringLiteral("All new"));
    QAccessible::queryAccessibleInterface(note)->setText(QAccessible::Value,
                                                         QStringLiteral("Valued note"));
    QCOMPARE(editor->document()->working().value(QLatin1String("Description")).toString(),
             QStringLiteral("Valued note"));
}

void TestAccessibleEdits::comboTextTakesAccessibleEdits()
{
    // A person's Mr/Mrs is an editable combo: its text is the value.
    PersonEditor *person = m_window->openPerson(1);
    QVERIFY(person);
    QTRY_VERIFY(person->document() && !person->session()->isBusy());
    QComboBox *mrmrs = person->section<PersonIdentitySection>()->choice(QStringLiteral("Mrmrs"));
    QVERIFY(mrmrs && mrmrs->lineEdit());
    QVERIFY(!person->isModified());
    QAccessibleEditableTextInterface *text = editable(mrmrs->lineEdit());
    QVERIFY(text);
    text->replaceText(0, readable(mrmrs->lineEdit())->characterCount(), QStringLiteral("Dr."));
    QCOMPARE(person->document()->working().value(QLatin1String("Mrmrs")).toString(),
             QStringLiteral("Dr."));
    QVERIFY(person->isModified());
    QVERIFY(saveEnabled());
    QCOMPARE(person->document()->undoStack()->count(), 1);

    // A suggestion picked from the list is still a step of its own.
    QTRY_VERIFY(mrmrs->count() > 1);
    mrmrs->setFocus();
    QTest::keyClick(mrmrs, Qt::Key_Down);
    const QString picked = mrmrs->currentText();
    QCOMPARE(person->document()->working().value(QLatin1String("Mrmrs")).toString(), picked);
    QCOMPARE(person->document()->undoStack()->count(), 2);
}

void TestAccessibleEdits::everyTextFieldOfTheFormRecordsIt()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QUndoStack *undo = editor->document()->undoStack();
    int checked = 0;
    for (QLineEdit *line : editor->findChildren<QLineEdit *>()) {
        // The form's fields: not the persons filter, not a date's own spin box text.
        if (!line->isVisibleTo(editor) || line->isReadOnly() || !line->isEnabled() ||
            line->objectName() == QLatin1String("personsFilter") ||
            line->objectName() == QLatin1String("qt_spinbox_lineedit"))
            continue;
        const QString what = line->objectName().isEmpty() && line->parentWidget()
                                 ? line->parentWidget()->objectName()
                                 : line->objectName();
        const QJsonObject before = editor->document()->working();
        const int steps = undo->index();
        const QString value =
            line->text() == QLatin1String("7") ? QStringLiteral("8") : QStringLiteral("7");
        editable(line)->replaceText(0, readable(line)->characterCount(), value);
        QVERIFY2(editor->document()->working() != before, qPrintable(what));
        QVERIFY2(undo->index() == steps + 1, qPrintable(what));
        QVERIFY2(saveEnabled(), qPrintable(what));
        // Each field's edit is a step of its own, as leaving a field ends typing.
        editor->document()->breakMerge();
        undo->undo();
        QVERIFY2(editor->document()->working() == before, qPrintable(what));
        ++checked;
    }
    // Name, department, org. number, numbers, the address's fields, domains, Mr/Mrs-like
    // choices and custom text fields: many, whatever the layout.
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
}

void TestAccessibleEdits::readOnlyFieldTakesNoEdit()
{
    m_window.reset();
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("viewer"));
    QVERIFY(m_window);
    ContactEditor *editor = open(3);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    QVERIFY(name->isReadOnly());
    QAccessible::queryAccessibleInterface(name)->setText(QAccessible::Value,
                                                         QStringLiteral("Not mine to change"));
    QVERIFY(editor->document()->entity().name() != QStringLiteral("Not mine to change"));
    QVERIFY(!editor->isModified());
}

void TestAccessibleEdits::loadsAreNotEdits()
{
    // A name longer than the field's limit (219) is shown cut; the cut is no edit.
    const QString longName = QString(300, QLatin1Char('N'));
    QCOMPARE(m_sandbox.touchContact(3, QJsonObject{{QStringLiteral("Name"), longName}})
                 .value(QLatin1String("Name"))
                 .toString(),
             longName);
    ContactEditor *editor = open(3);
    QVERIFY(editor);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->document()->undoStack()->count(), 0);
    QCOMPARE(editor->document()->entity().name(), longName);
    QVERIFY(!saveEnabled());

    // Undo, redo and the server's answer put text in the fields too: none of it is an edit.
    // (The sandbox refuses a name over the limit: a short one for the save.)
    editor->document()->setValue(JsonPath("Name"), QStringLiteral("Short AS"));
    editor->document()->breakMerge();
    QLineEdit *department = editor->findChild<QLineEdit *>(QStringLiteral("Department"));
    department->setFocus();
    department->selectAll();
    QTest::keyClicks(department, QStringLiteral("Typed"));
    QTest::keyClick(department, Qt::Key_Tab);
    QUndoStack *undo = editor->document()->undoStack();
    QCOMPARE(undo->count(), 2);
    undo->undo();
    undo->undo();
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->index(), 0);
    QVERIFY(!editor->isModified());
    undo->redo();
    undo->redo();
    QCOMPARE(undo->count(), 2);
    QSignalSpy saved(editor->session(), &ContactSession::saved);
    QVERIFY(editor->save());
    QVERIFY(saved.wait(15000));
    QVERIFY(!editor->isModified());
    QVERIFY(!saveEnabled());
    QCOMPARE(UiTest::serverCopy(m_sandbox, 3).value(QLatin1String("Department")).toString(),
             QStringLiteral("Typed"));
}

QTEST_MAIN(TestAccessibleEdits)
#include "tst_accessibleedits.moc"
