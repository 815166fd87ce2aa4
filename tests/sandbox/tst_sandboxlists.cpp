// Finding things over real HTTP: every MDO list with its translations, the enrichcontact list,
// the OData contact archive with $filter/$select/$top, and GetDuplicates.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QtTest>

namespace {

QJsonObject itemWithId(const QJsonArray &items, int id)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value("Id").toInt() == id)
            return v.toObject();
    return QJsonObject();
}

QStringList names(const QJsonArray &rows, const char *column = "name")
{
    QStringList out;
    for (const QJsonValue &v : rows)
        out.append(v.toObject().value(QLatin1String(column)).toString());
    return out;
}

} // namespace

class TestSandboxLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyListHasMdoItems_data();
    void everyListHasMdoItems();
    void listNamesAreTranslated();
    void queryFiltersByName();
    void countriesCarryOrgNrText();
    void associatesListTheUsers();
    void enrichContactSearch_data();
    void enrichContactSearch();
    void enrichContactDefaultsToHomeCountry();
    void odataSearch_data();
    void odataSearch();
    void odataRowsHaveTheArchiveShape();
    void odataSelectAndTop();
    void odataBadFilterIs400();
    void duplicatesIgnoreCaseAndLegalSuffixes_data();
    void duplicatesIgnoreCaseAndLegalSuffixes();

private:
    SandboxClient client();
    SandboxProcess m_sandbox;
};

void TestSandboxLists::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

SandboxClient TestSandboxLists::client()
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    return c;
}

void TestSandboxLists::everyListHasMdoItems_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("business") << "business" << 10;
    QTest::newRow("category") << "category" << 5;
    QTest::newRow("country") << "country" << 8;
    QTest::newRow("associate") << "associate" << 4;
    QTest::newRow("contint") << "contint" << 10;
    QTest::newRow("ticketpriority") << "ticketpriority" << 3;
    QTest::newRow("customerlanguage") << "customerlanguage" << 4;
    QTest::newRow("enrichcontact") << "enrichcontact" << 50;
    QTest::newRow("list names ignore case") << "Business" << 10;
}

void TestSandboxLists::everyListHasMdoItems()
{
    QFETCH(QString, list);
    QFETCH(int, atLeast);
    SandboxClient c = client();
    const auto r = c.get("/api/v1/MDOList/" + list + "?flat=true");
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.array();
    QVERIFY2(items.size() >= atLeast, qPrintable(QString::number(items.size())));
    QSet<int> ids;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        for (const char *member :
             {"Id", "Name", "ToolTip", "Deleted", "Rank", "Type", "ChildItems", "IconHint",
              "ColorBlock", "ExtraInfo", "StyleHint", "FullName", "TableRight", "FieldProperties"})
            QVERIFY2(o.contains(QLatin1String(member)), member);
        QVERIFY(o.value("Id").toInt() > 0);
        QVERIFY(!o.value("Name").toString().isEmpty());
        ids.insert(o.value("Id").toInt());
    }
    QCOMPARE(ids.size(), items.size());
}

void TestSandboxLists::listNamesAreTranslated()
{
    SandboxClient c = client();
    const QJsonArray en = c.get("/api/v1/MDOList/category", {{"Accept-Language", "en"}}).array();
    const QJsonArray nb = c.get("/api/v1/MDOList/category", {{"Accept-Language", "nb-NO"}}).array();
    const QJsonArray raw = c.get("/api/v1/MDOList/category", {{"SO-Language", "x"}}).array();
    QCOMPARE(itemWithId(en, 3).value("Name").toString(), QStringLiteral("Supplier"));
    QCOMPARE(itemWithId(nb, 3).value("Name").toString(), QStringLiteral("Leverandør"));
    // Without a language the real server sends the multi-language string as stored.
    QCOMPARE(itemWithId(raw, 3).value("Name").toString(),
             QStringLiteral("US:\"Supplier\";NO:\"Leverandør\""));
    QCOMPARE(itemWithId(c.get("/api/v1/MDOList/contint", {{"SO-Language", "nb"}}).array(), 2)
                 .value("Name")
                 .toString(),
             QStringLiteral("Seiling"));
    QCOMPARE(itemWithId(c.get("/api/v1/MDOList/country", {{"SO-Language", "nb"}}).array(), 752)
                 .value("Name")
                 .toString(),
             QStringLiteral("Sverige"));
    QCOMPARE(itemWithId(c.get("/api/v1/MDOList/ticketpriority", {{"SO-Language", "nb"}}).array(), 2)
                 .value("Name")
                 .toString(),
             QStringLiteral("Høy"));
    QCOMPARE(itemWithId(c.get("/api/v1/MDOList/business", {{"SO-Language", "nb"}}).array(), 9)
                 .value("Name")
                 .toString(),
             QStringLiteral("Bygg og anlegg"));
}

void TestSandboxLists::queryFiltersByName()
{
    SandboxClient c = client();
    const QJsonArray items =
        c.get("/api/v1/MDOList/business?query=manu", {{"Accept-Language", "en"}}).array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value("Name").toString(), QStringLiteral("Manufacturing"));
    QCOMPARE(c.get("/api/v1/MDOList/category?query=zzz").array().size(), 0);
}

void TestSandboxLists::countriesCarryOrgNrText()
{
    SandboxClient c = client();
    const QJsonArray countries =
        c.get("/api/v1/MDOList/country", {{"Accept-Language", "en"}}).array();
    const QList<std::pair<int, const char *>> expected = {
        {578, "Org.nr"},    {752, "Org.nr"},   {208, "CVR-nr."},   {246, "Y-tunnus"},
        {276, "USt-IdNr."}, {826, "VAT No.:"}, {528, "KvK-nummer"}};
    for (const auto &[id, text] : expected) {
        const QJsonObject item = itemWithId(countries, id);
        QCOMPARE(item.value("OrgNrText").toString(), QString::fromUtf8(text));
    }
    QCOMPARE(itemWithId(countries, 578).value("Name").toString(), QStringLiteral("Norway"));
    QCOMPARE(itemWithId(countries, 578).value("ExtraInfo").toString(), QStringLiteral("NO"));
}

void TestSandboxLists::associatesListTheUsers()
{
    SandboxClient c = client();
    const QJsonArray items = c.get("/api/v1/MDOList/associate").array();
    QCOMPARE(itemWithId(items, 5).value("Name").toString(), QStringLiteral("Dana Demo"));
    QCOMPARE(itemWithId(items, 9).value("Name").toString(), QStringLiteral("Ola Nordmann"));
}

void TestSandboxLists::enrichContactSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("additional");
    QTest::addColumn<QString>("iso");
    QTest::newRow("plain country") << "Nordlys"
                                   << "no"
                                   << "no";
    QTest::newRow("key=value") << "Nordlys"
                               << "countryIso2=no"
                               << "no";
    QTest::newRow("key:value") << "nordlys konsulenter"
                               << "countryIso2:no"
                               << "no";
    QTest::newRow("sweden") << "Norrsken"
                            << "se"
                            << "se";
    QTest::newRow("upper case country") << "Norrsken"
                                        << "SE"
                                        << "se";
}

void TestSandboxLists::enrichContactSearch()
{
    QFETCH(QString, query);
    QFETCH(QString, additional);
    QFETCH(QString, iso);
    SandboxClient c = client();
    const QJsonArray items =
        c.get("/api/v1/MDOList/enrichcontact?query=" + query + "&additional=" + additional).array();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value("Name").toString().contains(query, Qt::CaseInsensitive));
        QVERIFY2(o.value("ExtraInfo").toString().startsWith("enr-" + iso + "-"),
                 qPrintable(o.value("ExtraInfo").toString()));
        QVERIFY(!o.value("ToolTip").toString().isEmpty());
    }
    // Another country's list does not hold these companies.
    const QString other = iso == "no" ? "dk" : "no";
    QCOMPARE(c.get("/api/v1/MDOList/enrichcontact?query=" + query + "&additional=" + other)
                 .array()
                 .size(),
             0);
}

void TestSandboxLists::enrichContactDefaultsToHomeCountry()
{
    SandboxClient c = client();
    const QJsonArray home = c.get("/api/v1/MDOList/enrichcontact").array();
    QVERIFY(home.size() >= 50);
    for (const QJsonValue &v : home)
        QVERIFY(v.toObject().value("ExtraInfo").toString().startsWith("enr-no-"));
    const QJsonArray all = c.get("/api/v1/MDOList/enrichcontact?additional=all").array();
    QVERIFY(all.size() >= 200);
}

void TestSandboxLists::odataSearch_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("begins") << "name begins 'Nord'" << QStringList{"Nordlys Konsulenter AS"};
    QTest::newRow("begins ignores case")
        << "name begins 'nordl'" << QStringList{"Nordlys Konsulenter AS"};
    QTest::newRow("contains") << "name contains 'shipping'" << QStringList{"Øresund Shipping A/S"};
    QTest::newRow("and") << "name contains 'a' and name begins 'Havb'"
                         << QStringList{"Havbris Marin AS"};
    QTest::newRow("quote in value") << "name contains 'O''Brien'" << QStringList{};
    QTest::newRow("keyword case") << "name BEGINS 'Polar' AND name contains 'Data'"
                                  << QStringList{"Polar Data AS"};
}

void TestSandboxLists::odataSearch()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    SandboxClient c = client();
    const auto r = c.get("/api/v1/Contact?$select=name&$filter=" + filter + "&$orderBy=name");
    QCOMPARE(r.status, 200);
    QStringList got = names(r.object().value("value").toArray());
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestSandboxLists::odataRowsHaveTheArchiveShape()
{
    SandboxClient c = client();
    const QJsonObject first = c.get("/api/v1/Contact?$filter=name begins 'Nordlys'").object();
    QVERIFY(first.contains("odata.metadata"));
    QVERIFY(first.contains("odata.nextLink"));
    QVERIFY(first.value("odata.nextLink").isNull());
    const QJsonObject row = first.value("value").toArray().at(0).toObject();
    QCOMPARE(row.value("PrimaryKey").toString(), QStringLiteral("1"));
    QCOMPARE(row.value("EntityName").toString(), QStringLiteral("contact"));
    QCOMPARE(row.value("contactId").toInt(), 1);
    QCOMPARE(row.value("name").toString(), QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY(row.contains("department"));
    QVERIFY(!row.value("city").toString().isEmpty());
    const QString orgnr = row.value("orgnr").toString();
    QVERIFY(!orgnr.isEmpty());
    const QJsonArray byOrgNr =
        c.get("/api/v1/Contact?$filter=orgnr eq '" + orgnr + "'").object().value("value").toArray();
    QCOMPARE(byOrgNr.size(), 1);
    QCOMPARE(byOrgNr.at(0).toObject().value("contactId").toInt(), 1);
}

void TestSandboxLists::odataSelectAndTop()
{
    SandboxClient c = client();
    const QJsonArray rows =
        c.get("/api/v1/Contact?$select=contactId,name&$top=3").object().value("value").toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject row = rows.at(0).toObject();
    QVERIFY(row.contains("name"));
    QVERIFY(!row.contains("city"));
    QVERIFY(row.contains("PrimaryKey"));
    const QJsonArray all = c.get("/api/v1/Contact").object().value("value").toArray();
    QVERIFY(all.size() >= 25);
    const QJsonArray skipped =
        c.get("/api/v1/Contact?$top=2&$skip=1").object().value("value").toArray();
    QCOMPARE(skipped.at(0).toObject().value("contactId"), all.at(1).toObject().value("contactId"));
}

void TestSandboxLists::odataBadFilterIs400()
{
    SandboxClient c = client();
    for (const char *filter : {"name begins", "name sounds 'x'", "nosuchcolumn eq 'x'",
                               "name eq 'x' or name eq 'y'", "name eq 'unterminated"}) {
        const auto r =
            c.get(QStringLiteral("/api/v1/Contact?$filter=") + QString::fromUtf8(filter));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.isErrorBody(), filter);
    }
}

void TestSandboxLists::duplicatesIgnoreCaseAndLegalSuffixes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("contactId");
    QTest::newRow("exact") << "Nordlys Konsulenter AS" << 1;
    QTest::newRow("case and no suffix") << "NORDLYS konsulenter" << 1;
    QTest::newRow("other suffix") << "Nordlys Konsulenter ASA" << 1;
    QTest::newRow("spaces") << "  Nordlys   Konsulenter  " << 1;
    QTest::newRow("a/s") << "Øresund Shipping" << 16;
    QTest::newRow("gmbh vs ltd") << "Rheinblick Beratung Ltd" << 20;
    QTest::newRow("oyj") << "saaristo energia oy" << 19;
    QTest::newRow("none") << "Nordlys" << 0;
}

void TestSandboxLists::duplicatesIgnoreCaseAndLegalSuffixes()
{
    QFETCH(QString, name);
    QFETCH(int, contactId);
    SandboxClient c = client();
    const auto r = c.post("/api/v1/Agents/Contact/GetDuplicates", QJsonObject{{"name", name}});
    QCOMPARE(r.status, 200);
    const QJsonArray entries = r.array();
    if (!contactId) {
        QCOMPARE(entries.size(), 0);
        return;
    }
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.at(0).toObject();
    QCOMPARE(e.value("SoPrimaryKey").toInt(), contactId);
    QCOMPARE(e.value("EntryIdentifier").toString(), QString::number(contactId));
    QVERIFY(!e.value("EntryName").toString().isEmpty());
    for (const char *member : {"RuleName", "RuleDisplayName", "TableRight", "FieldProperties"})
        QVERIFY(e.contains(QLatin1String(member)));
}

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandboxlists.moc"
