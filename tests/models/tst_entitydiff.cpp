#include "entitydocument.h"
#include "entitydiff.h"
#include "testdata.h"

#include <QJsonArray>
#include <QtTest>

// Review of changes: every kind of change described, and each one dropped on its own.
class TestEntityDiff : public QObject
{
    Q_OBJECT

private slots:
    void noChangesNoRows();
    void describesEveryKindOfChange();
    void droppingEachChangeRestoresOnlyIt();
    void applyingChosenProposedChanges();
    void labelsFromTheCatalogue();
    void personChangesAreNamedAsThePersonForm();

private:
    static QJsonObject edited(const QJsonObject &base);
};

QJsonObject TestEntityDiff::edited(const QJsonObject &base)
{
    EntityDocument doc{ContactEntity(base)};
    doc.setValue(JsonPath("Name"), QStringLiteral("Bjørge Maling AS"));
    doc.setValue(JsonPath("Category"),
                 QJsonObject{{QStringLiteral("Id"), 5},
                             {QStringLiteral("Value"), QStringLiteral("Prospect")}});
    doc.setValue(JsonPath("Xstop"), true);
    doc.setValue(JsonPath("Phones").index(0).key(QStringLiteral("Description")),
                 QStringLiteral("Reception"));
    doc.insertElement(JsonPath("Emails"), 1,
                      QJsonObject{{QStringLiteral("Value"), QStringLiteral("sales@bjorge.no")}});
    doc.removeElement(JsonPath("Urls"), 0);
    doc.setValue(JsonPath("Interests").index(1).key(QStringLiteral("Selected")), true);
    Address address = doc.entity().address();
    address.setValue(Address::Part::StreetAddress1, QStringLiteral("Brugata 3"));
    doc.setValue(JsonPath("Address"), address.json());
    doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")),
                 QStringLiteral("Changed text"));
    doc.setValue(JsonPath("UserDefinedFields").key(QStringLiteral("SuperOffice:1")),
                 QStringLiteral("Changed text"));
    doc.setValue(JsonPath("Domains"),
                 QJsonArray{QStringLiteral("bjorge.no"), QStringLiteral("bjorge.com")});
    // Server-managed members never show up as changes.
    doc.setValue(JsonPath("UpdatedDate"), QStringLiteral("2030-01-01T00:00:00"));
    return doc.working();
}

void TestEntityDiff::noChangesNoRows()
{
    const QJsonObject base = TestData::object(QStringLiteral("contact-real.json"));
    QVERIFY(EntityDiff::compute(base, base).isEmpty());
}

void TestEntityDiff::describesEveryKindOfChange()
{
    const QJsonObject base = TestData::object(QStringLiteral("contact-real.json"));
    const QList<EntityChange> changes = EntityDiff::compute(
        base, edited(base), [](const QString &key) { return QStringLiteral("Label of ") + key; });
    auto find = [&](const QString &label) -> const EntityChange * {
        for (const EntityChange &c : changes) {
            if (c.label == label)
                return &c;
        }
        return nullptr;
    };
    QCOMPARE(changes.size(), 10);
    QVERIFY(find(QStringLiteral("Name")));
    QCOMPARE(find(QStringLiteral("Name"))->before, QStringLiteral("Bjørge Lakkeri AS"));
    QCOMPARE(find(QStringLiteral("Name"))->after, QStringLiteral("Bjørge Maling AS"));
    QCOMPARE(find(QStringLiteral("Category"))->before, QStringLiteral("Customer"));
    QCOMPARE(find(QStringLiteral("Category"))->after, QStringLiteral("Prospect"));
    QCOMPARE(find(QStringLiteral("Stop"))->after, QStringLiteral("Yes"));
    const EntityChange *phone = find(QStringLiteral("Phone"));
    QVERIFY(phone);
    QCOMPARE(phone->kind, EntityChange::Kind::Changed);
    QCOMPARE(phone->before, QStringLiteral("+47 22 33 44 55 (Switchboard)"));
    QCOMPARE(phone->after, QStringLiteral("+47 22 33 44 55 (Reception)"));
    const EntityChange *email = find(QStringLiteral("E-mail address"));
    QCOMPARE(email->kind, EntityChange::Kind::Added);
    QCOMPARE(email->after, QStringLiteral("sales@bjorge.no"));
    const EntityChange *url = find(QStringLiteral("Web address"));
    QCOMPARE(url->kind, EntityChange::Kind::Removed);
    QCOMPARE(url->before, QStringLiteral("https://www.bjorge.no"));
    const EntityChange *interest = find(QStringLiteral("Interest"));
    QCOMPARE(interest->kind, EntityChange::Kind::Added);
    QCOMPARE(interest->after, QStringLiteral("Sailing"));
    const EntityChange *street = find(QStringLiteral("Street address (street)"));
    QVERIFY(street);
    QCOMPARE(street->after, QStringLiteral("Brugata 3"));
    const EntityChange *custom = find(QStringLiteral("Label of SuperOffice:1"));
    QVERIFY(custom); // one row although two buckets changed
    QCOMPARE(custom->after, QStringLiteral("Changed text"));
    QCOMPARE(find(QStringLiteral("Domains"))->after, QStringLiteral("bjorge.no, bjorge.com"));
}

void TestEntityDiff::droppingEachChangeRestoresOnlyIt()
{
    const QJsonObject base = TestData::object(QStringLiteral("contact-real.json"));
    const QJsonObject current = edited(base);
    const QList<EntityChange> changes = EntityDiff::compute(base, current);
    for (const EntityChange &change : changes) {
        EntityDocument doc{ContactEntity(base)};
        doc.restore(ContactEntity(base), ContactEntity(current));
        doc.setValues(EntityDiff::revert(base, current, change), QStringLiteral("drop"));
        const QList<EntityChange> left = EntityDiff::compute(base, doc.working());
        QCOMPARE(left.size(), changes.size() - 1);
        for (const EntityChange &l : left)
            QVERIFY2(!(l.label == change.label && l.kind == change.kind && l.after == change.after),
                     qPrintable(change.label));
        // And one undo brings it back.
        doc.undoStack()->undo();
        QCOMPARE(doc.working(), current);
    }
}

void TestEntityDiff::applyingChosenProposedChanges()
{
    const QJsonObject current = TestData::object(QStringLiteral("contact-real.json"));
    QJsonObject proposed = current;
    QJsonArray phones = proposed.value(QLatin1String("Phones")).toArray();
    phones.append(QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 400 00 000")}});
    phones.append(QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 500 00 000")}});
    proposed.insert(QStringLiteral("Phones"), phones);
    proposed.insert(QStringLiteral("Department"), QStringLiteral("Proposed dept"));
    const QList<EntityChange> changes = EntityDiff::compute(current, proposed);
    QCOMPARE(changes.size(), 3);
    QList<EntityChange> chosen;
    for (const EntityChange &c : changes) {
        if (c.after != QLatin1String("+47 400 00 000"))
            chosen.append(c);
    }
    const EntityDiff::Edits edits = EntityDiff::apply(current, proposed, chosen);
    QJsonObject result = current;
    for (const auto &[path, value] : edits)
        path.set(result, value);
    QCOMPARE(result.value(QLatin1String("Department")).toString(), QStringLiteral("Proposed dept"));
    const QJsonArray got = result.value(QLatin1String("Phones")).toArray();
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(2).toObject().value(QLatin1String("Value")).toString(),
             QStringLiteral("+47 500 00 000"));
}

void TestEntityDiff::labelsFromTheCatalogue()
{
    const QJsonObject base = TestData::object(QStringLiteral("contact-real.json"));
    QJsonObject current = base;
    current.insert(QStringLiteral("Description"), QStringLiteral("Pays late"));
    QJsonObject custom = current.value(QLatin1String("CustomFields")).toObject();
    custom.insert(QStringLiteral("SuperOffice:1"), QStringLiteral("Other text"));
    current.insert(QStringLiteral("CustomFields"), custom);
    current.insert(QStringLiteral("Persons"), QJsonArray());
    QStringList labels;
    for (const EntityChange &c : EntityDiff::compute(base, current))
        labels.append(c.label);
    // The form's words: its note, its custom field captions.
    QCOMPARE(labels, (QStringList{QStringLiteral("Note"), QStringLiteral("Persons"),
                                  QStringLiteral("Custom field 1")}));
}

void TestEntityDiff::personChangesAreNamedAsThePersonForm()
{
    const QJsonObject base = TestData::object(QStringLiteral("person-real.json"));
    EntityDocument doc(EntityKind::Person, base);
    doc.setValue(JsonPath("Title"), QStringLiteral("Skipper"));
    doc.insertElement(JsonPath("MobilePhones"), 0,
                      QJsonObject{{QStringLiteral("Value"), QStringLiteral("+44 7700 900123")},
                                  {QStringLiteral("Description"), QString()}});
    QJsonObject address = base.value(QLatin1String("Address")).toObject();
    Address a(address);
    QVERIFY(a.setValue(Address::Part::City, QStringLiteral("Leeds")));
    doc.setValue(JsonPath("Address"), a.json());
    const QList<EntityChange> changes =
        EntityDiff::compute(base, doc.working(), {}, EntityKind::Person);
    QStringList labels;
    for (const EntityChange &c : changes)
        labels.append(c.label);
    // The person form's order, its words, and the address part without street or postal.
    QCOMPARE(labels, (QStringList{QStringLiteral("Title"), QStringLiteral("Mobile phone"),
                                  QStringLiteral("City")}));
    QCOMPARE(changes.at(1).kind, EntityChange::Kind::Added);
    QCOMPARE(changes.at(2).before, QStringLiteral("London"));
    QCOMPARE(changes.at(2).after, QStringLiteral("Leeds"));
    // Both the localized line and the structured form took the edit.
    QCOMPARE(Address(doc.person().address()).value(Address::Part::City), QStringLiteral("Leeds"));
    QCOMPARE(doc.working()
                 .value(QLatin1String("Address"))
                 .toObject()
                 .value(QLatin1String("Street"))
                 .toObject()
                 .value(QLatin1String("City"))
                 .toString(),
             QStringLiteral("Leeds"));
}

QTEST_GUILESS_MAIN(TestEntityDiff)
#include "tst_entitydiff.moc"
