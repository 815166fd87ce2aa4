#include "identitysection.h"
#include "uitestsupport.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QTabWidget>
#include <QtTest>

// The editor's calls going wrong or slow against contact-sandbox: a server error with Retry,
// Cancel during a slow call, and a new company whose name already exists.
class TestEditorNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverErrorThenRetry();
    void saveErrorKeepsChangesThenRetry();
    void cancelDuringSlowOpen();
    void cancelDuringSlowSave();
    void newCompanyWarnsOfDuplicate();

private:
    MessageBanner *busyBanner(ContactEditor *editor) const
    {
        return editor->findChild<MessageBanner *>(QStringLiteral("busyBanner"));
    }
    bool addFault(const char *path, const char *kind, int value);
    // Whether the sandbox has logged a request whose path holds this.
    bool received(const char *path)
    {
        for (const QJsonValue &v : m_sandbox.requests()) {
            if (v.toObject().value(QLatin1String("path")).toString().contains(QLatin1String(path)))
                return true;
        }
        return false;
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditorNetwork::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestEditorNetwork::init()
{
    m_sandbox.reset();
    m_sandbox.clearFaults();
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
}

void TestEditorNetwork::cleanup()
{
    m_window.reset();
    m_sandbox.clearFaults();
}

bool TestEditorNetwork::addFault(const char *path, const char *kind, int value)
{
    QJsonObject fault{{QStringLiteral("path"), QLatin1String(path)},
                      {QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("times"), 1}};
    fault.insert(qstrcmp(kind, "delay") == 0 ? QStringLiteral("ms") : QStringLiteral("status"),
                 value);
    return m_sandbox.addFault(fault);
}

void TestEditorNetwork::serverErrorThenRetry()
{
    QVERIFY(addFault("GetContactEntity", "status", 500));
    ContactEditor *editor = m_window->openContact(1);
    QTRY_VERIFY(editor->banner()->isVisible());
    QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
    const QString text = editor->banner()->text();
    QVERIFY2(text.startsWith(QLatin1String("The company could not be opened. ")), qPrintable(text));
    // The server's own message follows.
    QVERIFY2(text.size() > QStringLiteral("The company could not be opened. ").size() + 3,
             qPrintable(text));
    QVERIFY(!editor->document());
    QVERIFY(!busyBanner(editor)->isVisible());

    QPushButton *retry = UiTest::button(editor->banner(), QStringLiteral("Retry"));
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(editor->document() && !editor->session()->isBusy());
    QVERIFY(!editor->banner()->isVisible());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(editor)),
             QStringLiteral("Nordlys Konsulenter AS"));
    QCOMPARE(editor->section<IdentitySection>()->nameEdit()->text(),
             QStringLiteral("Nordlys Konsulenter AS"));
}

void TestEditorNetwork::saveErrorKeepsChangesThenRetry()
{
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), 1);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Øst"));
    QVERIFY(addFault("SaveContactEntity", "status", 500));
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QTRY_VERIFY(editor->banner()->isVisible());
    QVERIFY(editor->banner()->text().startsWith(
        QLatin1String("The company was not saved. Your changes are kept.")));
    QVERIFY(editor->isModified());
    QCOMPARE(name->text(), QStringLiteral("Nordlys Konsulenter AS Øst"));
    QCOMPARE(UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("Name")).toString(),
             QStringLiteral("Nordlys Konsulenter AS"));

    QSignalSpy saved(editor->session(), &ContactSession::saved);
    QTest::mouseClick(UiTest::button(editor->banner(), QStringLiteral("Retry")), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QVERIFY(!editor->banner()->isVisible());
    QVERIFY(!editor->isModified());
    QCOMPARE(UiTest::serverCopy(m_sandbox, 1).value(QLatin1String("Name")).toString(),
             QStringLiteral("Nordlys Konsulenter AS Øst"));
}

void TestEditorNetwork::cancelDuringSlowOpen()
{
    constexpr int delayMs = 6000;
    QVERIFY(addFault("GetContactEntity", "delay", delayMs));
    m_sandbox.clearRequests();
    QElapsedTimer clock;
    clock.start();
    ContactEditor *editor = m_window->openContact(1);
    MessageBanner *busy = busyBanner(editor);
    QVERIFY(busy);
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(editor->session()->isBusy());
    QPushButton *cancel = UiTest::button(busy, QStringLiteral("Cancel"));
    QVERIFY(cancel && cancel->isVisible());
    // Cancel once the server is sitting on the request (not before it was even sent).
    QTRY_VERIFY(received("GetContactEntity"));
    // The window keeps handling events while the call is out: the user can reach Cancel.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!editor->session()->isBusy());
    QVERIFY2(clock.elapsed() < delayMs - 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!busy->isVisible());
    QVERIFY(editor->banner()->isVisible());
    QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Info);
    QCOMPARE(editor->banner()->text(), QStringLiteral("Cancelled."));
    QVERIFY(!editor->document());

    // Retry opens it (the delay was for one request only).
    QTest::mouseClick(UiTest::button(editor->banner(), QStringLiteral("Retry")), Qt::LeftButton);
    QTRY_VERIFY(editor->document() && !editor->session()->isBusy());
    QCOMPARE(editor->contactId(), 1);
}

void TestEditorNetwork::cancelDuringSlowSave()
{
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), 1);
    QVERIFY(editor);
    QLineEdit *department = editor->findChild<QLineEdit *>(QStringLiteral("Department"));
    department->setFocus();
    QTest::keyClicks(department, QStringLiteral("Slow"));
    QVERIFY(addFault("SaveContactEntity", "delay", 6000));
    m_sandbox.clearRequests();
    QElapsedTimer clock;
    clock.start();
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    MessageBanner *busy = busyBanner(editor);
    QTRY_VERIFY(busy->isVisible());
    QTRY_VERIFY(received("SaveContactEntity"));
    // Esc is Cancel's shortcut.
    QTest::keyClick(department, Qt::Key_Escape);
    QTRY_VERIFY(!editor->session()->isBusy());
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(editor->banner()->text(),
             QStringLiteral("Saving was cancelled. Your changes are kept."));
    QVERIFY(editor->isModified());
    QCOMPARE(department->text(), QStringLiteral("Slow"));
}

void TestEditorNetwork::newCompanyWarnsOfDuplicate()
{
    ContactEditor *created = m_window->newContact();
    QTRY_VERIFY(created->document() && !created->session()->isBusy());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(created)),
             QStringLiteral("New company"));
    QLineEdit *name = created->section<IdentitySection>()->nameEdit();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY(!created->banner()->isVisible()); // asked when the user leaves the field
    QTest::keyClick(name, Qt::Key_Tab);
    QTRY_VERIFY(created->banner()->isVisible());
    QCOMPARE(created->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(created->banner()->text().contains(QLatin1String("Nordlys Konsulenter AS")),
             qPrintable(created->banner()->text()));
    QPushButton *openMatch =
        UiTest::button(created->banner(), QStringLiteral("Open Nordlys Konsulenter AS"));
    QVERIFY(openMatch);
    QVERIFY(UiTest::button(created->banner(), QStringLiteral("Keep new")));

    QTest::mouseClick(openMatch, Qt::LeftButton);
    QTRY_VERIFY(m_window->editorFor(1) && m_window->editorFor(1)->document());
    ContactEditor *existing = m_window->editorFor(1);
    QCOMPARE(m_window->currentEditor(), static_cast<EntityEditor *>(existing));
    QCOMPARE(existing->section<IdentitySection>()->nameEdit()->text(),
             QStringLiteral("Nordlys Konsulenter AS"));
    QCOMPARE(m_window->tabs()->count(), 2); // the new one stays open with what was typed
    QCOMPARE(created->document()->entity().name(), QStringLiteral("Nordlys Konsulenter AS"));

    // Keep new dismisses the warning; the same name is not asked about again.
    m_window->tabs()->setCurrentWidget(created);
    QTest::mouseClick(UiTest::button(created->banner(), QStringLiteral("Keep new")),
                      Qt::LeftButton);
    QVERIFY(!created->banner()->isVisible());
}

QTEST_MAIN(TestEditorNetwork)
#include "tst_editornetwork.moc"
