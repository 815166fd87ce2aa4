#include "entitydate.h"

#include <QtTest>

// Every date form servers send, the empty sentinel, and byte-for-byte write-back.
class TestEntityDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesServerForms_data();
    void parsesServerForms();
    void emptyForms_data();
    void emptyForms();
    void rejectsGarbageButKeepsText();
    void newValuesUseServerForm();
};

void TestEntityDate::parsesServerForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<bool>("hasOffset");
    const QDateTime base(QDate(2020, 4, 22), QTime(15, 51, 25), Qt::UTC);
    QTest::newRow("no offset") << QStringLiteral("2020-04-22T15:51:25") << QDateTime() << false;
    QTest::newRow("Z") << QStringLiteral("2020-04-22T15:51:25Z") << base << true;
    QTest::newRow("+02:00") << QStringLiteral("2020-04-22T17:51:25+02:00") << base << true;
    QTest::newRow("-0500") << QStringLiteral("2020-04-22T10:51:25-0500") << base << true;
    QTest::newRow("1 digit") << QStringLiteral("2020-04-22T15:51:25.0Z") << base << true;
    QTest::newRow("3 digits") << QStringLiteral("2020-04-22T15:51:25.120Z") << base.addMSecs(120)
                              << true;
    QTest::newRow("7 digits +hh:mm")
        << QStringLiteral("2020-04-22T17:51:25.0533582+02:00") << base.addMSecs(53) << true;
}

void TestEntityDate::parsesServerForms()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    QFETCH(bool, hasOffset);
    const EntityDate d = EntityDate::fromWire(text);
    QVERIFY(d.isValid());
    QVERIFY(!d.isEmpty());
    QCOMPARE(d.hasOffset(), hasOffset);
    QCOMPARE(d.wireText(), text);
    if (utc.isValid())
        QCOMPARE(d.dateTime().toUTC(), utc);
    else
        QCOMPARE(d.dateTime(), QDateTime(QDate(2020, 4, 22), QTime(15, 51, 25), Qt::LocalTime));
    QVERIFY(!d.displayText().isEmpty());
}

void TestEntityDate::emptyForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sentinel") << QStringLiteral("0001-01-01T00:00:00");
    QTest::newRow("sentinel fraction") << QStringLiteral("0001-01-01T00:00:00.0000000");
    QTest::newRow("sentinel Z") << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("blank") << QString();
}

void TestEntityDate::emptyForms()
{
    QFETCH(QString, text);
    const EntityDate d = EntityDate::fromWire(text);
    QVERIFY(d.isValid());
    QVERIFY(d.isEmpty());
    QCOMPARE(d.displayText(), QString());
    QCOMPARE(d.wireText(), text);
}

void TestEntityDate::rejectsGarbageButKeepsText()
{
    for (const QString &bad :
         {QStringLiteral("yesterday"), QStringLiteral("2020-13-01T00:00:00"),
          QStringLiteral("2020-02-30T00:00:00"), QStringLiteral("2020-04-22T25:00:00"),
          // Found by fuzz_entitydate: an offset with 99 minutes, and one that carries the time
          // past year 9999, which could not be written back.
          QStringLiteral("9999-12-31T23:59:59.91-0199"), QStringLiteral("2020-04-22T10:00:00+1500"),
          QStringLiteral("9999-12-31T23:59:59-1400")}) {
        const EntityDate d = EntityDate::fromWire(bad);
        QVERIFY2(!d.isValid(), qPrintable(bad));
        QCOMPARE(d.wireText(), bad);
        QCOMPARE(d.displayText(), bad);
    }
}

void TestEntityDate::newValuesUseServerForm()
{
    const EntityDate d = EntityDate::fromDateTime(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5)));
    QCOMPARE(d.wireText(), QStringLiteral("2025-01-02T03:04:05"));
    QCOMPARE(EntityDate::fromDateTime(QDateTime()).wireText(),
             QStringLiteral("0001-01-01T00:00:00"));
}

QTEST_GUILESS_MAIN(TestEntityDate)
#include "tst_entitydate.moc"
