#include "connectivitymonitor.h"
#include "draftstore.h"
#include "messagebox.h"
#include "uitestsupport.h"
#include "unsentpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

#include "identitysection.h"

// The window offline and after a crash: edits go to the outbox and are sent when the server is
// back; drafts reopen as they were in a new window (in the Unsent changes panel); Enrich is off
// offline and says why.
class TestOfflineUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offlineSaveQueuesAndSendsWhenBack();
    void draftsReopenAfterACrash();
    void quitOfflineAnswerSaveQueuesAndCloses();
    void reconnectSendsOnlyTheOutbox();

private:
    SandboxProcess m_sandbox;
};

void TestOfflineUi::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestOfflineUi::init()
{
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.restart());
    m_sandbox.reset();
}

void TestOfflineUi::offlineSaveQueuesAndSendsWhenBack()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    window->workspace()->connectivity()->setProbeInterval(200);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 3);
    QVERIFY(editor);
    QVERIFY(window->action(QStringLiteral("enrich"))->isEnabled());

    m_sandbox.stop();
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Fjordkraft Offline AS"));
    UiTest::pressKeys(window.get(), QKeySequence::Save);
    // The server cannot be reached: the company waits in the outbox and the window says so.
    QTRY_COMPARE_WITH_TIMEOUT(editor->session()->draftState(), Draft::State::Queued, 15000);
    QVERIFY(!window->workspace()->connectivity()->isOnline());
    QVERIFY(window->tabs()
                ->tabText(window->tabs()->indexOf(editor))
                .contains(QStringLiteral("(outbox)")));
    auto *online = window->findChild<QLabel *>(QStringLiteral("online"));
    QVERIFY(online && online->isVisible() && online->text().startsWith(QStringLiteral("Offline")));
    auto *outbox = window->findChild<QPushButton *>(QStringLiteral("outboxButton"));
    QVERIFY(outbox && outbox->isVisible() && outbox->text().contains(QStringLiteral("1")));
    QVERIFY(editor->banner()->isVisible());
    QVERIFY(editor->banner()->text().contains(QStringLiteral("outbox")));
    // Enrichment needs the server.
    QAction *enrich = window->action(QStringLiteral("enrich"));
    QVERIFY(!enrich->isEnabled());
    QVERIFY(enrich->toolTip().contains(QStringLiteral("offline")));
    // Still editable offline.
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QCOMPARE(editor->document()->entity().name(), QStringLiteral("Fjordkraft Offline AS 2"));

    // The server comes back: the probe notices and the outbox is sent by itself.
    QVERIFY(m_sandbox.restart());
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace()->connectivity()->isOnline(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(editor->session()->draftState(), Draft::State::Editing, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 15000);
    QCOMPARE(UiTest::serverCopy(m_sandbox, 3).value(QLatin1String("Name")).toString(),
             QStringLiteral("Fjordkraft Offline AS 2"));
    QTRY_VERIFY(!outbox->isVisible());
}

void TestOfflineUi::draftsReopenAfterACrash()
{
    QJsonObject working;
    {
        std::unique_ptr<MainWindow> window =
            UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
        QVERIFY(window);
        ContactEditor *editor = UiTest::openAndWait(window.get(), 4);
        QVERIFY(editor);
        editor->document()->setValue(JsonPath("Department"),
                                     QStringLiteral("Not saved when it crashed"));
        editor->document()->removeElement(JsonPath("Phones"), 0);
        working = editor->document()->working();
        // No close, no questions: as if the process had died here.
        window->hide();
        window.release()->deleteLater();
    }
    QCoreApplication::processEvents();
    // A new window on the same computer (the drafts directory is kept this time).
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    MainWindow::StartOptions options;
    options.profile = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    options.secret = QStringLiteral("demo");
    window->start(options);
    // Back in the Unsent changes panel, not in a tab of its own; Enter there opens it.
    QVERIFY(window->unsentDock()->isVisible());
    QTreeView *unsent = window->unsentPanel()->view();
    QCOMPARE(unsent->model()->rowCount(), 1);
    QCOMPARE(window->editors().size(), 0);
    unsent->setFocus();
    unsent->setCurrentIndex(unsent->model()->index(0, 0));
    QTest::keyClick(unsent, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->editors().size(), 1, 15000);
    auto *editor = qobject_cast<ContactEditor *>(window->editors().first());
    QTRY_VERIFY_WITH_TIMEOUT(editor->document() != nullptr, 15000);
    QCOMPARE(editor->document()->working(), working);
    QVERIFY(editor->isModified());
    QVERIFY(window->tabs()->tabText(0).startsWith(QStringLiteral("* ")));
    // Listed as unsent.
    QCOMPARE(window->workspace()->unsentSessions().size(), 1);
    QVERIFY(window->action(QStringLiteral("saveAll"))->isEnabled());
}

void TestOfflineUi::quitOfflineAnswerSaveQueuesAndCloses()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 5);
    QVERIFY(editor);
    m_sandbox.stop();
    editor->document()->setValue(JsonPath("Department"), QStringLiteral("Typed before quitting"));
    const qint64 draftId = editor->session()->draftId();
    // Quit, answer Save: offline, so it goes to the outbox, and the window closes.
    MessageBox::setNextAnswers({QMessageBox::Save});
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 15000);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(window->workspace()->drafts()->draft(draftId));
    QCOMPARE(window->workspace()->drafts()->draft(draftId)->state, Draft::State::Queued);
    QCOMPARE(window->workspace()
                 ->drafts()
                 ->draft(draftId)
                 ->working.value(QLatin1String("Department"))
                 .toString(),
             QStringLiteral("Typed before quitting"));
}

void TestOfflineUi::reconnectSendsOnlyTheOutbox()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    window->workspace()->connectivity()->setProbeInterval(200);
    ContactEditor *saved = UiTest::openAndWait(window.get(), 6);
    ContactEditor *unsaved = UiTest::openAndWait(window.get(), 7);
    QVERIFY(saved && unsaved);
    m_sandbox.stop();
    saved->document()->setValue(JsonPath("Department"), QStringLiteral("Saved offline"));
    unsaved->document()->setValue(JsonPath("Department"), QStringLiteral("Still being edited"));
    QVERIFY(saved->save());
    QTRY_COMPARE_WITH_TIMEOUT(saved->session()->draftState(), Draft::State::Queued, 15000);
    QVERIFY(m_sandbox.restart());
    QTRY_COMPARE_WITH_TIMEOUT(saved->session()->draftState(), Draft::State::Editing, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!saved->isModified(), 15000);
    QCOMPARE(UiTest::serverCopy(m_sandbox, 6).value(QLatin1String("Department")).toString(),
             QStringLiteral("Saved offline"));
    // The other one was never saved by the user: it stays a local edit.
    QVERIFY(unsaved->isModified());
    QVERIFY(UiTest::serverCopy(m_sandbox, 7).value(QLatin1String("Department")).toString() !=
            QStringLiteral("Still being edited"));
}

QTEST_MAIN(TestOfflineUi)
#include "tst_offlineui.moc"
