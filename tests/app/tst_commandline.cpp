#include <QProcess>
#include <QtTest>

// What the editor says about a bad command line, before any window: each problem in its own
// words, never a misleading one (plain HTTP, a missing name).
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void badServerAddress_data();
    void badServerAddress();
};

void TestCommandLine::badServerAddress_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("says");

    QTest::newRow("not a url") << "not-a-url"
                               << "“not-a-url” is not a full address";
    QTest::newRow("empty") << ""
                           << "Enter the server address";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "“file:” address";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "“javascript:” address";
}

void TestCommandLine::badServerAddress()
{
    QFETCH(QString, server);
    QFETCH(QString, says);
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    editor.setProcessEnvironment(env);
    editor.start(
        QStringLiteral(CE_EDITOR_PATH),
        {QStringLiteral("--server"), server, QStringLiteral("--user"), QStringLiteral("demo")});
    QVERIFY(editor.waitForFinished(30000));
    const QString err = QString::fromUtf8(editor.readAllStandardError());
    QCOMPARE(editor.exitCode(), 2);
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("unencrypted")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Give the connection a name")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
