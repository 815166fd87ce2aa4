#include "apptranslator.h"
#include "classificationsection.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QtTest>

// Issue 16: the main window in every language the editor speaks, with a company open. Each is
// written to build/screenshots/editor-<language>.png; no label or button may be narrower than
// its text needs (the longest language must not clip anything), and the words must be the
// language's own, not English left behind.
class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowInEachLanguage_data();
    void mainWindowInEachLanguage();

private:
    SandboxProcess m_sandbox;
};

void TestLanguages::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestLanguages::cleanupTestCase()
{
    AppTranslator::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLanguages::mainWindowInEachLanguage_data()
{
    QTest::addColumn<QString>("code");
    for (const AppTranslator::Language &language : AppTranslator::languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestLanguages::mainWindowInEachLanguage()
{
    QFETCH(QString, code);
    const bool found = AppTranslator::install(QLocale(code));
    QVERIFY2(found || code == QLatin1String("en"), qPrintable(code));
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    window->resize(1280, 900);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    auto *classification = editor->section<ClassificationSection>();
    QTRY_VERIFY_WITH_TIMEOUT(classification->picker(QStringLiteral("Category"))->count() > 1,
                             10000);
    QTest::qWait(100);

    // Translated: the window's words are not the English ones (English itself excepted).
    const QString save = QCoreApplication::translate("MainWindow", "&Save");
    if (code != QLatin1String("en"))
        QVERIFY2(save != QLatin1String("&Save"), qPrintable(code + QStringLiteral(": ") + save));

    // Nothing clipped: every shown label and button is at least as wide as its text needs.
    QStringList clipped;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || qobject_cast<QStatusBar *>(label->parent()))
            continue;
        if (label->width() < label->minimumSizeHint().width())
            clipped.append(label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            clipped.append(button->text());
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(code + QStringLiteral(": ") + clipped.join(" | ")));

    const QString dir = QStringLiteral(CE_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window->grab().save(dir + QStringLiteral("/editor-%1.png").arg(code)));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
