#include "draftstore.h"
#include "uitestsupport.h"
#include "unsentchangesmodel.h"
#include "unsentpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

// Many drafts come back in the Unsent changes panel, not as tabs: listed at once, one opened
// in a tab on demand (Enter), all sent from the panel; the panel follows with View › Unsent
// changes (Ctrl+Shift+U). A real window against contact-sandbox and a real draft store.
class TestUnsentPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftsComeBackInThePanelNotAsTabs();
    void enterOpensOneInATabOnce();
    void sendAllFromThePanel();

private:
    // count drafts of companies 1..count, every fourth opened only, the rest with an unsent
    // Department; a window started on them. Returns the unsent ones' count.
    int makeDrafts(int count);
    std::unique_ptr<MainWindow> startWindow();

    SandboxProcess m_sandbox;
};

void TestUnsentPanel::initTestCase()
{
    UiTest::isolateSettings();
    // The 25 demo companies and more, so there are drafts enough for many to load.
    QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("40")}));
}

int TestUnsentPanel::makeDrafts(int count)
{
    m_sandbox.reset();
    UiTest::forgetEverything();
    DraftStore store;
    if (!store.open(DraftStore::defaultPath()))
        return -1;
    const QString server = UiTest::profile(m_sandbox, QStringLiteral("demo")).credentialKey();
    int unsent = 0;
    for (int id = 1; id <= count; ++id) {
        const QJsonObject base = UiTest::serverCopy(m_sandbox, id);
        if (base.isEmpty())
            return -1;
        QJsonObject working = base;
        if (id % 4 != 0) {
            working.insert(QStringLiteral("Department"), QStringLiteral("Unsent %1").arg(id));
            ++unsent;
        }
        store.create(server, base, working);
    }
    return unsent;
}

std::unique_ptr<MainWindow> TestUnsentPanel::startWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    MainWindow::StartOptions options;
    options.profile = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    options.secret = QStringLiteral("demo");
    window->start(options);
    return window;
}

void TestUnsentPanel::draftsComeBackInThePanelNotAsTabs()
{
    const int unsent = makeDrafts(40);
    QCOMPARE(unsent, 30);
    auto window = startWindow();
    QVERIFY(window);
    UnsentPanel *panel = window->unsentPanel();
    // Listed as soon as the window has started: before any draft is loaded.
    QVERIFY(window->unsentDock()->isVisible());
    QCOMPARE(panel->view()->model()->rowCount(), unsent);
    QCOMPARE(window->unsentDock()->windowTitle(), QStringLiteral("Unsent changes (30)"));
    QTRY_VERIFY(window->action(QStringLiteral("saveAll"))->isEnabled());
    QVERIFY(window->action(QStringLiteral("reviewAll"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isReopeningDrafts(), 15000);
    QCOMPARE(window->workspace()->unsentSessions().size(), unsent);
    // No tab was opened for any of them.
    QCOMPARE(window->editors().size(), 0);
    QCOMPARE(window->tabs()->count(), 0);
    QCOMPARE(panel->view()->model()->rowCount(), unsent);
    // (English plural forms come from the catalogue, which this suite does not load.)
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("unsentSummary"))
                ->text()
                .startsWith(QStringLiteral("30 ")));

    // How it looks, for the screenshots folder (build/screenshots).
    window->resize(1200, 820);
    QTest::qWait(100);
    const QString dir = QStringLiteral(CE_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window->grab().save(dir + QStringLiteral("/unsent-panel.png")));

    // View › Unsent changes (Ctrl+Shift+U) hides and shows it.
    QAction *toggle = window->action(QStringLiteral("unsent"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    toggle->trigger();
    QVERIFY(!window->unsentDock()->isVisible());
    toggle->trigger();
    QVERIFY(window->unsentDock()->isVisible());
}

void TestUnsentPanel::enterOpensOneInATabOnce()
{
    QCOMPARE(makeDrafts(12), 9);
    auto window = startWindow();
    QVERIFY(window);
    QTreeView *view = window->unsentPanel()->view();
    // The row of company 6, found by its name in the panel.
    const QString name = UiTest::serverCopy(m_sandbox, 6).value(QLatin1String("Name")).toString();
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, UnsentChangesModel::Name), Qt::DisplayRole,
                             name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    view->setFocus();
    view->setCurrentIndex(found.first());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(window->editors().size(), 1);
    auto *editor = qobject_cast<ContactEditor *>(window->currentEditor());
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->document() != nullptr, 15000);
    QCOMPARE(editor->document()->entity().contactId(), 6);
    QCOMPARE(editor->document()->entity().department(), QStringLiteral("Unsent 6"));
    QVERIFY(editor->isModified());
    QTRY_VERIFY(window->tabs()->tabText(0).startsWith(QStringLiteral("* ")));
    // Again: the same tab, not a second one.
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isReopeningDrafts(), 15000);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->editors().size(), 1);
    QCOMPARE(window->currentEditor(), editor);
}

void TestUnsentPanel::sendAllFromThePanel()
{
    QCOMPARE(makeDrafts(8), 6);
    auto window = startWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->isSignedIn(), 15000);
    auto *send = window->unsentPanel()->findChild<QPushButton *>(QStringLiteral("unsentSend"));
    QVERIFY(send && send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->unsentPanel()->view()->model()->rowCount(), 0, 30000);
    for (int id = 1; id <= 8; ++id) {
        if (id % 4 != 0)
            QCOMPARE(
                UiTest::serverCopy(m_sandbox, id).value(QLatin1String("Department")).toString(),
                QStringLiteral("Unsent %1").arg(id));
    }
    QVERIFY(!send->isEnabled());
    QCOMPARE(window->unsentDock()->windowTitle(), QStringLiteral("Unsent changes"));
    QCOMPARE(window->editors().size(), 0);
}

QTEST_MAIN(TestUnsentPanel)
#include "tst_unsentpanel.moc"
