#include "entitydocument.h"
#include "fieldcatalogue.h"
#include "testdata.h"

#include <QtTest>

// Lists, the address and the domains a server marks mandatory (UIHintMandatory) block saving
// like a mandatory field.
class TestMandatoryLists : public QObject
{
    Q_OBJECT

private slots:
    void blankListsAddressAndDomainsAreMissing();
    void aBlankEntryDoesNotCount();
};

namespace {

QJsonObject mandatory()
{
    return {{QStringLiteral("FieldRight"),
             QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Update, UIHintMandatory")},
                         {QStringLiteral("Reason"), QStringLiteral("Required")}}},
            {QStringLiteral("FieldType"), QStringLiteral("System.Object")},
            {QStringLiteral("FieldLength"), 0}};
}

QJsonObject withMandatory(const QStringList &members)
{
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    QJsonObject props = json.value(QLatin1String("FieldProperties")).toObject();
    for (const QString &m : members)
        props.insert(m, mandatory());
    json.insert(QStringLiteral("FieldProperties"), props);
    return json;
}

} // namespace

void TestMandatoryLists::blankListsAddressAndDomainsAreMissing()
{
    const QStringList members{QStringLiteral("Phones"),  QStringLiteral("Emails"),
                              QStringLiteral("Urls"),    QStringLiteral("Faxes"),
                              QStringLiteral("Domains"), QStringLiteral("Address")};
    QJsonObject json = withMandatory(members);
    for (const QString &m : members)
        json.insert(m, m == QLatin1String("Address") ? QJsonValue(QJsonObject())
                                                     : QJsonValue(QJsonArray()));
    EntityDocument doc{ContactEntity(json)};
    QCOMPARE(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()),
             (QStringList{QStringLiteral("Phones"), QStringLiteral("Emails"),
                          QStringLiteral("Urls"), QStringLiteral("Faxes"),
                          QStringLiteral("Domains"), QStringLiteral("Address")}));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("Phones")), QStringLiteral("Phones"));

    doc.insertElement(JsonPath("Phones"), 0,
                      QJsonObject{{QStringLiteral("Value"), QStringLiteral("+47 55 00 00 00")}});
    doc.setValue(JsonPath("Domains"), QJsonArray{QStringLiteral("example.no")});
    Address address = doc.entity().address();
    address.setValue(Address::Part::StreetCity, QStringLiteral("Bergen"));
    doc.setValue(JsonPath("Address"), address.json());
    QCOMPARE(
        FieldCatalogue::missingMandatory(doc.entity(), doc.rights()),
        (QStringList{QStringLiteral("Emails"), QStringLiteral("Urls"), QStringLiteral("Faxes")}));
}

void TestMandatoryLists::aBlankEntryDoesNotCount()
{
    EntityDocument doc{ContactEntity(withMandatory({QStringLiteral("Emails")}))};
    doc.setValue(JsonPath("Emails"),
                 QJsonArray{QJsonObject{{QStringLiteral("Value"), QStringLiteral("  ")}}});
    QCOMPARE(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()),
             QStringList{QStringLiteral("Emails")});
    // Without the hint an empty list is fine.
    EntityDocument plain{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    plain.setValue(JsonPath("Emails"), QJsonArray());
    QVERIFY(FieldCatalogue::missingMandatory(plain.entity(), plain.rights()).isEmpty());
}

QTEST_GUILESS_MAIN(TestMandatoryLists)
#include "tst_mandatorylists.moc"
