// Company addresses and countries like a real server's: LocalizedAddress lines with AddressType and
// bare SR_AL_ labels in each country's layout, the Country carriers, ChangeCountry (a transform,
// not a save) there and back keeping every value, and GetAddressByCountry.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QtTest>

namespace {

const QString kGet = QStringLiteral("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=%1");
const QString kChange = QStringLiteral("/api/v1/Agents/Contact/ChangeCountry");

QList<QJsonObject> fields(const QJsonObject &address)
{
    QList<QJsonObject> out;
    for (const QJsonValue &line : address.value("LocalizedAddress").toArray())
        for (const QJsonValue &f : line.toArray())
            out.append(f.toObject());
    return out;
}

QJsonObject named(const QJsonObject &address, const QString &name)
{
    for (const QJsonObject &f : fields(address))
        if (f.value("Name").toString() == name)
            return f;
    return QJsonObject();
}

// Name → Value of the structured forms (every value the address holds).
QHash<QString, QString> structured(const QJsonObject &address)
{
    QHash<QString, QString> out;
    for (const char *form : {"Street", "Postal"}) {
        const QJsonObject o = address.value(QLatin1String(form)).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it->isString() && it.key() != QLatin1String("Formatted") &&
                it.key() != QLatin1String("AtypeIdx"))
                out.insert(QLatin1String(form) + it.key(), it->toString());
    }
    return out;
}

} // namespace

class TestSandboxCountry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addressTypesAndBareLabels();
    void ukLayout();
    void countryCarriers();
    void changeCountryThereAndBack();
    void changeCountryLayouts_data();
    void changeCountryLayouts();
    void changeCountryFormatsBarePhones();
    void changeCountryRefusals();
    void addressByCountry();

private:
    SandboxClient client();
    QJsonObject company(int id);
    QJsonObject change(const QJsonObject &entity, int country);

    SandboxProcess m_sandbox;
};

void TestSandboxCountry::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

SandboxClient TestSandboxCountry::client()
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    c.setHeader("Accept-Language", "en");
    return c;
}

QJsonObject TestSandboxCountry::company(int id)
{
    SandboxClient c = client();
    return c.post(kGet.arg(id)).object();
}

QJsonObject TestSandboxCountry::change(const QJsonObject &entity, int country)
{
    SandboxClient c = client();
    const auto r =
        c.post(kChange, QJsonObject{{"contactEntity", entity}, {"toCountryId", country}});
    if (r.status != 200)
        qWarning("ChangeCountry: %d %s", r.status, r.body.constData());
    return r.object();
}

void TestSandboxCountry::addressTypesAndBareLabels()
{
    for (const QByteArray &language : {QByteArray("en"), QByteArray("nb"), QByteArray("*")}) {
        SandboxClient c = client();
        const QJsonObject address = c.post(kGet.arg(1), QJsonValue(), {{"SO-Language", language}})
                                        .object()
                                        .value("Address")
                                        .toObject();
        const QJsonObject street = named(address, "StreetAddress1");
        QCOMPARE(street.value("Label").toString(), QStringLiteral("SR_AL_STREET"));
        QCOMPARE(street.value("AddressType").toString(), QStringLiteral("ContactStreetAddress"));
        QCOMPARE(named(address, "StreetZipcode").value("Label").toString(),
                 QStringLiteral("SR_AL_POSTCODECITY"));
        QCOMPARE(named(address, "StreetCity").value("Label").toString(), QString());
        QCOMPARE(named(address, "PostalAddress1").value("Label").toString(),
                 QStringLiteral("SR_AL_POBOX"));
        QCOMPARE(named(address, "PostalZipcode").value("AddressType").toString(),
                 QStringLiteral("ContactPostalAddress"));
        QCOMPARE(address.value("Street").toObject().value("AtypeIdx").toString(),
                 QStringLiteral("ContactStreetAddress"));
        QCOMPARE(address.value("Postal").toObject().value("AtypeIdx").toString(),
                 QStringLiteral("ContactPostalAddress"));
    }
    // Norway's layout as captured: 4 lines, ValueLengths 80, 9 + 30.
    const QJsonObject address = company(1).value("Address").toObject();
    QCOMPARE(address.value("LocalizedAddress").toArray().size(), 4);
    QCOMPARE(named(address, "StreetZipcode").value("ValueLength").toInt(), 9);
    QCOMPARE(named(address, "StreetCity").value("ValueLength").toInt(), 30);
}

void TestSandboxCountry::ukLayout()
{
    const QJsonObject address = company(22).value("Address").toObject();
    const QJsonArray lines = address.value("LocalizedAddress").toArray();
    QCOMPARE(lines.size(), 10);
    QStringList names;
    QStringList labels;
    for (const QJsonObject &f : fields(address)) {
        if (f.value("AddressType").toString() != QLatin1String("ContactPostalAddress"))
            continue;
        names.append(f.value("Name").toString());
        labels.append(f.value("Label").toString());
    }
    QCOMPARE(names, (QStringList{"PostalAddress1", "PostalAddress2", "PostalAddress3", "PostalCity",
                                 "PostalCounty", "PostalZipcode"}));
    QCOMPARE(labels, (QStringList{"SR_AL_ADDRESS1", "SR_AL_ADDRESS2", "SR_AL_ADDRESS3",
                                  "SR_AL_CITY", "SR_AL_COUNTYPCODE", ""}));
    QCOMPARE(named(address, "PostalCounty").value("ValueLength").toInt(), 29);
    QCOMPARE(named(address, "PostalZipcode").value("ValueLength").toInt(), 12);
    QCOMPARE(lines.at(9).toArray().size(), 2);
}

void TestSandboxCountry::countryCarriers()
{
    struct Expected
    {
        int id;
        const char *orgNr, *dial, *zip, *iso;
        int layout;
    };
    const QList<Expected> expected = {
        {578, "Org.nr", "47", "N", "NO", 4},      {752, "Org.nr", "46", "S", "SE", 5},
        {208, "CVR-nr.", "45", "DK", "DK", 6},    {276, "USt-IdNr.", "49", "D", "DE", 7},
        {528, "KvK-nummer", "31", "NL", "NL", 8}, {826, "VAT No.:", "44", "GB", "GB", 3}};
    const QJsonObject norway = company(1);
    for (const Expected &x : expected) {
        const QJsonObject country = change(norway, x.id).value("Country").toObject();
        QCOMPARE(country.value("CountryId").toInt(), x.id);
        QCOMPARE(country.value("OrgNrText").toString(), QString::fromUtf8(x.orgNr));
        QCOMPARE(country.value("DialInPrefix").toString(), QString::fromUtf8(x.dial));
        QCOMPARE(country.value("ZipPrefix").toString(), QString::fromUtf8(x.zip));
        QCOMPARE(country.value("TwoLetterISOCountry").toString(), QString::fromUtf8(x.iso));
        QCOMPARE(country.value("AddressLayoutId").toInt(), x.layout);
        QCOMPARE(country.value("DomesticAddressLayoutId").toInt(), x.layout);
        QVERIFY(!country.value("DomainName").toString().isEmpty());
    }
}

void TestSandboxCountry::changeCountryThereAndBack()
{
    const QJsonObject norway = company(1);
    const QJsonObject uk = change(norway, 826);
    QCOMPARE(uk.value("ContactId").toInt(), 1);
    QCOMPARE(uk.value("Name"), norway.value("Name"));
    QCOMPARE(uk.value("OrgNr"), norway.value("OrgNr"));
    QCOMPARE(uk.value("CustomFields"), norway.value("CustomFields"));
    QCOMPARE(uk.value("Country").toObject().value("OrgNrText").toString(),
             QStringLiteral("VAT No.:"));
    const QJsonObject ukAddress = uk.value("Address").toObject();
    QCOMPARE(named(ukAddress, "StreetAddress1").value("Value"),
             named(norway.value("Address").toObject(), "StreetAddress1").value("Value"));
    QCOMPARE(named(ukAddress, "StreetZipcode").value("Value").toString(), QStringLiteral("6002"));
    QCOMPARE(named(ukAddress, "StreetCity").value("Label").toString(),
             QStringLiteral("SR_AL_CITY"));
    QCOMPARE(named(ukAddress, "PostalCounty").value("Label").toString(),
             QStringLiteral("SR_AL_COUNTYPCODE"));
    // Phones keep their number.
    const QJsonObject phone = uk.value("Phones").toArray().at(0).toObject();
    QCOMPARE(phone.value("StrippedValue"),
             norway.value("Phones").toArray().at(0).toObject().value("StrippedValue"));
    QCOMPARE(phone.value("Value").toString(), QStringLiteral("+47 70 42 55 50"));
    // Not saved.
    QCOMPARE(company(1).value("Country").toObject().value("CountryId").toInt(), 578);

    // Back to Norway: the same layout and every value.
    const QJsonObject back = change(uk, 578);
    const QJsonObject a = back.value("Address").toObject();
    const QJsonObject b = norway.value("Address").toObject();
    QCOMPARE(a.value("LocalizedAddress"), b.value("LocalizedAddress"));
    QCOMPARE(structured(a), structured(b));
    QCOMPARE(back.value("Country").toObject().value("OrgNrText").toString(),
             QStringLiteral("Org.nr"));
    QCOMPARE(back.value("Country").toObject().value("AddressLayoutId").toInt(), 4);

    // A UK address's third line has no place in Norway's layout but stays in the structured form.
    QJsonObject withThird = uk;
    QJsonObject address = withThird.value("Address").toObject();
    QJsonArray lines = address.value("LocalizedAddress").toArray();
    QJsonArray third = lines.at(2).toArray();
    QJsonObject field = third.at(0).toObject();
    QCOMPARE(field.value("Name").toString(), QStringLiteral("StreetAddress3"));
    field.insert("Value", "Unit 4");
    third.replace(0, field);
    lines.replace(2, third);
    address.insert("LocalizedAddress", lines);
    address.remove("Street");
    withThird.insert("Address", address);
    const QJsonObject norwegian = change(withThird, 578);
    QVERIFY(named(norwegian.value("Address").toObject(), "StreetAddress3").isEmpty());
    QCOMPARE(norwegian.value("Address").toObject().value("Street").toObject().value("Address3"),
             QJsonValue("Unit 4"));
    QCOMPARE(named(change(norwegian, 826).value("Address").toObject(), "StreetAddress3")
                 .value("Value")
                 .toString(),
             QStringLiteral("Unit 4"));
}

void TestSandboxCountry::changeCountryLayouts_data()
{
    QTest::addColumn<int>("country");
    QTest::addColumn<QString>("zipLabel");
    QTest::addColumn<int>("zipLength");
    QTest::addColumn<int>("lines");
    QTest::newRow("Sweden") << 752 << "SR_AL_POSTCODECITY" << 6 << 4;
    QTest::newRow("Denmark") << 208 << "SR_AL_POSTCODECITY" << 4 << 4;
    QTest::newRow("Germany") << 276 << "SR_AL_ZIPCODECITY" << 5 << 6;
    QTest::newRow("Netherlands") << 528 << "SR_AL_ZIPCODECITY" << 7 << 6;
    QTest::newRow("Norway") << 578 << "SR_AL_POSTCODECITY" << 9 << 4;
}

void TestSandboxCountry::changeCountryLayouts()
{
    QFETCH(int, country);
    QFETCH(QString, zipLabel);
    QFETCH(int, zipLength);
    QFETCH(int, lines);
    const QJsonObject e = change(company(22), country);
    const QJsonObject address = e.value("Address").toObject();
    QCOMPARE(address.value("LocalizedAddress").toArray().size(), lines);
    const QJsonObject zip = named(address, "StreetZipcode");
    QCOMPARE(zip.value("Label").toString(), zipLabel);
    QCOMPARE(zip.value("ValueLength").toInt(), zipLength);
    QCOMPARE(zip.value("Value").toString(), QStringLiteral("M1 1AE"));
    // Zip before city on one line.
    const QJsonArray zipLine =
        address.value("LocalizedAddress").toArray().at(lines / 2 - 1).toArray();
    QCOMPARE(zipLine.at(0).toObject().value("Name").toString(), QStringLiteral("StreetZipcode"));
    QCOMPARE(zipLine.at(1).toObject().value("Name").toString(), QStringLiteral("StreetCity"));
    QCOMPARE(e.value("Country").toObject().value("CountryId").toInt(), country);
}

void TestSandboxCountry::changeCountryFormatsBarePhones()
{
    QJsonObject e = company(1);
    QJsonArray phones = e.value("Phones").toArray();
    QJsonObject phone = phones.at(0).toObject();
    phone.insert("Value", "78179133");
    phone.insert("StrippedValue", "78179133");
    phones.replace(0, phone);
    e.insert("Phones", phones);
    const QJsonObject uk = change(e, 826).value("Phones").toArray().at(0).toObject();
    QCOMPARE(uk.value("Value").toString(), QStringLiteral("+44 78 17 91 33"));
    QCOMPARE(uk.value("StrippedValue").toString(), QStringLiteral("78179133"));
}

void TestSandboxCountry::changeCountryRefusals()
{
    SandboxClient c = client();
    QCOMPARE(
        c.post(kChange, QJsonObject{{"ContactEntity", company(1)}, {"ToCountryId", 9999}}).status,
        404);
    QCOMPARE(c.post(kChange, QJsonObject{{"ToCountryId", 826}}).status, 400);
    // $select and the query's ToCountryId.
    const auto r = c.post(kChange + QStringLiteral("?toCountryId=826&$select=Name"),
                          QJsonObject{{"ContactEntity", company(1)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("Name").toString(), company(1).value("Name").toString());
}

void TestSandboxCountry::addressByCountry()
{
    SandboxClient c = client();
    const auto r = c.post(QStringLiteral("/api/v1/Agents/Contact/GetAddressByCountry"),
                          QJsonObject{{"contactId", 1}, {"countryId", 826}});
    QCOMPARE(r.status, 200);
    const QJsonObject address = r.object();
    QCOMPARE(named(address, "StreetCounty").value("Label").toString(),
             QStringLiteral("SR_AL_COUNTYPCODE"));
    QCOMPARE(named(address, "StreetZipcode").value("Value").toString(), QStringLiteral("6002"));
    QCOMPARE(c.post(QStringLiteral("/api/v1/Agents/Contact/GetAddressByCountry"),
                    QJsonObject{{"ContactId", 999}, {"CountryId", 826}})
                 .status,
             404);
}

QTEST_MAIN(TestSandboxCountry)
#include "tst_sandboxcountry.moc"
