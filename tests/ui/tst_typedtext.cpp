#include "communicationsection.h"
#include "draftstore.h"
#include "elementlisteditor.h"
#include "entityelementlistmodel.h"
#include "uitestsupport.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

// Text still being typed is already part of the company: a save or a draft never misses the
// last characters of a field that has not lost focus yet.
class TestTypedText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void domainsWhileTyping();
    void listCellWhileTyping();

private:
    SandboxProcess m_sandbox;
};

void TestTypedText::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestTypedText::domainsWhileTyping()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 8);
    QVERIFY(editor);
    QLineEdit *domains = editor->section<CommunicationSection>()->domainsEdit();
    domains->setFocus();
    domains->end(false);
    QTest::keyClicks(domains, QStringLiteral(", typed.example"));
    QVERIFY(domains->hasFocus()); // still typing
    QVERIFY(editor->document()->entity().domains().contains(QStringLiteral("typed.example")));
    QVERIFY(editor->isModified());
    // And in the draft on disk.
    const auto draft = window->workspace()->drafts()->draft(editor->session()->draftId());
    QVERIFY(draft);
    QVERIFY(draft->working.value(QLatin1String("Domains"))
                .toArray()
                .contains(QStringLiteral("typed.example")));
}

void TestTypedText::listCellWhileTyping()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 9);
    QVERIFY(editor);
    ElementListEditor *phones =
        editor->section<CommunicationSection>()->editor(QStringLiteral("Phones"));
    QTableView *view = phones->view();
    const QModelIndex first = view->model()->index(0, EntityElementListModel::DescriptionColumn);
    view->setFocus();
    view->setCurrentIndex(first);
    view->edit(first);
    QLineEdit *cell = view->findChild<QLineEdit *>();
    QVERIFY(cell);
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("Night line"));
    QVERIFY(cell->isVisible()); // the cell editor is still open
    QCOMPARE(editor->document()->entity().phones().first().description(),
             QStringLiteral("Night line"));
    // One undo step for the whole word.
    QCOMPARE(editor->document()->undoStack()->count(), 1);
}

QTEST_MAIN(TestTypedText)
#include "tst_typedtext.moc"
