#include <QProcess>
#include <QtTest>

// --help and --version answer on a terminal without any display: no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM (a server over SSH, a package build, a quick check after
// installing the .deb). A QApplication there would abort before printing anything.
class TestHelpVersion : public QObject
{
    Q_OBJECT

private slots:
    void answersWithoutDisplay_data();
    void answersWithoutDisplay();
    void badOptionStillRefused();

private:
    static QProcessEnvironment headless();
};

QProcessEnvironment TestHelpVersion::headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void TestHelpVersion::answersWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("says");

    const QString version = QStringLiteral("contact-editor %1").arg(CONTACT_EDITOR_VERSION);
    QTest::newRow("--version") << "--version" << version;
    QTest::newRow("-v") << "-v" << version;
    QTest::newRow("--help") << "--help"
                            << "--server <url>";
    QTest::newRow("-h") << "-h"
                        << "--contact <id>";
    QTest::newRow("--help-all") << "--help-all"
                                << "--auth <scheme>";
}

void TestHelpVersion::answersWithoutDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, says);
    QProcess editor;
    editor.setProcessEnvironment(headless());
    editor.start(QStringLiteral(CE_EDITOR_PATH), {option});
    QVERIFY(editor.waitForFinished(30000));
    const QString out = QString::fromUtf8(editor.readAllStandardOutput());
    const QString err = QString::fromUtf8(editor.readAllStandardError());
    QVERIFY2(editor.exitStatus() == QProcess::NormalExit, qPrintable(err));
    QVERIFY2(editor.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(says), qPrintable(out + err));
    QVERIFY2(!err.contains(QLatin1String("platform plugin")), qPrintable(err));
}

// An unknown option is still an error (exit 1 from the parser), not help and not a window.
void TestHelpVersion::badOptionStillRefused()
{
    QProcess editor;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    editor.setProcessEnvironment(env);
    editor.start(QStringLiteral(CE_EDITOR_PATH), {QStringLiteral("--no-such-option")});
    QVERIFY(editor.waitForFinished(30000));
    QCOMPARE(editor.exitStatus(), QProcess::NormalExit);
    QCOMPARE(editor.exitCode(), 1);
    QVERIFY(
        QString::fromUtf8(editor.readAllStandardError()).contains(QLatin1String("no-such-option")));
}

QTEST_GUILESS_MAIN(TestHelpVersion)
#include "tst_helpversion.moc"
