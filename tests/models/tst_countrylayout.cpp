#include "address.h"
#include "testdata.h"

#include <QtTest>

// Addresses in real country layouts (superoffice-fields.md §3): the bare SR_AL_ labels real
// servers send shown as words, and a change of layout that keeps every value.
class TestCountryLayout : public QObject
{
    Q_OBJECT

private slots:
    void translatesBareLabelKeys();
    void emptyLabelIsNoLabel();
    void relaidKeepsEveryValueNorwayUkNorway();
    void relaidKeepsUnplacedWithoutStructuredForm();
    void blankLayoutHasNoValues();
};

namespace {

using P = Address::Part;

QJsonObject field(const char *name, const char *label, int length, const QString &value = {})
{
    return {{QStringLiteral("Name"), QString::fromLatin1(name)},
            {QStringLiteral("Value"), value},
            {QStringLiteral("Tooltip"), QString()},
            {QStringLiteral("Label"), QString::fromLatin1(label)},
            {QStringLiteral("ValueLength"), length},
            {QStringLiteral("AddressType"),
             QString::fromLatin1(QByteArray(name).startsWith("Street") ? "ContactStreetAddress"
                                                                       : "ContactPostalAddress")}};
}

// Norway (4), as in a real CreateDefaultContactEntity answer.
Address norway()
{
    return Address(
        QJsonObject{{QStringLiteral("LocalizedAddress"),
                     QJsonArray{QJsonArray{field("StreetAddress1", "SR_AL_STREET", 80)},
                                QJsonArray{field("StreetZipcode", "SR_AL_POSTCODECITY", 9),
                                           field("StreetCity", "", 30)},
                                QJsonArray{field("PostalAddress1", "SR_AL_POBOX", 80)},
                                QJsonArray{field("PostalZipcode", "SR_AL_POSTCODECITY", 9),
                                           field("PostalCity", "", 30)}}}});
}

// The UK (3): postal lines only, as in a real GET Person/210's Contact.Address.
Address uk()
{
    return Address(
        QJsonObject{{QStringLiteral("LocalizedAddress"),
                     QJsonArray{QJsonArray{field("PostalAddress1", "SR_AL_ADDRESS1", 80)},
                                QJsonArray{field("PostalAddress2", "SR_AL_ADDRESS2", 80)},
                                QJsonArray{field("PostalAddress3", "SR_AL_ADDRESS3", 80)},
                                QJsonArray{field("PostalCity", "SR_AL_CITY", 80)},
                                QJsonArray{field("PostalCounty", "SR_AL_COUNTYPCODE", 29),
                                           field("PostalZipcode", "", 12)}}}});
}

} // namespace

void TestCountryLayout::translatesBareLabelKeys()
{
    const Address no = norway();
    QCOMPARE(no.caption(P::StreetAddress1), QStringLiteral("Street address"));
    QCOMPARE(no.caption(P::StreetZipcode), QStringLiteral("Postcode/City"));
    QCOMPARE(no.caption(P::PostalAddress1), QStringLiteral("Postal address"));
    const Address gb = uk();
    QCOMPARE(gb.caption(P::PostalAddress1), QStringLiteral("Address 1"));
    QCOMPARE(gb.caption(P::PostalAddress3), QStringLiteral("Address 3"));
    QCOMPARE(gb.caption(P::PostalCity), QStringLiteral("City"));
    QCOMPARE(gb.caption(P::PostalCounty), QStringLiteral("County/Postcode"));
    // Bracketed keys too, and a tenant's own text as it is.
    QCOMPARE(Address::resourceLabel(QStringLiteral("[SR_AL_ZIPCODE]")), QStringLiteral("Zip code"));
    QCOMPARE(Address::resourceLabel(QStringLiteral("SR_AL_STATE")), QStringLiteral("State"));
    QCOMPARE(Address::resourceLabel(QStringLiteral("SR_AL_COUNTY")), QStringLiteral("County"));
    QCOMPARE(Address::resourceLabel(QStringLiteral("SR_AL_POSTCODE")), QStringLiteral("Postcode"));
    QCOMPARE(Address::resourceLabel(QStringLiteral("Gate")), QString());
    // No caption anywhere is a raw key.
    for (const Address &a : {no, gb}) {
        for (const QList<P> &line : a.layout()) {
            for (P p : line)
                QVERIFY2(!a.caption(p).contains(QLatin1String("SR_")), qPrintable(a.caption(p)));
        }
    }
}

void TestCountryLayout::emptyLabelIsNoLabel()
{
    const Address no = norway();
    QCOMPARE(no.caption(P::StreetCity), QString());
    QCOMPARE(uk().caption(P::PostalZipcode), QString());
    // The part still has a name for review and accessibility.
    QCOMPARE(no.label(P::StreetCity), QStringLiteral("City"));
}

void TestCountryLayout::relaidKeepsEveryValueNorwayUkNorway()
{
    Address no = norway();
    no.setValue(P::StreetAddress1, QStringLiteral("Strandkaien 2"));
    no.setValue(P::StreetZipcode, QStringLiteral("5013"));
    no.setValue(P::StreetCity, QStringLiteral("BERGEN"));
    no.setValue(P::PostalAddress1, QStringLiteral("Postboks 7"));
    no.setValue(P::PostalZipcode, QStringLiteral("5804"));
    no.setValue(P::PostalCity, QStringLiteral("BERGEN"));

    const Address inUk = Address::relaid(no, uk());
    QCOMPARE(inUk.value(P::PostalAddress1), QStringLiteral("Postboks 7"));
    QCOMPARE(inUk.value(P::PostalZipcode), QStringLiteral("5804"));
    QCOMPARE(inUk.value(P::PostalCity), QStringLiteral("BERGEN"));
    // The street has no place in the UK layout: kept, and said so.
    QCOMPARE(inUk.unplacedParts(), (QList<P>{P::StreetAddress1, P::StreetZipcode, P::StreetCity}));
    QCOMPARE(inUk.value(P::StreetAddress1), QStringLiteral("Strandkaien 2"));
    QCOMPARE(inUk.caption(P::PostalCounty), QStringLiteral("County/Postcode"));

    const Address back = Address::relaid(inUk, norway());
    for (P p : Address::companyParts())
        QCOMPARE(back.value(p), no.value(p));
    QVERIFY(back.unplacedParts().isEmpty());
    QCOMPARE(back.caption(P::StreetZipcode), QStringLiteral("Postcode/City"));
}

void TestCountryLayout::relaidKeepsUnplacedWithoutStructuredForm()
{
    Address gb = uk();
    gb.setValue(P::PostalAddress2, QStringLiteral("Unit 4"));
    QVERIFY(!gb.hasStructured());
    const Address no = Address::relaid(gb, norway());
    QCOMPARE(no.unplacedParts(), QList<P>{P::PostalAddress2});
    QCOMPARE(no.value(P::PostalAddress2), QStringLiteral("Unit 4"));
    // Kept where any server stores it.
    QCOMPARE(no.object(QStringLiteral("Postal")).value(QLatin1String("Address2")).toString(),
             QStringLiteral("Unit 4"));
}

void TestCountryLayout::blankLayoutHasNoValues()
{
    Address no = norway();
    no.setValue(P::StreetCity, QStringLiteral("BERGEN"));
    const Address blank = no.blankLayout();
    QCOMPARE(blank.layout(), no.layout());
    QCOMPARE(blank.composed(), QString());
}

QTEST_GUILESS_MAIN(TestCountryLayout)
#include "tst_countrylayout.moc"
