#include "addresssection.h"
#include "classificationsection.h"
#include "communicationsection.h"
#include "customfieldmodel.h"
#include "customfieldssection.h"
#include "customfieldvalue.h"
#include "descriptionsection.h"
#include "elementlisteditor.h"
#include "entityelementlistmodel.h"
#include "identitysection.h"
#include "interestssection.h"
#include "messagebox.h"
#include "personssection.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTextDocument>
#include <QtTest>
#include <QUndoStack>

// The editor window against contact-sandbox as the full-rights demo user: find and open a
// company, edit every section with the keyboard and mouse, undo and redo through the window's
// shortcuts, save and read the server's copy back, close with unsaved changes, and markup in a
// company name shown as the characters it holds.
class TestEditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void findAndOpen();
    void editIdentity();
    void pickCategory();
    void phonesAddEditRemoveMove();
    void emailProblemShownWhileTyping();
    void editAddress();
    void interestAndNoMailing();
    void editDescription();
    void customFieldOfEachType();
    void listCustomFieldWithoutChoiceIsNotANumber();
    void undoAndRedoThroughShortcuts();
    void saveKeepsPlaceAndTakesServerAnswer();
    void closingModifiedAsks();
    void markupIsShownAsCharacters();

private:
    ContactEditor *open(int contactId);
    // Ctrl+S where the user is, then waits for the server's answer.
    bool saveWithShortcut(ContactEditor *editor);
    template <typename T> T *field(ContactEditor *editor, const QString &name)
    {
        return editor->findChild<T *>(name);
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditorWindow::initTestCase()
{
    UiTest::isolateSettings();
    // Numbers and dates typed below are in this locale's notation.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestEditorWindow::init()
{
    m_sandbox.reset();
    m_sandbox.clearFaults();
    MessageBox::setNextAnswers({});
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
    QVERIFY(m_window->connectionText().contains(QLatin1String("Dana Demo")));
}

void TestEditorWindow::cleanup()
{
    m_window.reset();
}

ContactEditor *TestEditorWindow::open(int contactId)
{
    return UiTest::openAndWait(m_window.get(), contactId);
}

bool TestEditorWindow::saveWithShortcut(ContactEditor *editor)
{
    QSignalSpy saved(editor->session(), &ContactSession::saved);
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    return saved.count() == 1 || saved.wait(15000);
}

void TestEditorWindow::findAndOpen()
{
    QLineEdit *search = m_window->searchPanel()->searchEdit();
    QListView *results = m_window->searchPanel()->resultsView();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Nordl"));
    // Debounced: nothing is asked until the typing pauses, then one row comes back.
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QString row = results->model()->index(0, 0).data().toString();
    // The name on the first line, department, city and org. number under it.
    QCOMPARE(row.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY2(row.contains(QLatin1String("821035031")), qPrintable(row)); // org. number
    QVERIFY2(row.contains(QStringLiteral("ÅLESUND")), qPrintable(row));  // city
    QCOMPARE(m_window->searchPanel()->statusText(), QStringLiteral("1 match(es)"));

    // Enter in the search box moves to the first match; Enter there opens it.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), results);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(m_window->currentEditor() && m_window->currentEditor()->document());
    auto *editor = qobject_cast<ContactEditor *>(m_window->currentEditor());
    QTRY_VERIFY(!editor->session()->isBusy());
    QCOMPARE(editor->contactId(), 1);
    QCOMPARE(m_window->tabs()->count(), 1);
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("Nordlys Konsulenter AS")));
    QCOMPARE(editor->section<IdentitySection>()->nameEdit()->text(),
             QStringLiteral("Nordlys Konsulenter AS"));
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("OrgNr"))->text(),
             QStringLiteral("821035031"));
    QCOMPARE(field<QLineEdit>(editor, QStringLiteral("Number2"))->text(),
             QStringLiteral("ERP-7000"));
    auto *comm = editor->section<CommunicationSection>();
    QCOMPARE(comm->editor(QStringLiteral("Phones"))->model()->rowCount(), 2);
    QCOMPARE(comm->editor(QStringLiteral("Phones"))->model()->index(0, 0).data().toString(),
             QStringLiteral("+47 70 42 55 50"));
    QCOMPARE(comm->domainsEdit()->text(), QStringLiteral("nordlyskonsulenter.no"));
    QCOMPARE(editor->section<PersonsSection>()->view()->model()->rowCount(), 20);
    QCOMPARE(editor->section<PersonsSection>()->title(), QStringLiteral("Persons (20)"));
    QVERIFY(editor->section<AddressSection>()->formattedText().contains(
        QLatin1String("Postboks 5540")));
    QVERIFY(editor->section<DescriptionSection>()->editor()->toPlainText().startsWith(
        QLatin1String("Met at the trade fair")));
    QVERIFY(!editor->isModified());

    // Opening it again (from Recent this time) switches to the tab rather than adding one.
    QListWidget *recent = m_window->searchPanel()->recentView();
    QTRY_COMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("Nordlys Konsulenter AS"));
    recent->setCurrentRow(0);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->count(), 1);
}

void TestEditorWindow::editIdentity()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    QLineEdit *department = field<QLineEdit>(editor, QStringLiteral("Department"));
    QLineEdit *number1 = field<QLineEdit>(editor, QStringLiteral("Number1"));
    QVERIFY(department && number1);

    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Vest"));
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Nordlys Konsulenter AS Vest"));
    // The title and tab follow the name as it is typed, marked modified.
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("* Nordlys Konsulenter AS Vest"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Nordlys Konsulenter AS Vest *")));

    department->setFocus();
    QTest::keyClicks(department, QStringLiteral("Sales"));
    number1->setFocus();
    number1->selectAll();
    QTest::keyClicks(number1, QStringLiteral("A-42"));
    QCOMPARE(editor->document()->entity().json().value(QLatin1String("Department")).toString(),
             QStringLiteral("Sales"));
    QVERIFY(editor->isModified());
    QVERIFY(m_window->action(QStringLiteral("save"))->isEnabled());

    QVERIFY(saveWithShortcut(editor));
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 1);
    QCOMPARE(server.value(QLatin1String("Name")).toString(),
             QStringLiteral("Nordlys Konsulenter AS Vest"));
    QCOMPARE(server.value(QLatin1String("Department")).toString(), QStringLiteral("Sales"));
    QCOMPARE(server.value(QLatin1String("Number1")).toString(), QStringLiteral("A-42"));
    QVERIFY(!editor->isModified());
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Nordlys Konsulenter AS Vest"));
    QVERIFY(!m_window->action(QStringLiteral("save"))->isEnabled());
}

void TestEditorWindow::pickCategory()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QComboBox *category =
        editor->section<ClassificationSection>()->picker(QStringLiteral("Category"));
    QVERIFY(category);
    // The list arrives from the server (MDO list "category"), with the current value chosen.
    QTRY_VERIFY(category->count() > 2);
    QCOMPARE(category->currentText(), QStringLiteral("Customer"));
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down);
    QCOMPARE(category->currentText(), QStringLiteral("Prospect"));
    const QJsonObject chosen =
        editor->document()->working().value(QLatin1String("Category")).toObject();
    QCOMPARE(chosen.value(QLatin1String("Id")).toInt(), 2);
    QCOMPARE(chosen.value(QLatin1String("Value")).toString(), QStringLiteral("Prospect"));
    QCOMPARE(editor->document()->undoStack()->undoText(), QStringLiteral("Change Category"));

    // The owner picker shows people by full name.
    QComboBox *owner =
        editor->section<ClassificationSection>()->picker(QStringLiteral("Associate"));
    QTRY_VERIFY(owner->findText(QStringLiteral("Ola Nordmann")) >= 0);

    QVERIFY(saveWithShortcut(editor));
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 1);
    QCOMPARE(server.value(QLatin1String("Category")).toObject().value(QLatin1String("Id")).toInt(),
             2);
    QCOMPARE(category->currentText(), QStringLiteral("Prospect"));
}

void TestEditorWindow::phonesAddEditRemoveMove()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    ElementListEditor *phones =
        editor->section<CommunicationSection>()->editor(QStringLiteral("Phones"));
    QTableView *view = phones->view();
    QAbstractItemModel *model = phones->model();
    QCOMPARE(model->rowCount(), 2);

    // Add: a new row opens its value for typing; Enter commits.
    QTest::mouseClick(UiTest::buttonNamed(phones, QStringLiteral("Add to Phones")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    QLineEdit *cell = nullptr;
    QTRY_VERIFY((cell = view->findChild<QLineEdit *>()) && cell->isVisible());
    QTest::keyClicks(cell, QStringLiteral("+47 22 33 44 55"));
    QTest::keyClick(cell, Qt::Key_Return);
    // The delegate commits from the event loop, after the editor has seen the key.
    QTRY_COMPARE(model->index(2, EntityElementListModel::ValueColumn).data().toString(),
                 QStringLiteral("+47 22 33 44 55"));

    // Edit its description with F2.
    view->setFocus();
    view->setCurrentIndex(model->index(2, EntityElementListModel::DescriptionColumn));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY((cell = view->findChild<QLineEdit *>()) && cell->isVisible());
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("Mobile"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(model->index(2, EntityElementListModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Mobile"));

    // Remove the second ("Support").
    view->setCurrentIndex(model->index(1, 0));
    QTest::mouseClick(UiTest::buttonNamed(phones, QStringLiteral("Remove from Phones")),
                      Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("+47 22 33 44 55"));

    // Move the new one up to the top; the selection follows it.
    QCOMPARE(view->currentIndex().row(), 1);
    QAbstractButton *up = UiTest::buttonNamed(phones, QStringLiteral("Move up in Phones"));
    QVERIFY(up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!up->isEnabled()); // already first
    QCOMPARE(editor->document()->undoStack()->undoText(), QStringLiteral("Move Phone"));

    QVERIFY(saveWithShortcut(editor));
    const QJsonArray server =
        UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("Phones")).toArray();
    QCOMPARE(server.size(), 2);
    QCOMPARE(server.at(0).toObject().value(QLatin1String("Value")).toString(),
             QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(server.at(0).toObject().value(QLatin1String("Description")).toString(),
             QStringLiteral("Mobile"));
    QCOMPARE(server.at(1).toObject().value(QLatin1String("Value")).toString(),
             QStringLiteral("+47 70 42 55 50"));
}

void TestEditorWindow::emailProblemShownWhileTyping()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    ElementListEditor *emails =
        editor->section<CommunicationSection>()->editor(QStringLiteral("Emails"));
    QCOMPARE(emails->problemText(), QString());
    QTest::mouseClick(UiTest::buttonNamed(emails, QStringLiteral("Add to E-mail addresses")),
                      Qt::LeftButton);
    QLineEdit *cell = nullptr;
    QTRY_VERIFY((cell = emails->view()->findChild<QLineEdit *>()) && cell->isVisible());
    QTest::keyClicks(cell, QStringLiteral("ola@"));
    // Before the entry is committed, under the list.
    QVERIFY2(emails->problemText().contains(QLatin1String("Not a valid e-mail address")),
             qPrintable(emails->problemText()));
    QTest::keyClicks(cell, QStringLiteral("nordlys.no"));
    QCOMPARE(emails->problemText(), QString());
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(emails->model()->index(2, 0).data().toString(), QStringLiteral("ola@nordlys.no"));

    // A bad address that is committed stays listed with its value until it is fixed.
    emails->view()->setFocus();
    emails->view()->setCurrentIndex(emails->model()->index(2, 0));
    QTest::keyClick(emails->view(), Qt::Key_F2);
    QTRY_VERIFY((cell = emails->view()->findChild<QLineEdit *>()) && cell->isVisible());
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("ola at nordlys"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(emails->model()->index(2, 0).data().toString(), QStringLiteral("ola at nordlys"));
    QVERIFY2(
        emails->problemText().contains(QLatin1String("ola at nordlys: Not a valid e-mail address")),
        qPrintable(emails->problemText()));
    QCOMPARE(emails->model()->index(2, 0).data(Qt::ToolTipRole).toString(),
             EntityElementListModel::validate(EntityElementListModel::Kind::Email,
                                              QStringLiteral("ola at nordlys")));
}

void TestEditorWindow::editAddress()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    auto *address = editor->section<AddressSection>();
    QLineEdit *street = address->editor(Address::Part::StreetAddress1);
    QVERIFY(street);
    QCOMPARE(street->text(), QStringLiteral("Grensen 99"));
    QVERIFY(!street->accessibleName().isEmpty());
    street->setFocus();
    street->selectAll();
    QTest::keyClicks(street, QStringLiteral("Storgata 1"));
    QCOMPARE(editor->document()->entity().address().value(Address::Part::StreetAddress1),
             QStringLiteral("Storgata 1"));
    // The preview is composed from what was typed.
    QVERIFY2(address->formattedText().contains(QLatin1String("Storgata 1")),
             qPrintable(address->formattedText()));
    QCOMPARE(editor->document()->undoStack()->undoText(), QStringLiteral("Change address"));

    QVERIFY(saveWithShortcut(editor));
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 1);
    QCOMPARE(Address(server.value(QLatin1String("Address")).toObject())
                 .value(Address::Part::StreetAddress1),
             QStringLiteral("Storgata 1"));
    QCOMPARE(address->editor(Address::Part::StreetAddress1)->text(), QStringLiteral("Storgata 1"));
}

void TestEditorWindow::interestAndNoMailing()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QListView *interests = editor->section<InterestsSection>()->view();
    QAbstractItemModel *model = interests->model();
    QVERIFY(model->rowCount() >= 10);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Golf"));
    QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Space toggles the current interest, as for any check box list.
    interests->setFocus();
    interests->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(interests, Qt::Key_Space);
    QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    QCheckBox *noMailing = field<QCheckBox>(editor, QStringLiteral("NoMailing"));
    QVERIFY(noMailing && !noMailing->isChecked());
    UiTest::clickCheckBox(noMailing);
    QVERIFY(noMailing->isChecked());
    QCOMPARE(editor->document()->working().value(QLatin1String("NoMailing")).toBool(), true);
    QCOMPARE(editor->document()->undoStack()->undoText(), QStringLiteral("Change No mailings"));

    QVERIFY(saveWithShortcut(editor));
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 1);
    QCOMPARE(server.value(QLatin1String("NoMailing")).toBool(), true);
    bool golf = false;
    for (const QJsonValue &v : server.value(QLatin1String("Interests")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("Name")).toString() == QLatin1String("Golf"))
            golf = o.value(QLatin1String("Selected")).toBool();
    }
    QVERIFY(golf);
    QVERIFY(noMailing->isChecked());
}

void TestEditorWindow::editDescription()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QPlainTextEdit *note = editor->section<DescriptionSection>()->editor();
    note->setFocus();
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" Called back."));
    const QString expected = QStringLiteral(
        "Met at the trade fair last spring.\nFollow up on the framework agreement. Called back.");
    QCOMPARE(editor->document()->entity().json().value(QLatin1String("Description")).toString(),
             expected);
    // Typing in one field is one step until focus leaves it.
    QCOMPARE(editor->document()->undoStack()->count(), 1);
    // Tab leaves the note (it does not insert a tab character).
    QTest::keyClick(note, Qt::Key_Tab);
    QVERIFY(!note->hasFocus());
    QCOMPARE(note->toPlainText(), expected);

    QVERIFY(saveWithShortcut(editor));
    QCOMPARE(UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("Description")).toString(),
             expected);
}

void TestEditorWindow::customFieldOfEachType()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    auto *custom = editor->section<CustomFieldsSection>();
    QVERIFY(custom->isVisible());
    // The tenant's definitions come after sign-in; the section is rebuilt from them.
    QTRY_VERIFY(custom->model()->definition(QStringLiteral("SuperOffice:2")));
    auto *text = qobject_cast<QLineEdit *>(custom->editor(QStringLiteral("SuperOffice:1")));
    auto *list = qobject_cast<QComboBox *>(custom->editor(QStringLiteral("SuperOffice:2")));
    auto *date = qobject_cast<QDateEdit *>(custom->editor(QStringLiteral("SuperOffice:3")));
    auto *flag = qobject_cast<QCheckBox *>(custom->editor(QStringLiteral("SuperOffice:4")));
    auto *decimal = qobject_cast<QLineEdit *>(custom->editor(QStringLiteral("SuperOffice:5")));
    QVERIFY(text && list && date && flag && decimal);

    // Loaded in each type's form.
    QCOMPARE(list->currentText(), QStringLiteral("Bronze"));
    QCOMPARE(date->date(), QDate(2016, 10, 3));
    QVERIFY(flag->isChecked());
    QCOMPARE(decimal->text(), QStringLiteral("2,887.85"));
    QVERIFY(decimal->validator());
    // A picker over the tenant's list (tst_customfields chooses from it).
    QVERIFY(list->isEnabled());

    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Gold partner"));
    decimal->setFocus();
    decimal->selectAll();
    QTest::keyClicks(decimal, QStringLiteral("1234.5x")); // the validator drops the letter
    QCOMPARE(decimal->text(), QStringLiteral("1234.5"));
    date->setFocus();
    const QDate before = date->date();
    QTest::keyClick(date, Qt::Key_Up);
    QVERIFY(date->date() != before);
    const QDate chosen = date->date();
    UiTest::clickCheckBox(flag);
    QVERIFY(!flag->isChecked());

    CustomFieldModel *model = custom->model();
    QCOMPARE(model->value(QStringLiteral("SuperOffice:1")).value().toString(),
             QStringLiteral("Gold partner"));
    QCOMPARE(model->value(QStringLiteral("SuperOffice:5")).value().toDouble(), 1234.5);
    QCOMPARE(model->value(QStringLiteral("SuperOffice:3")).value().toDate(), chosen);
    QCOMPARE(model->value(QStringLiteral("SuperOffice:4")).value().toBool(), false);

    QVERIFY(saveWithShortcut(editor));
    const QJsonObject server =
        UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("CustomFields")).toObject();
    auto wire = [&](const char *key) {
        return CustomFieldValue::decode(server.value(QLatin1String(key)).toString()).value();
    };
    QCOMPARE(wire("SuperOffice:1").toString(), QStringLiteral("Gold partner"));
    QCOMPARE(wire("SuperOffice:5").toDouble(), 1234.5);
    QCOMPARE(wire("SuperOffice:3").toDate(), chosen);
    QCOMPARE(wire("SuperOffice:4").toBool(), false);
    QCOMPARE(server.value(QLatin1String("SuperOffice:2")).toString(), QStringLiteral("[I:1]"));
}

void TestEditorWindow::listCustomFieldWithoutChoiceIsNotANumber()
{
    // Company 2 has nothing chosen in the list field ("[I:0]" with an empty display text): it is
    // still a list, not a number to type a list id into.
    ContactEditor *editor = open(2);
    QVERIFY(editor);
    auto *custom = editor->section<CustomFieldsSection>();
    QTRY_VERIFY(custom->model()->definition(QStringLiteral("SuperOffice:2")));
    QWidget *list = custom->editor(QStringLiteral("SuperOffice:2"));
    QVERIFY(list);
    QVERIFY2(qobject_cast<QComboBox *>(list), list->metaObject()->className());
    QCOMPARE(qobject_cast<QComboBox *>(list)->currentIndex(), 0); // "(none)"
}

void TestEditorWindow::undoAndRedoThroughShortcuts()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QUndoStack *stack = editor->document()->undoStack();
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    QLineEdit *department = field<QLineEdit>(editor, QStringLiteral("Department"));
    QAction *undo = m_window->action(QStringLiteral("undo"));
    QAction *redo = m_window->action(QStringLiteral("redo"));
    QVERIFY(!undo->isEnabled());

    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Nord"));
    department->setFocus(); // leaving the field ends the step
    QTest::keyClicks(department, QStringLiteral("IT"));
    QCOMPARE(stack->count(), 2);
    // The Edit menu names the step that Ctrl+Z would undo.
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change Department"));
    QVERIFY(undo->isEnabled());

    // Ctrl+Z in the focused field undoes the document's step, not only the field's own text.
    UiTest::pressKeys(m_window.get(), QKeySequence::Undo);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(department->text(), QString());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change Name"));
    QCOMPARE(redo->text(), QStringLiteral("&Redo Change Department"));
    UiTest::pressKeys(m_window.get(), QKeySequence::Undo);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(name->text(), QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY(!editor->isModified());
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Nordlys Konsulenter AS"));

    // Ctrl+Shift+Z redoes both.
    UiTest::pressKeys(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(stack->index(), 1);
    QCOMPARE(name->text(), QStringLiteral("Nordlys Konsulenter AS Nord"));
    UiTest::pressKeys(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(stack->index(), 2);
    QCOMPARE(department->text(), QStringLiteral("IT"));
    QCOMPARE(stack->count(), 2); // nothing new was pushed by the shortcuts
    QVERIFY(editor->isModified());
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("* Nordlys Konsulenter AS Nord"));

    // Each open company has its own history: the Edit menu follows the current tab.
    ContactEditor *other = open(2);
    QVERIFY(other);
    QVERIFY(!undo->isEnabled());
    m_window->tabs()->setCurrentWidget(editor);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change Department"));
}

void TestEditorWindow::saveKeepsPlaceAndTakesServerAnswer()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    const QString updatedBefore =
        editor->document()->base().json().value(QLatin1String("UpdatedDate")).toString();
    QLineEdit *department = field<QLineEdit>(editor, QStringLiteral("Department"));
    department->setFocus();
    QTest::keyClicks(department, QStringLiteral("Nord"));
    QVERIFY(saveWithShortcut(editor));
    // The server's answer is the new base: a new UpdatedDate, shown in the record section, and
    // the field the user was in still has focus.
    const QString updatedAfter =
        editor->document()->base().json().value(QLatin1String("UpdatedDate")).toString();
    QVERIFY(updatedAfter != updatedBefore);
    QVERIFY(department->hasFocus());
    QCOMPARE(department->text(), QStringLiteral("Nord"));
    QCOMPARE(UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("UpdatedDate")).toString(),
             updatedAfter);
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("Updated"))
                ->text()
                .contains(QLatin1String("Dana Demo")));

    // A new company gets its id from the save.
    ContactEditor *created = m_window->newContact();
    QTRY_VERIFY(created->document() && !created->session()->isBusy());
    QVERIFY(created->document()->entity().isNew());
    QLineEdit *name = created->section<IdentitySection>()->nameEdit();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Fresh Start AS"));
    QVERIFY(saveWithShortcut(created));
    QVERIFY(created->contactId() > 25);
    QCOMPARE(
        UiTest::serverCopy(m_sandbox, created->contactId()).value(QLatin1String("Name")).toString(),
        QStringLiteral("Fresh Start AS"));
    QCOMPARE(created->findChild<QLabel *>(QStringLiteral("ContactId"))->text(),
             QString::number(created->contactId()));
}

void TestEditorWindow::closingModifiedAsks()
{
    ContactEditor *editor = open(1);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("X"));
    QVERIFY(editor->isModified());

    // Cancel keeps the company open with its change.
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    UiTest::pressKeys(m_window.get(), QKeySequence::Close);
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Save the changes to")));
    // The pre-answered question is answered from the event loop: let that turn come first.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] { answered = true; });
    QTRY_VERIFY(answered);
    QCOMPARE(m_window->editors().size(), 1);
    QVERIFY(editor->isModified());

    // Discard closes it without saving.
    MessageBox::setNextAnswers({QMessageBox::Discard});
    m_window->closeEditor(editor);
    QTRY_COMPARE(m_window->editors().size(), 0);
    QCOMPARE(UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("Name")).toString(),
             QStringLiteral("Nordlys Konsulenter AS"));

    // Save closes it once the server has it.
    editor = open(2);
    QVERIFY(editor);
    name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" II"));
    MessageBox::setNextAnswers({QMessageBox::Save});
    m_window->closeEditor(editor);
    QTRY_COMPARE(m_window->editors().size(), 0);
    QCOMPARE(UiTest::serverCopy(m_sandbox, 2).value(QLatin1String("Name")).toString(),
             QStringLiteral("Bjørge Lakkeri AS II"));

    // An unmodified company closes without a question.
    editor = open(3);
    QVERIFY(editor);
    const QString asked = MessageBox::lastText();
    m_window->closeEditor(editor);
    QCOMPARE(m_window->editors().size(), 0);
    QCOMPARE(MessageBox::lastText(), asked);
}

void TestEditorWindow::markupIsShownAsCharacters()
{
    const QString markup = QStringLiteral("<b>x</b><img src=http://example.com/a.png>");
    ContactEditor *editor = open(4);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, markup);
    QVERIFY(saveWithShortcut(editor));
    QCOMPARE(UiTest::serverCopy(m_sandbox, 4).value(QLatin1String("Name")).toString(), markup);

    // Closed and found again by searching, so every view shows the name as it came from the
    // server.
    m_window->closeEditor(editor);
    QTRY_COMPARE(m_window->editors().size(), 0);
    QLineEdit *search = m_window->searchPanel()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("<b>"));
    QListView *results = m_window->searchPanel()->resultsView();
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QModelIndex row = results->model()->index(0, 0);
    QCOMPARE(row.data().toString().section(QLatin1Char('\n'), 0, 0), markup);
    // Item views paint their text as it is; their tooltips would be read as rich text.
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QTextDocument shown;
    if (Qt::mightBeRichText(tip))
        shown.setHtml(tip);
    else
        shown.setPlainText(tip);
    QCOMPARE(shown.toPlainText(), markup);

    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(m_window->currentEditor() && m_window->currentEditor()->document());
    editor = qobject_cast<ContactEditor *>(m_window->currentEditor());
    QCOMPARE(editor->section<IdentitySection>()->nameEdit()->text(), markup);
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), markup);
    QVERIFY(m_window->windowTitle().startsWith(markup));
    QCOMPARE(m_window->searchPanel()->recentView()->item(0)->text(), markup);

    // No label anywhere in the window may interpret server text as rich text.
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QVERIFY(labels.size() > 10);
    for (QLabel *label : labels) {
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        QVERIFY2(!rich,
                 qPrintable(QStringLiteral("%1 \"%2\"").arg(label->objectName(), label->text())));
    }
    // The modified-marker and banners use the name too: a duplicate warning for a new company
    // with this name lists it as characters.
    ContactEditor *created = m_window->newContact();
    QTRY_VERIFY(created->document() && !created->session()->isBusy());
    QLineEdit *newName = created->section<IdentitySection>()->nameEdit();
    QTRY_VERIFY(newName->hasFocus());
    QTest::keyClicks(newName, markup);
    QTest::keyClick(newName, Qt::Key_Tab);
    QTRY_VERIFY(created->banner()->isVisible());
    QVERIFY(created->banner()->text().contains(markup));
    QVERIFY(UiTest::button(created->banner(), QStringLiteral("Open ") + markup));
    for (QLabel *label : created->banner()->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
