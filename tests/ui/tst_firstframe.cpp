#include "draftstore.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QToolButton>
#include <QtTest>
#include <QWindow>

// The window appears before the slow part of starting: MainWindow::start() on a window shown but
// not yet on screen opens the draft store and signs in only after the first frame (and not much
// later when no frame ever comes); the search field's clear button, whose icon would load the
// image plugins, comes with the first text. A real window against contact-sandbox.
class TestFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startWaitsForTheFirstFrame();
    void aWindowNotShownStartsAtOnce();
    void aWindowNeverOnScreenStartsAnyway();
    void theClearButtonComesWithTheFirstText();

private:
    MainWindow::StartOptions options() const;

    SandboxProcess m_sandbox;
};

void TestFirstFrame::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY(m_sandbox.start());
}

void TestFirstFrame::init()
{
    UiTest::forgetEverything();
}

MainWindow::StartOptions TestFirstFrame::options() const
{
    MainWindow::StartOptions options;
    options.profile = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    options.secret = QStringLiteral("demo");
    return options;
}

void TestFirstFrame::startWaitsForTheFirstFrame()
{
    MainWindow window;
    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    // Whether the window was on screen when the draft store had been opened and listed.
    bool exposedWhenListed = false;
    bool listed = false;
    connect(window.workspace(), &Workspace::draftsListed, this, [&] {
        listed = true;
        exposedWhenListed = window.windowHandle() && window.windowHandle()->isExposed();
    });
    window.show();
    // The platform exposes the window from the event loop: not before start() returns.
    QVERIFY(window.windowHandle());
    QVERIFY(!window.windowHandle()->isExposed());
    window.start(options());
    QVERIFY(window.isStartPending());
    QVERIFY(!window.workspace()->drafts()->isOpen());
    QVERIFY(!listed);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.isStartPending());
    QVERIFY(window.workspace()->drafts()->isOpen());
    QTRY_VERIFY(listed);
    QVERIFY(exposedWhenListed);
    QVERIFY(window.isSignedIn() || signedIn.wait(15000));
}

void TestFirstFrame::aWindowNotShownStartsAtOnce()
{
    // Nothing to wait for: as before, start() opens the store before it returns.
    MainWindow window;
    QSignalSpy signedIn(&window, &MainWindow::signedIn);
    window.start(options());
    QVERIFY(!window.isStartPending());
    QVERIFY(window.workspace()->drafts()->isOpen());
    QVERIFY(window.isSignedIn() || signedIn.wait(15000));
}

void TestFirstFrame::aWindowNeverOnScreenStartsAnyway()
{
    // Shown, yet never exposed (as a window started minimised may be): the start does not wait
    // for a frame that never comes.
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.createWinId();
    QVERIFY(window.isVisible());
    QVERIFY(!window.windowHandle()->isExposed());
    QElapsedTimer clock;
    clock.start();
    window.start(options());
    QVERIFY(window.isStartPending());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isStartPending(), 5000);
    QVERIFY(!window.windowHandle()->isExposed());
    QVERIFY(window.workspace()->drafts()->isOpen());
    // It waited a while for the frame first.
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
}

void TestFirstFrame::theClearButtonComesWithTheFirstText()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.searchPanel()->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    QVERIFY(!search->isClearButtonEnabled());
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Su"));
    QVERIFY(search->isClearButtonEnabled());
    // The clear button empties the field, as before.
    auto *clear = search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    QVERIFY(clear);
    QToolButton *button = nullptr;
    for (QToolButton *b : search->findChildren<QToolButton *>()) {
        if (b->defaultAction() == clear)
            button = b;
    }
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(search->text().isEmpty());
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
