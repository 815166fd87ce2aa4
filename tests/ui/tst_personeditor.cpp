#include "communicationsection.h"
#include "elementlisteditor.h"
#include "entityelementlistmodel.h"
#include "messagebox.h"
#include "personeditor.h"
#include "personidentitysection.h"
#include "personssection.h"
#include "persontablemodel.h"
#include "rightsapplier.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>
#include <QUndoStack>

// Persons from the company card against contact-sandbox: open one from the company's persons
// table (Enter, double-click), edit and save it and see the table follow without reopening the
// company, add a new person, undo, the restricted user's person rights, and the table's filter
// and sorting.
class TestPersonEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openEditSaveShowsInCompanyTable();
    void doubleClickOpens();
    void newPersonOnline();
    void undoInPersonEditor();
    void restrictedUserRights();
    void tableFiltersAndSorts();

private:
    void signIn(const QString &user);
    ContactEditor *openCompany(int contactId);
    PersonsSection *persons(ContactEditor *editor);
    // The proxy row of the person with this id in the company's table; -1 when absent.
    int rowOf(PersonsSection *section, int personId) const;
    PersonEditor *waitForPersonTab();
    bool saveWithShortcut(EntityEditor *editor);

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestPersonEditor::initTestCase()
{
    UiTest::isolateSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestPersonEditor::init()
{
    m_sandbox.reset();
    m_sandbox.clearFaults();
    MessageBox::setNextAnswers({});
}

void TestPersonEditor::cleanup()
{
    m_window.reset();
}

void TestPersonEditor::signIn(const QString &user)
{
    m_window = UiTest::signedInWindow(m_sandbox, user);
    QVERIFY(m_window);
}

ContactEditor *TestPersonEditor::openCompany(int contactId)
{
    return UiTest::openAndWait(m_window.get(), contactId);
}

PersonsSection *TestPersonEditor::persons(ContactEditor *editor)
{
    return editor ? editor->section<PersonsSection>() : nullptr;
}

int TestPersonEditor::rowOf(PersonsSection *section, int personId) const
{
    QAbstractItemModel *model = section->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PersonTableModel::PersonIdRole).toInt() == personId)
            return row;
    }
    return -1;
}

PersonEditor *TestPersonEditor::waitForPersonTab()
{
    PersonEditor *editor = nullptr;
    const bool ready = QTest::qWaitFor(
        [&] {
            editor = qobject_cast<PersonEditor *>(m_window->currentEditor());
            return editor && editor->document() && !editor->session()->isBusy();
        },
        15000);
    return ready ? editor : nullptr;
}

bool TestPersonEditor::saveWithShortcut(EntityEditor *editor)
{
    QSignalSpy saved(editor->session(), &EntitySession::saved);
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    return saved.count() == 1 || saved.wait(15000);
}

void TestPersonEditor::openEditSaveShowsInCompanyTable()
{
    signIn(QStringLiteral("demo"));
    ContactEditor *company = openCompany(1);
    QVERIFY(company);
    PersonsSection *section = persons(company);
    QVERIFY(section && section->isVisible());
    QTableView *view = section->view();
    const int row = rowOf(section, 1);
    QVERIFY(row >= 0);

    // Enter on a selected row opens the person in a tab of its own.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    PersonEditor *person = waitForPersonTab();
    QVERIFY(person);
    QCOMPARE(person->personId(), 1);
    QCOMPARE(person->contactId(), 1);
    QCOMPARE(person->kind(), EntityKind::Person);
    // The tab names the person; its tooltip says it is a person, and of which company.
    const int tab = m_window->tabs()->indexOf(person);
    QCOMPARE(m_window->tabs()->tabText(tab), person->title());
    QVERIFY2(m_window->tabs()->tabToolTip(tab).contains(QLatin1String("Nordlys Konsulenter AS")),
             qPrintable(m_window->tabs()->tabToolTip(tab)));
    // Enrichment is a company's.
    QVERIFY(!m_window->action(QStringLiteral("enrich"))->isEnabled());

    auto *identity = person->section<PersonIdentitySection>();
    QVERIFY(identity);
    QCOMPARE(identity->companyLabel()->text(), QStringLiteral("Nordlys Konsulenter AS"));
    QLineEdit *title = identity->lineEdit(QStringLiteral("Title"));
    QVERIFY(title && title->isVisible() && !title->isReadOnly());
    QCOMPARE(title->accessibleName(), QStringLiteral("Title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Head of Sales"));
    QTest::keyClick(title, Qt::Key_Tab);

    ElementListEditor *office =
        person->section<CommunicationSection>()->editor(QStringLiteral("OfficePhones"));
    QVERIFY(office && office->isVisible());
    QAbstractItemModel *phones = office->model();
    const int before = phones->rowCount();
    QTest::mouseClick(UiTest::buttonNamed(office, QStringLiteral("Add to Office phones")),
                      Qt::LeftButton);
    QCOMPARE(phones->rowCount(), before + 1);
    QLineEdit *cell = nullptr;
    QTRY_VERIFY((cell = office->view()->findChild<QLineEdit *>()) && cell->isVisible());
    QTest::keyClicks(cell, QStringLiteral("+47 70 11 22 33"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(phones->index(before, EntityElementListModel::ValueColumn).data().toString(),
                 QStringLiteral("+47 70 11 22 33"));
    QVERIFY(person->isModified());
    QVERIFY(m_window->tabs()->tabText(tab).startsWith(QStringLiteral("* ")));

    QVERIFY(saveWithShortcut(person));
    QTRY_VERIFY(!person->isModified());
    QCOMPARE(person->document()->person().title(), QStringLiteral("Head of Sales"));

    // The company's table follows without reopening the company.
    QTRY_COMPARE(
        view->model()->index(rowOf(section, 1), PersonTableModel::TitleColumn).data().toString(),
        QStringLiteral("Head of Sales"));
    QVERIFY(!company->isModified());
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 1);
    bool found = false;
    for (const QJsonValue &p : server.value(QLatin1String("Persons")).toArray()) {
        if (p.toObject().value(QLatin1String("PersonId")).toInt() == 1) {
            found = true;
            QCOMPARE(p.toObject().value(QLatin1String("Title")).toString(),
                     QStringLiteral("Head of Sales"));
        }
    }
    QVERIFY(found);
}

void TestPersonEditor::doubleClickOpens()
{
    signIn(QStringLiteral("demo"));
    ContactEditor *company = openCompany(1);
    QVERIFY(company);
    PersonsSection *section = persons(company);
    QTableView *view = section->view();
    const int row = rowOf(section, 2);
    QVERIFY(row >= 0);
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QVERIFY(cell.isValid());
    // The Open button follows the selection.
    view->clearSelection();
    QVERIFY(!section->openButton()->isEnabled());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QVERIFY(section->openButton()->isEnabled());
    QCOMPARE(section->selectedPersonId(), 2);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    PersonEditor *person = waitForPersonTab();
    QVERIFY(person);
    QCOMPARE(person->personId(), 2);
    // Asking again shows the same tab.
    m_window->tabs()->setCurrentWidget(company);
    QTest::mouseClick(section->openButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->currentEditor(), static_cast<EntityEditor *>(person));
    QCOMPARE(m_window->editors().size(), 2);
}

void TestPersonEditor::newPersonOnline()
{
    signIn(QStringLiteral("demo"));
    ContactEditor *company = openCompany(2);
    QVERIFY(company);
    PersonsSection *section = persons(company);
    const int rowsBefore = section->view()->model()->rowCount();
    QVERIFY(section->newButton()->isEnabled());
    QCOMPARE(section->newButton()->accessibleName(), QStringLiteral("New person at this company"));
    // Ctrl+Shift+P on the company's tab.
    UiTest::pressKeys(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    PersonEditor *person = waitForPersonTab();
    QVERIFY(person);
    QVERIFY(person->document()->isNew());
    QCOMPARE(person->contactId(), 2);
    auto *identity = person->section<PersonIdentitySection>();
    QCOMPARE(identity->companyLabel()->text(), QStringLiteral("Bjørge Lakkeri AS"));
    QLineEdit *first = identity->lineEdit(QStringLiteral("Firstname"));
    QLineEdit *last = identity->lineEdit(QStringLiteral("Lastname"));
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Ingrid"));
    last->setFocus();
    QTest::keyClicks(last, QStringLiteral("Testesen"));
    QTRY_COMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(person)),
                 QStringLiteral("* Ingrid Testesen"));
    QVERIFY(saveWithShortcut(person));
    QTRY_VERIFY(person->personId() > 0);
    QVERIFY(!person->document()->isNew());

    // The company's table shows the new person.
    QTRY_COMPARE(section->view()->model()->rowCount(), rowsBefore + 1);
    QVERIFY(rowOf(section, person->personId()) >= 0);
    QVERIFY(!company->isModified());
}

void TestPersonEditor::undoInPersonEditor()
{
    signIn(QStringLiteral("demo"));
    PersonEditor *person = m_window->openPerson(3);
    QVERIFY(person);
    person = waitForPersonTab();
    QVERIFY(person);
    auto *identity = person->section<PersonIdentitySection>();
    QLineEdit *title = identity->lineEdit(QStringLiteral("Title"));
    const QString original = title->text();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Changed"));
    QTest::keyClick(title, Qt::Key_Tab);
    QCOMPARE(person->document()->person().title(), QStringLiteral("Changed"));
    QVERIFY(person->isModified());
    QVERIFY2(m_window->findChild<QAction *>(QStringLiteral("undo"))
                 ->text()
                 .contains(QLatin1String("Title")),
             qPrintable(m_window->findChild<QAction *>(QStringLiteral("undo"))->text()));

    // Ctrl+Z from inside the field undoes the document's step, not the line edit's typing.
    title->setFocus();
    UiTest::pressKeys(m_window.get(), QKeySequence::Undo);
    QCOMPARE(title->text(), original);
    QVERIFY(!person->isModified());
    UiTest::pressKeys(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(title->text(), QStringLiteral("Changed"));

    // Changing the company is one undoable step too.
    identity->setCompany(
        QJsonObject{{QStringLiteral("ContactId"), 2},
                    {QStringLiteral("Name"), QStringLiteral("Bjørge Lakkeri AS")}});
    QCOMPARE(identity->companyLabel()->text(), QStringLiteral("Bjørge Lakkeri AS"));
    QVERIFY(m_window->tabs()
                ->tabToolTip(m_window->tabs()->indexOf(person))
                .contains(QStringLiteral("Bjørge Lakkeri AS")));
    person->document()->undoStack()->undo();
    QCOMPARE(identity->companyLabel()->text(), QStringLiteral("Nordlys Konsulenter AS"));

    // Closing with changes asks; Discard drops them and the tab.
    MessageBox::setNextAnswers({QMessageBox::Discard});
    QTest::keySequence(m_window.get(), QKeySequence::Close);
    QTRY_VERIFY(!m_window->personEditorFor(3));
}

void TestPersonEditor::restrictedUserRights()
{
    signIn(QStringLiteral("restricted"));
    PersonEditor *person = m_window->openPerson(1);
    QVERIFY(person);
    person = waitForPersonTab();
    QVERIFY(person);
    auto *identity = person->section<PersonIdentitySection>();
    QLineEdit *first = identity->lineEdit(QStringLiteral("Firstname"));
    QLineEdit *title = identity->lineEdit(QStringLiteral("Title"));
    QLineEdit *number = identity->lineEdit(QStringLiteral("PersonNumber"));
    // Mandatory: marked on its caption and said to assistive technology.
    QVERIFY(first->property("mandatory").toBool());
    QLabel *caption = nullptr;
    for (QLabel *label : identity->findChildren<QLabel *>()) {
        if (label->buddy() == first)
            caption = label;
    }
    QVERIFY(caption);
    QVERIFY2(caption->text().endsWith(RightsApplier::mandatoryMarker()),
             qPrintable(caption->text()));
    QVERIFY(first->accessibleDescription().contains(QLatin1String("Required")));
    // Read-only with its reason.
    QVERIFY(title->isReadOnly());
    // The server's reason ([SR_RIGHTS_TITLE_LOCKED], translated by the sandbox).
    const QString reason = QStringLiteral("Only HR may change a person's title");
    QVERIFY2(title->toolTip().contains(reason), qPrintable(title->toolTip()));
    QVERIFY(title->accessibleDescription().contains(reason));
    // Hidden.
    QVERIFY(!number->isVisible());

    // A blank first name blocks the save and names the field, with the focus on it.
    first->setFocus();
    first->selectAll();
    QTest::keyClick(first, Qt::Key_Delete);
    QTest::keyClick(first, Qt::Key_Tab);
    QVERIFY(person->isModified());
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QTRY_VERIFY(person->banner()->isVisible());
    QCOMPARE(person->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(person->banner()->text().contains(QLatin1String("First name")),
             qPrintable(person->banner()->text()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(first));
    QVERIFY(person->isModified());
}

void TestPersonEditor::tableFiltersAndSorts()
{
    signIn(QStringLiteral("demo"));
    ContactEditor *company = openCompany(1);
    QVERIFY(company);
    PersonsSection *section = persons(company);
    QTableView *view = section->view();
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 20);
    QLineEdit *filter = section->filterEdit();
    QCOMPARE(filter->accessibleName(), QStringLiteral("Filter persons"));
    QVERIFY(!filter->placeholderText().isEmpty());

    // Ctrl+Shift+F reaches the filter.
    view->setFocus();
    UiTest::pressKeys(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
    const QString name = model->index(5, PersonTableModel::NameColumn).data().toString();
    QTest::keyClicks(filter, name);
    QTRY_VERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowCount() < 20);
    for (int row = 0; row < model->rowCount(); ++row) {
        bool matches = false;
        for (int column = 0; column < model->columnCount(); ++column)
            matches =
                matches ||
                model->index(row, column).data().toString().contains(name, Qt::CaseInsensitive);
        QVERIFY(matches);
    }
    filter->clear();
    QCOMPARE(model->rowCount(), 20);

    // Sorted by name; a click on the header turns the order round.
    auto names = [model] {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, PersonTableModel::NameColumn).data().toString());
        return out;
    };
    QStringList ascending = names();
    QStringList sorted = ascending;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(ascending, sorted);
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(PersonTableModel::NameColumn) + 5,
                             header->height() / 2));
    QStringList descending = names();
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
}

QTEST_MAIN(TestPersonEditor)
#include "tst_personeditor.moc"
