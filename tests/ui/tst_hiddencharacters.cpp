#include "conflictdialog.h"
#include "displaytext.h"
#include "identitysection.h"
#include "messagebox.h"
#include "personeditor.h"
#include "personidentitysection.h"
#include "personssection.h"
#include "persontablemodel.h"
#include "reviewdialog.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRadioButton>
#include <QTableView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>
#include <QUndoStack>

// Issue 14, defect 4: a name holding a right-to-left override (U+202E) showed reversed in the
// field, the tab and the Recent list, and a NUL cut it short. Everywhere the window shows a
// server's name as a label, title or list item it shows such characters as U+FFFD (and isolates
// right-to-left names from the text around them); the field keeps the real value, says what it
// holds and offers to remove them; open and save leave the stored name byte for byte as it was.
class TestHiddenCharacters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void displayText();
    void displayTextReadsOnlyWhatItShows();
    void nameShownSafelyAndSavedUnchanged();
    void fieldOffersToRemoveThem();
    void bannersAndDialogsShowThemSafely();
    void personNameInTableAndTab();
    void rightToLeftNameIsIsolated();

private:
    // "Zq ‮exe.nosrep‬ X<NUL>Y": shows as "Zq X" followed by "person.exe" reversed into place,
    // or as "Zq " alone where a NUL ends the text.
    static QString spoof();
    static QString shown();
    ContactEditor *openWithName(int contactId, const QString &name);
    bool save(EntityEditor *editor);

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

QString TestHiddenCharacters::spoof()
{
    return QStringLiteral("Zq ") + QChar(0x202e) + QStringLiteral("exe.nosrep") + QChar(0x202c) +
           QStringLiteral(" X") + QChar(0) + QStringLiteral("Y");
}

QString TestHiddenCharacters::shown()
{
    const QChar mark(0xfffd);
    return QStringLiteral("Zq ") + mark + QStringLiteral("exe.nosrep") + mark +
           QStringLiteral(" X") + mark + QStringLiteral("Y");
}

void TestHiddenCharacters::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestHiddenCharacters::init()
{
    m_sandbox.reset();
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
}

void TestHiddenCharacters::cleanup()
{
    m_window.reset();
}

ContactEditor *TestHiddenCharacters::openWithName(int contactId, const QString &name)
{
    const QJsonObject stored =
        m_sandbox.touchContact(contactId, QJsonObject{{QStringLiteral("Name"), name}});
    if (stored.value(QLatin1String("Name")).toString() != name)
        return nullptr;
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), contactId);
    return editor && editor->hasForm() ? editor : nullptr;
}

bool TestHiddenCharacters::save(EntityEditor *editor)
{
    QSignalSpy saved(editor->session(), &EntitySession::saved);
    return editor->save() && (saved.count() == 1 || saved.wait(15000));
}

void TestHiddenCharacters::displayText()
{
    using namespace DisplayText;
    QCOMPARE(line(spoof()), shown());
    QVERIFY(hasHiddenCharacters(spoof()));
    QVERIFY(!hasHiddenCharacters(QStringLiteral("Nordlys Konsulenter AS")));
    QCOMPARE(withoutHiddenCharacters(spoof()), QStringLiteral("Zq exe.nosrep XY"));
    // Plain names are shown as they are.
    for (const QString &name :
         {QStringLiteral("Nordlys Konsulenter AS"), QStringLiteral("Bjørge & Sønner <b>"),
          QStringLiteral("株式会社"), QStringLiteral("Café 🍰 GmbH")})
        QCOMPARE(line(name), name);
    // Every bidi embedding, override and isolate, and line breaks in a line.
    for (char16_t c :
         {u'\u202a', u'\u202b', u'\u202c', u'\u202d', u'\u202e', u'\u2066', u'\u2067', u'\u2068',
          u'\u2069', u'\u2028', u'\u2029', u'\n', u'\r', u'\t', u'\x7f', u'\x85'}) {
        const QString text = QStringLiteral("a") + QChar(c) + QStringLiteral("b");
        QCOMPARE(line(text), QStringLiteral("a\uFFFDb"));
        QVERIFY(hasHiddenCharacters(text));
    }
    // Half a surrogate pair is no character.
    QCOMPARE(line(QStringLiteral("a") + QChar(0xd83c) + QStringLiteral("b")),
             QStringLiteral("a\uFFFDb"));
    // A block keeps its line breaks (CR LF as one).
    QCOMPARE(block(QStringLiteral("one\r\ntwo\rthree\nfour\tfive") + QChar(0x202e)),
             QStringLiteral("one\ntwo\nthree\nfour\tfive\uFFFD"));
    // Right-to-left letters are isolated from what is around them; the marks are not hidden
    // characters of the name.
    const QString hebrew = QStringLiteral("שלום בע״מ");
    QCOMPARE(line(hebrew), QStringLiteral("\u2068") + hebrew + QStringLiteral("\u2069"));
    QVERIFY(!hasHiddenCharacters(hebrew));
    // Cut to the length asked for.
    QCOMPARE(line(QString(300, QLatin1Char('x')), 10), QString(10, QLatin1Char('x')) + u'…');
    QCOMPARE(line(QString(kLineLength, QLatin1Char('x'))), QString(kLineLength, QLatin1Char('x')));
    // Never between the halves of a pair.
    const QString cake = QStringLiteral("🍰🍰🍰");
    QCOMPARE(line(cake, 3), QStringLiteral("🍰🍰…"));
}

void TestHiddenCharacters::displayTextReadsOnlyWhatItShows()
{
    // A name of megabytes costs what a label shows: the result is bounded.
    QString huge(20 * 1000 * 1000, QLatin1Char('x'));
    huge[5] = QChar(0x202e);
    const QString one = DisplayText::line(huge);
    QCOMPARE(one.size(), DisplayText::kLineLength + 1);
    QCOMPARE(one.at(5), QChar(0xfffd));
    QCOMPARE(DisplayText::block(huge).size(), DisplayText::kBlockLength + 1);
}

void TestHiddenCharacters::nameShownSafelyAndSavedUnchanged()
{
    const QString name = spoof();
    QVERIFY(!m_sandbox.touchContact(3, QJsonObject{{QStringLiteral("Name"), name}}).isEmpty());
    QCOMPARE(UiTest::serverCopy(m_sandbox, 3).value(QLatin1String("Name")).toString(), name);

    // Search results.
    QLineEdit *search = m_window->searchPanel()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Zq"));
    QListView *results = m_window->searchPanel()->resultsView();
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QModelIndex row = results->model()->index(0, 0);
    QCOMPARE(row.data().toString().section(QLatin1Char('\n'), 0, 0), shown());
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), shown());

    // Opened: the tab, its tooltip, the window title and the Recent list.
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(m_window->currentEditor() && m_window->currentEditor()->document());
    auto *editor = qobject_cast<ContactEditor *>(m_window->currentEditor());
    QTRY_VERIFY(!editor->session()->isBusy());
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->currentIndex()), shown());
    QCOMPARE(tabs->tabToolTip(tabs->currentIndex()), shown());
    QCOMPARE(m_window->windowTitle(), shown() + QStringLiteral(" — Contact Editor"));
    QTRY_VERIFY(m_window->searchPanel()->recentView()->count() > 0);
    QCOMPARE(m_window->searchPanel()->recentView()->item(0)->text(), shown());

    // The field holds the real value, for the user to fix.
    QLineEdit *nameEdit = editor->section<IdentitySection>()->nameEdit();
    QCOMPARE(nameEdit->text(), name);
    QVERIFY(!editor->isModified());
    m_window->grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/hidden-characters.png"));

    // Another field changed and saved: the name goes back as it came, byte for byte.
    QLineEdit *department = editor->findChild<QLineEdit *>(QStringLiteral("Department"));
    department->setFocus();
    department->selectAll();
    QTest::keyClicks(department, QStringLiteral("Spoofed"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("* ") + shown());
    QCOMPARE(m_window->windowTitle(), shown() + QStringLiteral(" * — Contact Editor"));
    QVERIFY(save(editor));
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 3);
    QCOMPARE(server.value(QLatin1String("Department")).toString(), QStringLiteral("Spoofed"));
    QCOMPARE(server.value(QLatin1String("Name")).toString().toUtf8(), name.toUtf8());
    QCOMPARE(nameEdit->text(), name);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), shown());
}

void TestHiddenCharacters::fieldOffersToRemoveThem()
{
    ContactEditor *editor = openWithName(3, spoof());
    QVERIFY(editor);
    QLineEdit *nameEdit = editor->section<IdentitySection>()->nameEdit();
    auto *warning = nameEdit->findChild<QAction *>(QStringLiteral("hiddenCharacters"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    // The tooltip says what the field really holds.
    QVERIFY2(warning->toolTip().contains(shown()), qPrintable(warning->toolTip()));

    // One click removes them, as one step the window can undo.
    QUndoStack *undo = editor->document()->undoStack();
    const int steps = undo->count();
    warning->trigger();
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Zq exe.nosrep XY"));
    QCOMPARE(nameEdit->text(), QStringLiteral("Zq exe.nosrep XY"));
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(!warning->isVisible());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("* Zq exe.nosrep XY"));
    undo->undo();
    QCOMPARE(nameEdit->text(), spoof());
    QVERIFY(warning->isVisible());
    QVERIFY(!editor->isModified());
    // Fields without them have no warning.
    auto *department = editor->findChild<QLineEdit *>(QStringLiteral("Department"));
    auto *none = department->findChild<QAction *>(QStringLiteral("hiddenCharacters"));
    QVERIFY(!none || !none->isVisible());
}

void TestHiddenCharacters::bannersAndDialogsShowThemSafely()
{
    const QString name = spoof();
    // A new company named like an existing one: the duplicates banner lists the server's names.
    QVERIFY(!m_sandbox.touchContact(3, QJsonObject{{QStringLiteral("Name"), name}}).isEmpty());
    ContactEditor *created = m_window->newContact();
    QTRY_VERIFY(created->document() && !created->session()->isBusy());
    QLineEdit *newName = created->section<IdentitySection>()->nameEdit();
    // As a dictation tool would put it there (typing cannot enter a U+202E).
    newName->setText(name);
    QCOMPARE(created->document()->entity().name(), name);
    emit newName->editingFinished();
    QTRY_VERIFY(created->banner()->isVisible());
    QVERIFY2(created->banner()->text().contains(shown()), qPrintable(created->banner()->text()));
    QVERIFY(!created->banner()->text().contains(QChar(0x202e)));
    // The entry's name is the company's with its department.
    QVERIFY(UiTest::button(created->banner(),
                           QStringLiteral("Open ") + shown() + QStringLiteral(", Sales")));
    MessageBox::setNextAnswers({QMessageBox::Discard});
    m_window->closeEditor(created);
    QTRY_COMPARE(m_window->editors().size(), 0);

    ContactEditor *editor = openWithName(3, name);
    QVERIFY(editor);
    editor->document()->setValue(JsonPath("Department"),
                                 QString(QChar(0x202e)) + QStringLiteral("dlrow"));

    // The review dialog: its title, and the values before and after.
    ReviewDialog review({editor->session()}, m_window.get());
    QCOMPARE(review.windowTitle(), QStringLiteral("Review changes to ") + shown());
    auto *tree = review.findChild<QTreeWidget *>(QStringLiteral("changes"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("\uFFFDdlrow"));
    // Several companies: each one's row names it.
    ReviewDialog all({editor->session(), editor->session()}, m_window.get());
    auto *allTree = all.findChild<QTreeWidget *>(QStringLiteral("changes"));
    QCOMPARE(allTree->topLevelItem(0)->text(0), shown());

    // The merge dialog: the company, the field's values.
    ThreeWayMerge::Result merge;
    ThreeWayMerge::Conflict conflict;
    conflict.path = JsonPath("Department");
    conflict.label = QStringLiteral("Department");
    conflict.mineText = QString(QChar(0x202e)) + QStringLiteral("dlrow");
    conflict.theirsText = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    merge.conflicts.append(conflict);
    ConflictDialog dialog(editor->title(), merge, m_window.get());
    bool named = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(shown());
    QVERIFY(named);
    QCOMPARE(dialog.findChild<QRadioButton *>(QStringLiteral("mine0"))->text(),
             QStringLiteral("\uFFFDdlrow"));
    QCOMPARE(dialog.findChild<QRadioButton *>(QStringLiteral("theirs0"))->text(),
             QStringLiteral("a\uFFFDb"));
    // Nothing here changed the document's value.
    QCOMPARE(editor->document()->entity().name(), name);
}

void TestHiddenCharacters::personNameInTableAndTab()
{
    // Person 1 works at company 1.
    const QString first = QStringLiteral("Kari") + QChar(0x202e);
    const QJsonObject stored =
        m_sandbox.touchPerson(1, QJsonObject{{QStringLiteral("Firstname"), first}});
    QCOMPARE(stored.value(QLatin1String("Firstname")).toString(), first);
    ContactEditor *company = UiTest::openAndWait(m_window.get(), 1);
    QVERIFY(company);
    QTableView *table = company->section<PersonsSection>()->view();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    int found = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex cell = table->model()->index(r, PersonTableModel::NameColumn);
        const QString text = cell.data().toString();
        QVERIFY2(!text.contains(QChar(0x202e)), qPrintable(text));
        if (text.startsWith(QStringLiteral("Kari\uFFFD"))) {
            ++found;
            QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Kari\uFFFD")));
        }
    }
    QCOMPARE(found, 1);

    PersonEditor *person = m_window->openPerson(1);
    QVERIFY(person);
    QTRY_VERIFY(person->document() && !person->session()->isBusy());
    QTabWidget *tabs = m_window->tabs();
    QVERIFY2(tabs->tabText(tabs->indexOf(person)).startsWith(QStringLiteral("Kari\uFFFD")),
             qPrintable(tabs->tabText(tabs->indexOf(person))));
    QVERIFY(!tabs->tabToolTip(tabs->indexOf(person)).contains(QChar(0x202e)));
    QCOMPARE(
        person->section<PersonIdentitySection>()->lineEdit(QStringLiteral("Firstname"))->text(),
        first);
}

void TestHiddenCharacters::rightToLeftNameIsIsolated()
{
    // A Hebrew name before " (outbox)" or after "* " stays in its place.
    const QString hebrew = QStringLiteral("שלום בע״מ");
    ContactEditor *editor = openWithName(3, hebrew);
    QVERIFY(editor);
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->currentIndex()),
             QStringLiteral("\u2068") + hebrew + QStringLiteral("\u2069"));
    QCOMPARE(editor->section<IdentitySection>()->nameEdit()->text(), hebrew);
    auto *warning = editor->section<IdentitySection>()->nameEdit()->findChild<QAction *>(
        QStringLiteral("hiddenCharacters"));
    QVERIFY(!warning || !warning->isVisible());
}

QTEST_MAIN(TestHiddenCharacters)
#include "tst_hiddencharacters.moc"
