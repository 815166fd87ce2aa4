#include "classificationsection.h"
#include "connectdialog.h"
#include "identitysection.h"
#include "personeditor.h"
#include "personidentitysection.h"
#include "personssection.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QtTest>

#include "testbrowser.h"

// Pictures of the main views, offscreen, for the README and for looking at the layout:
// CE_BINARY_DIR/screenshots/*.png. Each must be written and show more than a blank window.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void fullRights();
    void restrictedUser();
    void readOnlyViewer();
    void errorBanner();
    void duplicateWarning();
    void connectDialog();
    void connectOnlineEmpty();
    void connectOnlineWaiting();
    void connectOnlineFailed();
    void personsTable();
    void personEditor();

private:
    // A new SuperOffice Online connection to the sandbox's login service, shown.
    void fillOnline(ConnectDialog &dialog);
    // Opens the company as user and waits for its pickers to fill.
    ContactEditor *openAs(const QString &user, int contactId);
    void shoot(QWidget *widget, const QString &name);

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QDir m_dir;
};

void TestScreenshots::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_dir.setPath(QStringLiteral(CE_BINARY_DIR "/screenshots"));
    QVERIFY(m_dir.mkpath(QStringLiteral(".")));
}

void TestScreenshots::cleanup()
{
    m_window.reset();
    m_sandbox.reset();
}

ContactEditor *TestScreenshots::openAs(const QString &user, int contactId)
{
    m_window = UiTest::signedInWindow(m_sandbox, user);
    if (!m_window)
        return nullptr;
    m_window->resize(1280, 900);
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), contactId);
    if (!editor)
        return nullptr;
    auto *classification = editor->section<ClassificationSection>();
    if (!QTest::qWaitFor([&] {
            return classification->picker(QStringLiteral("CustomerLanguage"))->count() > 1;
        }))
        return nullptr;
    return editor;
}

void TestScreenshots::shoot(QWidget *widget, const QString &name)
{
    // Let layouts settle before the grab.
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QVERIFY2(pixmap.save(path), qPrintable(path));
    const QFileInfo info(path);
    QVERIFY(info.exists());
    QVERIFY2(info.size() > 8 * 1024,
             qPrintable(QStringLiteral("%1: %2 bytes").arg(path).arg(info.size())));
    // Not one flat colour: sample the picture and count distinct colours.
    const QImage image(path);
    QCOMPARE(image.size(), pixmap.size());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 16,
             qPrintable(QStringLiteral("%1: %2 colours").arg(path).arg(colours.size())));
}

void TestScreenshots::fullRights()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    // A search that lists a few companies, so the left side is not empty.
    QTest::keyClicks(m_window->searchPanel()->searchEdit(), QStringLiteral("B"));
    QTRY_VERIFY(m_window->searchPanel()->statusText().contains(QLatin1String("match")));
    QLineEdit *department = editor->findChild<QLineEdit *>(QStringLiteral("Department"));
    department->setFocus();
    QTest::keyClicks(department, QStringLiteral("Consulting"));
    shoot(m_window.get(), QStringLiteral("editor-full-rights.png"));
}

void TestScreenshots::restrictedUser()
{
    ContactEditor *editor = openAs(QStringLiteral("restricted"), 1);
    QVERIFY(editor);
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("Number1"))->isVisible());
    shoot(m_window.get(), QStringLiteral("editor-restricted.png"));
}

void TestScreenshots::readOnlyViewer()
{
    ContactEditor *editor = openAs(QStringLiteral("viewer"), 1);
    QVERIFY(editor);
    QVERIFY(editor->statusBanner()->isVisible());
    shoot(m_window.get(), QStringLiteral("editor-viewer.png"));
}

void TestScreenshots::errorBanner()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Vest"));
    QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("SaveContactEntity")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 500}}));
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QTRY_VERIFY(editor->banner()->isVisible());
    QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
    shoot(m_window.get(), QStringLiteral("editor-error.png"));
}

void TestScreenshots::duplicateWarning()
{
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
    m_window->resize(1280, 900);
    ContactEditor *created = m_window->newContact();
    QTRY_VERIFY(created->document() && !created->session()->isBusy());
    QLineEdit *name = created->section<IdentitySection>()->nameEdit();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Polar Data AS"));
    QTest::keyClick(name, Qt::Key_Tab);
    QTRY_VERIFY(created->banner()->isVisible());
    shoot(m_window.get(), QStringLiteral("editor-duplicate.png"));
}

void TestScreenshots::connectDialog()
{
    ConnectDialog dialog;
    dialog.setProfile(UiTest::profile(m_sandbox, QStringLiteral("demo")));
    dialog.setSecret(QStringLiteral("demo"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The state after Test connection: who the server says we are.
    dialog.test();
    QTRY_VERIFY(dialog.statusText().startsWith(QLatin1String("Signed in as")));
    shoot(&dialog, QStringLiteral("connect-dialog.png"));
}

void TestScreenshots::fillOnline(ConnectDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *environment = dialog.findChild<QComboBox *>(QStringLiteral("environment"));
    environment->setCurrentIndex(environment->count() - 1);
    dialog.findChild<QLineEdit *>(QStringLiteral("loginUrl"))
        ->setText(m_sandbox.baseUrl().toString() + QStringLiteral("/login"));
    dialog.findChild<QLineEdit *>(QStringLiteral("clientId"))
        ->setText(QStringLiteral("contact-editor-sandbox"));
}

void TestScreenshots::connectOnlineEmpty()
{
    // What a new connection starts with: SuperOffice Online, nothing filled in.
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, QStringLiteral("connect-online-empty.png"));
}

void TestScreenshots::connectOnlineWaiting()
{
    TestBrowser browser;
    browser.setAction(TestBrowser::Action::Ignore);
    ConnectDialog dialog;
    fillOnline(dialog);
    dialog.test();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QLatin1String("Waiting for you")),
                             20000);
    shoot(&dialog, QStringLiteral("connect-online-waiting.png"));
    dialog.cancelSignIn();
}

void TestScreenshots::connectOnlineFailed()
{
    TestBrowser browser;
    browser.setCredentials(QStringLiteral("demo"), QStringLiteral("demo"));
    browser.setAction(TestBrowser::Action::Deny);
    ConnectDialog dialog;
    fillOnline(dialog);
    dialog.test();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaitingForBrowser(), 20000);
    QVERIFY(dialog.statusText().contains(QLatin1String("denied")));
    shoot(&dialog, QStringLiteral("connect-online-failed.png"));
}

void TestScreenshots::personsTable()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    auto *persons = editor->section<PersonsSection>();
    QVERIFY(persons && persons->isVisible());
    QCOMPARE(persons->view()->model()->rowCount(), 20);
    // Scrolled so the table fills the view, with a person selected.
    auto *scroll = editor->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCoreApplication::processEvents(); // the form's layout first, so the table has its place
    scroll->verticalScrollBar()->setValue(persons->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
    persons->view()->selectRow(2);
    persons->view()->setFocus();
    shoot(m_window.get(), QStringLiteral("persons-table.png"));
}

void TestScreenshots::personEditor()
{
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
    m_window->resize(1280, 900);
    QVERIFY(UiTest::openAndWait(m_window.get(), 1));
    PersonEditor *editor = m_window->openPerson(1);
    QVERIFY(editor);
    QTRY_VERIFY(editor->document() && !editor->session()->isBusy());
    auto *identity = editor->section<PersonIdentitySection>();
    // The pickers' lists have come in.
    QTRY_VERIFY(identity->choice(QStringLiteral("Mrmrs"))->count() > 1);
    QLineEdit *title = identity->lineEdit(QStringLiteral("Title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Head of Sales"));
    shoot(m_window.get(), QStringLiteral("person-editor.png"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
