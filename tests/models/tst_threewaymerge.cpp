#include "testdata.h"
#include "threewaymerge.h"

#include <QJsonArray>
#include <QtTest>

// Merging a draft with the server's newer version: each case the issue names.
class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void serverOnlyChangeIsTaken();
    void draftOnlyChangeIsKept();
    void sameChangeOnBothSides();
    void differentChangesConflict();
    void listEntriesAddedOnBothSidesAreKept();
    void removalOnOneSideAndAdditionOnOther();
    void nestedChangesToDifferentPartsMerge();
    void rightsAndDatesComeFromServer();
    void reorderedListIsAConflict();
    void sameEntryReplacedDifferentlyIsAConflict();
    void keyedEntryConflictIsTheWholeList();
    void labelsFromTheCatalogue();

private:
    QJsonObject m_base = TestData::object(QStringLiteral("contact-real.json"));
};

void TestThreeWayMerge::serverOnlyChangeIsTaken()
{
    QJsonObject theirs = m_base;
    theirs.insert(QStringLiteral("Department"), QStringLiteral("Server dept"));
    const auto r = ThreeWayMerge::merge(m_base, m_base, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.value(QLatin1String("Department")).toString(), QStringLiteral("Server dept"));
    QCOMPARE(r.takenFromServer, QStringList{QStringLiteral("Department")});
}

void TestThreeWayMerge::draftOnlyChangeIsKept()
{
    QJsonObject mine = m_base;
    mine.insert(QStringLiteral("Name"), QStringLiteral("My name"));
    QJsonObject theirs = m_base;
    theirs.insert(QStringLiteral("Number2"), QStringLiteral("42"));
    const auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.value(QLatin1String("Name")).toString(), QStringLiteral("My name"));
    QCOMPARE(r.merged.value(QLatin1String("Number2")).toString(), QStringLiteral("42"));
}

void TestThreeWayMerge::sameChangeOnBothSides()
{
    QJsonObject mine = m_base;
    mine.insert(QStringLiteral("Name"), QStringLiteral("Same"));
    QJsonObject theirs = mine;
    const auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.value(QLatin1String("Name")).toString(), QStringLiteral("Same"));
}

void TestThreeWayMerge::differentChangesConflict()
{
    QJsonObject mine = m_base;
    mine.insert(QStringLiteral("Name"), QStringLiteral("Mine"));
    QJsonObject theirs = m_base;
    theirs.insert(QStringLiteral("Name"), QStringLiteral("Theirs"));
    auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    const ThreeWayMerge::Conflict c = r.conflicts.first();
    QCOMPARE(c.label, QStringLiteral("Name"));
    QCOMPARE(c.mineText, QStringLiteral("Mine"));
    QCOMPARE(c.theirsText, QStringLiteral("Theirs"));
    // Nothing is decided for the user: the merged value stays the user's until resolved.
    QCOMPARE(r.merged.value(QLatin1String("Name")).toString(), QStringLiteral("Mine"));
    ThreeWayMerge::resolve(r.merged, c, false);
    QCOMPARE(r.merged.value(QLatin1String("Name")).toString(), QStringLiteral("Theirs"));
    ThreeWayMerge::resolve(r.merged, c, true);
    QCOMPARE(r.merged.value(QLatin1String("Name")).toString(), QStringLiteral("Mine"));
}

void TestThreeWayMerge::listEntriesAddedOnBothSidesAreKept()
{
    auto withPhone = [&](const QString &value) {
        QJsonObject o = m_base;
        QJsonArray phones = o.value(QLatin1String("Phones")).toArray();
        phones.append(QJsonObject{{QStringLiteral("Value"), value},
                                  {QStringLiteral("Description"), QString()}});
        o.insert(QStringLiteral("Phones"), phones);
        return o;
    };
    const auto r = ThreeWayMerge::merge(m_base, withPhone(QStringLiteral("+47 1")),
                                        withPhone(QStringLiteral("+47 2")));
    QVERIFY(r.conflicts.isEmpty());
    const QJsonArray phones = r.merged.value(QLatin1String("Phones")).toArray();
    QCOMPARE(phones.size(), 4);
    QCOMPARE(phones.at(2).toObject().value(QLatin1String("Value")).toString(),
             QStringLiteral("+47 2"));
    QCOMPARE(phones.at(3).toObject().value(QLatin1String("Value")).toString(),
             QStringLiteral("+47 1"));
}

void TestThreeWayMerge::removalOnOneSideAndAdditionOnOther()
{
    QJsonObject mine = m_base;
    QJsonArray phones = mine.value(QLatin1String("Phones")).toArray();
    phones.removeAt(0);
    mine.insert(QStringLiteral("Phones"), phones);
    QJsonObject theirs = m_base;
    QJsonArray emails = theirs.value(QLatin1String("Emails")).toArray();
    emails.append(QJsonObject{{QStringLiteral("Value"), QStringLiteral("new@bjorge.no")}});
    theirs.insert(QStringLiteral("Emails"), emails);
    const auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.value(QLatin1String("Phones")).toArray().size(), 1);
    QCOMPARE(r.merged.value(QLatin1String("Emails")).toArray().size(), 2);
}

void TestThreeWayMerge::nestedChangesToDifferentPartsMerge()
{
    QJsonObject mine = m_base;
    JsonPath("Address")
        .key(QStringLiteral("Street"))
        .key(QStringLiteral("Address1"))
        .set(mine, QStringLiteral("Mine 1"));
    QJsonObject theirs = m_base;
    JsonPath("Address")
        .key(QStringLiteral("Postal"))
        .key(QStringLiteral("City"))
        .set(theirs, QStringLiteral("BERGEN"));
    JsonPath("Interests").index(1).key(QStringLiteral("Selected")).set(theirs, true);
    JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")).set(mine, QStringLiteral("mine"));
    JsonPath("CustomFields")
        .key(QStringLiteral("SuperOffice:3"))
        .set(theirs, QStringLiteral("[F:1]"));
    const auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(
        JsonPath::fromString(QStringLiteral("Address.Street.Address1")).get(r.merged).toString(),
        QStringLiteral("Mine 1"));
    QCOMPARE(JsonPath::fromString(QStringLiteral("Address.Postal.City")).get(r.merged).toString(),
             QStringLiteral("BERGEN"));
    QCOMPARE(JsonPath::fromString(QStringLiteral("Interests[1].Selected")).get(r.merged).toBool(),
             true);
    QCOMPARE(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")).get(r.merged).toString(),
             QStringLiteral("mine"));
    QCOMPARE(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:3")).get(r.merged).toString(),
             QStringLiteral("[F:1]"));
    // The same nested field changed differently is one precise conflict.
    JsonPath("Address")
        .key(QStringLiteral("Postal"))
        .key(QStringLiteral("City"))
        .set(mine, QStringLiteral("TRONDHEIM"));
    const auto c = ThreeWayMerge::merge(m_base, mine, theirs);
    QCOMPARE(c.conflicts.size(), 1);
    QCOMPARE(c.conflicts.first().path.toString(), QStringLiteral("Address.Postal.City"));
}

void TestThreeWayMerge::rightsAndDatesComeFromServer()
{
    QJsonObject mine = m_base;
    mine.insert(QStringLiteral("UpdatedDate"), QStringLiteral("2000-01-01T00:00:00"));
    QJsonObject theirs = m_base;
    theirs.insert(QStringLiteral("UpdatedDate"), QStringLiteral("2030-01-01T00:00:00"));
    theirs.insert(QStringLiteral("TableRight"),
                  QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Select")}});
    const auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(r.merged.value(QLatin1String("UpdatedDate")).toString(),
             QStringLiteral("2030-01-01T00:00:00"));
    QCOMPARE(r.merged.value(QLatin1String("TableRight"))
                 .toObject()
                 .value(QLatin1String("Mask"))
                 .toString(),
             QStringLiteral("Select"));
}

void TestThreeWayMerge::reorderedListIsAConflict()
{
    // The user made the second phone the first (the main one); the server added another.
    QJsonObject mine = m_base;
    QJsonArray phones = mine.value(QLatin1String("Phones")).toArray();
    phones.insert(0, phones.takeAt(1));
    mine.insert(QStringLiteral("Phones"), phones);
    QJsonObject theirs = m_base;
    QJsonArray theirPhones = theirs.value(QLatin1String("Phones")).toArray();
    theirPhones.append(QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 3")}});
    theirs.insert(QStringLiteral("Phones"), theirPhones);
    const auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().path.toString(), QStringLiteral("Phones"));
    QCOMPARE(r.merged.value(QLatin1String("Phones")),
             QJsonValue(phones)); // the user's until chosen
}

void TestThreeWayMerge::sameEntryReplacedDifferentlyIsAConflict()
{
    auto withFirstPhone = [&](const QString &value) {
        QJsonObject o = m_base;
        QJsonArray phones = o.value(QLatin1String("Phones")).toArray();
        QJsonObject first = phones.at(0).toObject();
        first.insert(QStringLiteral("Value"), value);
        phones.replace(0, first);
        o.insert(QStringLiteral("Phones"), phones);
        return o;
    };
    const auto r = ThreeWayMerge::merge(m_base, withFirstPhone(QStringLiteral("+47 1a")),
                                        withFirstPhone(QStringLiteral("+47 1b")));
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(r.conflicts.first().mineText.contains(QStringLiteral("+47 1a")));
    QVERIFY(r.conflicts.first().theirsText.contains(QStringLiteral("+47 1b")));
}

void TestThreeWayMerge::keyedEntryConflictIsTheWholeList()
{
    // The user removed an interest the server changed: nothing else may be lost whichever side
    // the user takes.
    QJsonObject mine = m_base;
    QJsonArray interests = mine.value(QLatin1String("Interests")).toArray();
    interests.removeAt(0);
    mine.insert(QStringLiteral("Interests"), interests);
    QJsonObject theirs = m_base;
    JsonPath::fromString(QStringLiteral("Interests[0].Name"))
        .set(theirs, QStringLiteral("Golf (renamed)"));
    auto r = ThreeWayMerge::merge(m_base, mine, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().path.toString(), QStringLiteral("Interests"));
    ThreeWayMerge::resolve(r.merged, r.conflicts.first(), false);
    QCOMPARE(r.merged.value(QLatin1String("Interests")), theirs.value(QLatin1String("Interests")));
    ThreeWayMerge::resolve(r.merged, r.conflicts.first(), true);
    QCOMPARE(r.merged.value(QLatin1String("Interests")), mine.value(QLatin1String("Interests")));
}

void TestThreeWayMerge::labelsFromTheCatalogue()
{
    auto withCustom = [this](const QString &value, bool bothBuckets) {
        QJsonObject o = m_base;
        for (const char *bucket : {"CustomFields", "UserDefinedFields"}) {
            QJsonObject fields = o.value(QLatin1String(bucket)).toObject();
            fields.insert(QStringLiteral("SuperOffice:1"), value);
            o.insert(QLatin1String(bucket), fields);
            if (!bothBuckets)
                break;
        }
        return o;
    };
    // Taken from the server: named as the form names them, the custom field buckets once.
    QJsonObject theirs = withCustom(QStringLiteral("Theirs"), true);
    theirs.insert(QStringLiteral("Description"), QStringLiteral("Pays late"));
    const auto taken = ThreeWayMerge::merge(m_base, m_base, theirs);
    QCOMPARE(taken.takenFromServer,
             (QStringList{QStringLiteral("Custom fields"), QStringLiteral("Note")}));
    // A conflicting custom field is named by its label, not by its bucket and key.
    const auto r = ThreeWayMerge::merge(m_base, withCustom(QStringLiteral("Mine"), false),
                                        withCustom(QStringLiteral("Theirs"), false));
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().label, QStringLiteral("Custom field 1"));
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
