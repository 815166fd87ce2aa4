#include "address.h"
#include "carriercodec.h"
#include "testdata.h"

#include <QtTest>

// Addresses with only LocalizedAddress lines, only the structured forms, or both.
class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void readsLocalizedOnly();
    void writesLocalizedOnlyBackIntoLines();
    void readsAndWritesStructuredOnly();
    void writesBothFormsWhenBothArrived();
    void emptyAddressStartsStructuredForm();
    void partNames();
};

namespace {
Address addressOf(const QString &fixture)
{
    return ContactEntity(TestData::object(fixture)).address();
}
} // namespace

void TestAddress::readsLocalizedOnly()
{
    const Address a = addressOf(QStringLiteral("contact-localized-address.json"));
    QVERIFY(a.hasLocalized());
    QVERIFY(!a.hasStructured());
    QCOMPARE(a.value(Address::Part::StreetAddress1), QStringLiteral("Strandkaien 2"));
    QCOMPARE(a.value(Address::Part::StreetZipcode), QStringLiteral("5013"));
    QCOMPARE(a.value(Address::Part::StreetCity), QStringLiteral("BERGEN"));
    QCOMPARE(a.maxLength(Address::Part::StreetZipcode), 9);
    using P = Address::Part;
    const QList<QList<P>> expected{{P::StreetAddress1},
                                   {P::StreetZipcode, P::StreetCity},
                                   {P::PostalAddress1},
                                   {P::PostalZipcode, P::PostalCity}};
    QCOMPARE(a.layout(), expected);
    // Resource-id labels are replaced by readable defaults.
    QCOMPARE(a.label(P::StreetAddress1), QStringLiteral("Street address"));
    QCOMPARE(a.composed(), QStringLiteral("Strandkaien 2\n5013 BERGEN"));
    QCOMPARE(a.latitude(), 60.39299);
}

void TestAddress::writesLocalizedOnlyBackIntoLines()
{
    Address a = addressOf(QStringLiteral("contact-localized-address.json"));
    const QJsonObject before = a.json();
    QVERIFY(a.setValue(Address::Part::PostalCity, QStringLiteral("BERGEN")));
    QVERIFY(!a.hasStructured()); // no structured form invented
    QCOMPARE(TestData::differences(before, a.json()),
             QStringList{QStringLiteral("LocalizedAddress[3][1].Value")});
    QCOMPARE(a.value(Address::Part::PostalCity), QStringLiteral("BERGEN"));
    // A part the layout does not have cannot be written into this address.
    QVERIFY(!a.setValue(Address::Part::StreetState, QStringLiteral("X")));
    QCOMPARE(a.value(Address::Part::StreetState), QString());
}

void TestAddress::readsAndWritesStructuredOnly()
{
    Address a(QJsonObject{{QStringLiteral("Street"),
                           QJsonObject{{QStringLiteral("Address1"), QStringLiteral("Torget 1")},
                                       {QStringLiteral("Zipcode"), QStringLiteral("5014")},
                                       {QStringLiteral("City"), QStringLiteral("BERGEN")}}}});
    QVERIFY(a.hasStructured());
    QVERIFY(!a.hasLocalized());
    QCOMPARE(a.value(Address::Part::StreetAddress1), QStringLiteral("Torget 1"));
    QCOMPARE(a.layout().size(), 10); // the full structured layout
    QVERIFY(a.setValue(Address::Part::StreetZipcode, QStringLiteral("5015")));
    QCOMPARE(a.json()
                 .value(QLatin1String("Street"))
                 .toObject()
                 .value(QLatin1String("Zipcode"))
                 .toString(),
             QStringLiteral("5015"));
    QVERIFY(!a.json().contains(QLatin1String("LocalizedAddress")));
    QVERIFY(!a.json().contains(QLatin1String("Postal")));
}

void TestAddress::writesBothFormsWhenBothArrived()
{
    Address a = addressOf(QStringLiteral("contact-real.json"));
    QVERIFY(a.hasLocalized() && a.hasStructured());
    const QJsonObject before = a.json();
    QVERIFY(a.setValue(Address::Part::PostalZipcode, QStringLiteral("0102")));
    QCOMPARE(TestData::differences(before, a.json()),
             (QStringList{QStringLiteral("LocalizedAddress[1][0].Value"),
                          QStringLiteral("Postal.Zipcode")}));
}

void TestAddress::emptyAddressStartsStructuredForm()
{
    Address a;
    QVERIFY(a.setValue(Address::Part::StreetCity, QStringLiteral("TROMSØ")));
    QCOMPARE(a.value(Address::Part::StreetCity), QStringLiteral("TROMSØ"));
    QCOMPARE(a.json()
                 .value(QLatin1String("Street"))
                 .toObject()
                 .value(QLatin1String("AtypeIdx"))
                 .toString(),
             QStringLiteral("ContactStreetAddress"));
}

void TestAddress::partNames()
{
    for (Address::Part p : Address::allParts()) {
        Address::Part back;
        QVERIFY(Address::partFromName(Address::partName(p).toLower(), &back));
        QCOMPARE(back, p);
    }
    Address::Part unused;
    QVERIFY(!Address::partFromName(QStringLiteral("Planet"), &unused));
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
