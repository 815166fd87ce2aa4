#include "aboutdialog.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

// Help › About: versions (the editor's, Qt's at run time and at build time, QtKeychain's), the
// licences and the project's address as plain text; opened by F1 from the main window.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionsAndLicences();
    void everyControlNamed();
    void openedFromHelpMenu();
};

void TestAboutDialog::initTestCase()
{
    UiTest::isolateSettings();
    UiTest::forgetEverything();
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACT_EDITOR_VERSION));
}

void TestAboutDialog::versionsAndLicences()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY2(text.contains(QStringLiteral("Version %1").arg(CONTACT_EDITOR_VERSION)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Qt %1 (built with %2)")
                          .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))),
        qPrintable(text));
    QVERIFY2(
        QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+\\.\\d+")).match(text).hasMatch(),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String("LGPL-3.0")));
    QVERIFY(text.contains(QLatin1String("BSD-3-Clause")));
    QVERIFY(text.contains(QLatin1String("Contact Editor: ") + AboutDialog::applicationLicence()));
    // Links are text to read and copy, never clickable rich text.
    QVERIFY(text.contains(QLatin1String("https://")));
    auto *view = dialog.findChild<QPlainTextEdit *>(QStringLiteral("aboutText"));
    QVERIFY(view && view->isReadOnly());
    for (QLabel *label : dialog.findChildren<QLabel *>())
        QCOMPARE(label->openExternalLinks(), false);
}

void TestAboutDialog::everyControlNamed()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

void TestAboutDialog::openedFromHelpMenu()
{
    MainWindow window;
    QAction *about = window.action(QStringLiteral("about"));
    QVERIFY(about);
    QCOMPARE(about->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
