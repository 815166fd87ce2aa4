// The tenant's own company fields over real HTTP: the published UDF layout (REST and Agents), the
// custom field list of every type, the user-defined list, the values in each bucket's encoding
// with :org twins and display texts, saves in any encoding, the fields' rights, mandatory fields
// refused blank (companies and persons), the persons' layouts; and every POST the
// sandbox has taking the JSON null and an empty body as SuperOffice's own client sends them.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QtTest>

namespace {

const QString kGet = QStringLiteral("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=%1");
const QString kSave = QStringLiteral("/api/v1/Agents/Contact/SaveContactEntity");
const QString kLayout = QStringLiteral("/api/v1/Contact/UdefLayout/Published");

// Every POST route of the API, the hooks and the login service, as GET /sandbox/routes names them.
const QStringList kPostRoutes = {
    QStringLiteral("/api/v1/Agents/Contact/CreateDefaultContactEntity"),
    QStringLiteral("/api/v1/Agents/Contact/GetContactEntity"),
    QStringLiteral("/api/v1/Agents/Contact/SaveContactEntity"),
    QStringLiteral("/api/v1/Agents/Contact/ValidateContactEntity"),
    QStringLiteral("/api/v1/Agents/Contact/EnrichContactEntity"),
    QStringLiteral("/api/v1/Agents/Contact/GetPreviewEnrichContact"),
    QStringLiteral("/api/v1/Agents/Contact/GetDuplicates"),
    QStringLiteral("/api/v1/Agents/Contact/ChangeCountry"),
    QStringLiteral("/api/v1/Agents/Contact/GetAddressByCountry"),
    QStringLiteral("/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList"),
    QStringLiteral("/api/v1/Agents/Person/CreateDefaultPersonEntity"),
    QStringLiteral("/api/v1/Agents/Person/GetPersonEntity"),
    QStringLiteral("/api/v1/Agents/Person/SavePersonEntity"),
    QStringLiteral("/api/v1/Agents/Person/DeletePersonEntity"),
    QStringLiteral("/api/v1/Agents/Person/{}"),
    QStringLiteral("/api/v1/Agents/Contact/{}"),
    QStringLiteral("/login/common/oauth/authorize"),
    QStringLiteral("/login/common/oauth/tokens"),
    QStringLiteral("/login/common/oauth/revoke"),
    QStringLiteral("/login/logout"),
    QStringLiteral("/sandbox/faults"),
    QStringLiteral("/sandbox/contacts/{}"),
    QStringLiteral("/sandbox/contacts/{}/persons"),
    QStringLiteral("/sandbox/persons/{}"),
    QStringLiteral("/sandbox/oauth/expire"),
    QStringLiteral("/sandbox/oauth/revoke"),
    QStringLiteral("/sandbox/oauth/config"),
    // Last: the tenant moves away, then the reset brings it home.
    QStringLiteral("/sandbox/tenant/move"),
    QStringLiteral("/sandbox/reset"),
};

QJsonObject byKey(const QJsonArray &items, const char *member, const QString &key)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(QLatin1String(member)).toString() == key)
            return v.toObject();
    return QJsonObject();
}

QString mask(const QJsonObject &entity, const QString &key)
{
    return entity.value("FieldProperties")
        .toObject()
        .value(key)
        .toObject()
        .value("FieldRight")
        .toObject()
        .value("Mask")
        .toString();
}

} // namespace

class TestSandboxFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void publishedLayoutInBothLanguages();
    void agentsLayoutIsTheSame();
    void customFieldsOfEveryType();
    void userDefinedListIsServed();
    void storedValuesHaveTheRealEncodings();
    void fieldPropertiesNameTheTypes();
    void savesInAnyEncodingAndReadsBack();
    void olderFormsAreReadAndWrittenInTheRealOnes();
    void listDisplayTextFollowsTheItem();
    void readOnlyFieldKeepsItsValue();
    void restrictedUserRights();
    void mandatoryCustomFieldsAreAnnounced();
    void blankMandatoryCustomFieldIsRefused();
    void personLayoutsInBothLanguages();
    void blankMandatoryPersonFieldIsRefused();
    void nullAndEmptyBodiesOnEveryPost();

private:
    SandboxClient client(const QString &user = QStringLiteral("demo"));
    QJsonObject company(int id, const QByteArray &language = "en");
    QJsonObject save(QJsonObject entity);

    SandboxProcess m_sandbox;
};

void TestSandboxFields::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxFields::init()
{
    m_sandbox.reset();
}

SandboxClient TestSandboxFields::client(const QString &user)
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic(user, user);
    return c;
}

QJsonObject TestSandboxFields::company(int id, const QByteArray &language)
{
    SandboxClient c = client();
    const auto r = c.send("POST", kGet.arg(id), "null",
                          {{"Content-Type", "application/json"}, {"SO-Language", language}});
    return r.object();
}

QJsonObject TestSandboxFields::save(QJsonObject entity)
{
    SandboxClient c = client();
    const auto r = c.post(kSave, entity);
    if (r.status != 200)
        qWarning("save: %d %s", r.status, r.body.constData());
    return r.object();
}

void TestSandboxFields::publishedLayoutInBothLanguages()
{
    SandboxClient c = client();
    const QJsonArray en = c.get(kLayout, {{"Accept-Language", "en"}}).array();
    const QJsonArray nb = c.get(kLayout, {{"SO-Language", "nb"}}).array();
    QCOMPARE(en.size(), 8);
    QCOMPARE(nb.size(), 8);
    QStringList types;
    int order = 0;
    for (const QJsonValue &v : en) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.value("ProgId").toString(), QStringLiteral("SuperOffice:%1").arg(order + 1));
        QVERIFY(f.value("TabOrder").toInt() > order);
        order = f.value("TabOrder").toInt();
        QCOMPARE(f.value("Type").toString(), QStringLiteral("Contact"));
        QCOMPARE(f.value("OwnerType").toString(), QStringLiteral("Contact"));
        QVERIFY(f.contains("UDefFieldId") && f.contains("UdefIdentity") &&
                f.contains("TemplateVariableName") && f.contains("HideLabel"));
        types.append(f.value("FieldType").toString());
    }
    QCOMPARE(types, (QStringList{"ShortText", "List", "Date", "Checkbox", "Decimal", "Number",
                                 "LongText", "ShortText"}));
    const QJsonObject list = en.at(1).toObject();
    QCOMPARE(list.value("FieldLabel").toString(), QStringLiteral("Partner level"));
    QCOMPARE(nb.at(1).toObject().value("FieldLabel").toString(), QStringLiteral("Partnernivå"));
    QCOMPARE(list.value("MdoListName").toString(), QStringLiteral("udlist123"));
    QCOMPARE(list.value("UDListDefinitionId").toInt(), 123);
    QVERIFY(list.value("ListTableId").toInt() > 0);
    QVERIFY(en.at(0).toObject().value("MdoListName").isNull());
    QCOMPARE(en.at(0).toObject().value("TextLength").toInt(), 39);
    QCOMPARE(en.at(6).toObject().value("TextLength").toInt(), 199);
    QVERIFY(en.at(7).toObject().value("IsReadOnly").toBool());
    QCOMPARE(nb.at(3).toObject().value("Tooltip").toString(),
             QStringLiteral("Send firmaet nyhetsbrevet vårt"));
}

void TestSandboxFields::agentsLayoutIsTheSame()
{
    SandboxClient c = client();
    const QJsonArray rest = c.get(kLayout, {{"Accept-Language", "en"}}).array();
    const auto r = c.post(
        QStringLiteral("/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList"),
        QJsonObject{{"ownerType", "Contact"}}, {{"Accept-Language", "en"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array(), rest);
    const auto person = c.post(
        QStringLiteral("/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList"),
        QJsonObject{{"OwnerType", "Project"}});
    QCOMPARE(person.array().size(), 0);
}

void TestSandboxFields::customFieldsOfEveryType()
{
    SandboxClient c = client();
    const QJsonArray all =
        c.get(QStringLiteral("/api/v1/Contact/CustomField"), {{"Accept-Language", "en"}}).array();
    QCOMPARE(all.size(), 16);
    const QHash<QString, QString> types = {{"SuperOffice:1", "ShortText"},
                                           {"SuperOffice:2", "List"},
                                           {"SuperOffice:3", "Date"},
                                           {"SuperOffice:4", "Checkbox"},
                                           {"SuperOffice:5", "Decimal"},
                                           {"SuperOffice:6", "Number"},
                                           {"SuperOffice:7", "LongText"},
                                           {"x_customer_since", "Date"},
                                           {"x_visits", "Integer"},
                                           {"x_last_audit", "DateTime"},
                                           {"x_gdpr_consent", "Checkbox"},
                                           {"x_erp_key", "ShortText"},
                                           {"x_home_market", "MdoList"},
                                           {"x_segment", "ListText"},
                                           {"x_account_manager", "RelationTo"}};
    for (auto it = types.constBegin(); it != types.constEnd(); ++it)
        QCOMPARE(byKey(all, "FieldName", it.key()).value("FieldType").toString(), it.value());
    const QJsonObject segment = byKey(all, "FieldName", "x_segment");
    QCOMPARE(segment.value("Choices").toArray(),
             (QJsonArray{"Enterprise", "Mid-market", "Small business"}));
    QCOMPARE(segment.value("DisplayName").toString(), QStringLiteral("Segment"));
    const QJsonObject manager = byKey(all, "FieldName", "x_account_manager");
    QCOMPARE(manager.value("TargetTable").toString(), QStringLiteral("associate"));
    QCOMPARE(manager.value("MdoListName").toString(), QStringLiteral("associate"));
    QCOMPARE(byKey(all, "FieldName", "x_home_market").value("MdoListName").toString(),
             QStringLiteral("country"));
    QCOMPARE(byKey(all, "FieldName", "SuperOffice:2").value("MdoListName").toString(),
             QStringLiteral("udlist123"));
    QVERIFY(byKey(all, "FieldName", "SuperOffice:8").value("IsReadOnly").toBool());
    int rank = 0;
    for (const QJsonValue &v : all) {
        QVERIFY(v.toObject().value("Rank").toInt() > rank);
        rank = v.toObject().value("Rank").toInt();
        for (const char *member :
             {"DisplayName", "Description", "ShortLabel", "HideLabel", "HideField", "IsMandatory",
              "IsReadOnly", "TemplateVariableName"})
            QVERIFY2(v.toObject().contains(QLatin1String(member)), member);
    }
    const QJsonArray nb =
        c.get(QStringLiteral("/api/v1/Contact/CustomField"), {{"SO-Language", "nb"}}).array();
    QCOMPARE(byKey(nb, "FieldName", "x_account_manager").value("DisplayName").toString(),
             QStringLiteral("Kundeansvarlig"));
}

void TestSandboxFields::userDefinedListIsServed()
{
    SandboxClient c = client();
    const QJsonArray dynamic =
        c.get(QStringLiteral("/api/v1/MDOList/udlist123"), {{"Accept-Language", "en"}}).array();
    QCOMPARE(dynamic.size(), 3);
    QCOMPARE(dynamic.at(2).toObject().value("Name").toString(), QStringLiteral("Gold"));
    const QJsonArray additional =
        c.get(QStringLiteral("/api/v1/MDOList/udlist?additional=123"), {{"SO-Language", "nb"}})
            .array();
    QCOMPARE(additional.size(), 3);
    QCOMPARE(additional.at(2).toObject().value("Name").toString(), QStringLiteral("Gull"));
    QCOMPARE(c.get(QStringLiteral("/api/v1/MDOList/udlist999")).status, 404);
}

void TestSandboxFields::storedValuesHaveTheRealEncodings()
{
    const QJsonObject e = company(1);
    const QJsonObject udf = e.value("UserDefinedFields").toObject();
    const QJsonObject custom = e.value("CustomFields").toObject();
    const QJsonObject extra = e.value("ExtraFields").toObject();
    // Company 1's demo values, in each bucket's form.
    QCOMPARE(udf.value("SuperOffice:2").toString(), QStringLiteral("[I:1]"));
    QCOMPARE(udf.value("SuperOffice:2:DisplayText").toString(), QStringLiteral("Bronze"));
    QCOMPARE(udf.value("SuperOffice:2:DisplayTooltip").toString(), QString());
    QCOMPARE(udf.value("SuperOffice:3").toString(),
             QStringLiteral("[D:10/03/2016 00:00:00.0000000]"));
    QCOMPARE(udf.value("SuperOffice:4").toString(), QStringLiteral("True"));
    QVERIFY(udf.contains("SuperOffice:4:DisplayText"));
    QCOMPARE(udf.value("SuperOffice:5").toString(), QStringLiteral("[F:2887.85]"));
    QVERIFY(udf.value("SuperOffice:6").toString().startsWith("[I:"));
    QVERIFY(extra.value("x_customer_since").toString().startsWith("[DT:"));
    QVERIFY(extra.value("x_customer_since").toString().endsWith(".0000000]"));
    QCOMPARE(extra.value("x_home_market").toString(), QStringLiteral("[I:578]"));
    QCOMPARE(extra.value("x_home_market:DisplayText").toString(), QStringLiteral("Norway"));
    QVERIFY(extra.value("x_account_manager:DisplayText").toString().size() > 0);
    QVERIFY(QRegularExpression("^\\[I:[01]\\]$")
                .match(extra.value("x_gdpr_consent").toString())
                .hasMatch());
    // CustomFields: both kinds, every key with its :org twin.
    for (auto it = udf.constBegin(); it != udf.constEnd(); ++it) {
        if (it.key().contains(":Display"))
            continue;
        QVERIFY2(custom.contains(it.key() + ":org"), qPrintable(it.key()));
        QCOMPARE(custom.value(it.key() + ":org"), custom.value(it.key()));
    }
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (it.key().contains(":Display"))
            continue;
        QCOMPARE(custom.value(it.key()), it.value());
        QCOMPARE(custom.value(it.key() + ":org"), it.value());
    }
    QCOMPARE(custom.value("SuperOffice:6"), udf.value("SuperOffice:6"));
    // Dates and check boxes in CustomFields as current servers write them, for every field.
    QCOMPARE(custom.value("SuperOffice:3").toString(),
             QStringLiteral("[DT:10/03/2016 00:00:00.0000000]"));
    QCOMPARE(custom.value("SuperOffice:4").toString(), QStringLiteral("[I:1]"));
    QCOMPARE(custom.value("SuperOffice:4:org").toString(), QStringLiteral("[I:1]"));
    QCOMPARE(custom.value("x_account_manager:DisplayText"),
             extra.value("x_account_manager:DisplayText"));
    // List texts follow the language.
    QCOMPARE(company(1, "nb")
                 .value("CustomFields")
                 .toObject()
                 .value("SuperOffice:2:DisplayText")
                 .toString(),
             QStringLiteral("Bronse"));
    // A new company has every field, blank.
    SandboxClient c = client();
    const QJsonObject fresh =
        c.post(QStringLiteral("/api/v1/Agents/Contact/CreateDefaultContactEntity")).object();
    QCOMPARE(fresh.value("CustomFields").toObject().value("x_visits:org").toString(),
             QStringLiteral("[I:0]"));
    QCOMPARE(fresh.value("UserDefinedFields").toObject().value("SuperOffice:7").toString(),
             QString());
}

void TestSandboxFields::fieldPropertiesNameTheTypes()
{
    const QJsonObject e = company(1);
    const QJsonObject props = e.value("FieldProperties").toObject();
    QCOMPARE(
        props.value("UserDefinedFields.SuperOffice:2").toObject().value("FieldType").toString(),
        QStringLiteral("List"));
    QCOMPARE(props.value("CustomFields.SuperOffice:2").toObject().value("FieldLength").toInt(), 15);
    QCOMPARE(props.value("CustomFields.x_segment").toObject().value("FieldType").toString(),
             QStringLiteral("ListText"));
    QCOMPARE(props.value("CustomFields.x_account_manager").toObject().value("FieldType").toString(),
             QStringLiteral("RelationTo"));
    QCOMPARE(mask(e, "CustomFields.x_visits"), QStringLiteral("Update, Unused4"));
    QCOMPARE(mask(e, "CustomFields.SuperOffice:1"), QStringLiteral("Update"));
    QCOMPARE(mask(e, "UserDefinedFields.SuperOffice:8"), QStringLiteral("Read, UIHintReadOnly"));
}

void TestSandboxFields::savesInAnyEncodingAndReadsBack()
{
    QJsonObject e = company(1);
    QJsonObject custom = e.value("CustomFields").toObject();
    QJsonObject udf = e.value("UserDefinedFields").toObject();
    QJsonObject extra = e.value("ExtraFields").toObject();
    custom.insert("SuperOffice:1", "Gold agreement");
    custom.insert("SuperOffice:5", "[F:4.43]");
    udf.insert("SuperOffice:6", "42"); // bare number
    custom.insert("SuperOffice:7", "Long notes\nwith lines");
    custom.insert("SuperOffice:3", "[DT:05/05/1999 00:00:00.0000000]");
    udf.insert("SuperOffice:4", "False");
    extra.insert("x_customer_since", "2021-05-06"); // an ISO date
    custom.insert("x_gdpr_consent", "True");
    custom.insert("x_visits", "[I:12]");
    custom.insert("x_last_audit", "[DT:03/28/2019 14:35:56.0000000]");
    extra.insert("x_segment", "Enterprise");
    custom.insert("x_erp_key", "ERP-77");
    e.insert("CustomFields", custom);
    e.insert("UserDefinedFields", udf);
    e.insert("ExtraFields", extra);
    const QJsonObject saved = save(e);
    QCOMPARE(saved.value("ContactId").toInt(), 1);

    const QJsonObject back = company(1);
    const QJsonObject c = back.value("CustomFields").toObject();
    const QJsonObject u = back.value("UserDefinedFields").toObject();
    const QJsonObject x = back.value("ExtraFields").toObject();
    auto both = [&](const char *key, const QString &value) {
        QCOMPARE(c.value(QLatin1String(key)).toString(), value);
        QCOMPARE(c.value(QLatin1String(key) + ":org").toString(), value);
    };
    both("SuperOffice:1", "Gold agreement");
    both("SuperOffice:5", "[F:4.43]");
    both("SuperOffice:6", "[I:42]");
    both("SuperOffice:7", "Long notes\nwith lines");
    both("x_customer_since", "[DT:05/06/2021 00:00:00.0000000]");
    both("x_gdpr_consent", "[I:1]");
    both("x_visits", "[I:12]");
    both("x_last_audit", "[DT:03/28/2019 14:35:56.0000000]");
    both("x_segment", "Enterprise");
    both("x_erp_key", "ERP-77");
    both("SuperOffice:3", "[DT:05/05/1999 00:00:00.0000000]");
    both("SuperOffice:4", "[I:0]");
    QCOMPARE(u.value("SuperOffice:6").toString(), QStringLiteral("[I:42]"));
    QCOMPARE(u.value("SuperOffice:3").toString(),
             QStringLiteral("[D:05/05/1999 00:00:00.0000000]"));
    QCOMPARE(u.value("SuperOffice:4").toString(), QStringLiteral("False"));
    QCOMPARE(u.value("SuperOffice:4:DisplayText").toString(), QStringLiteral("[SR_NO]"));
    QCOMPARE(x.value("x_customer_since").toString(),
             QStringLiteral("[DT:05/06/2021 00:00:00.0000000]"));
    QCOMPARE(x.value("x_gdpr_consent").toString(), QStringLiteral("[I:1]"));
}

void TestSandboxFields::olderFormsAreReadAndWrittenInTheRealOnes()
{
    // A client (or data file) from before CustomFields took the real encodings.
    QJsonObject e = company(2);
    QJsonObject custom = e.value("CustomFields").toObject();
    custom.insert("SuperOffice:3", "[D:07/08/2010]");
    custom.insert("SuperOffice:4", "True");
    e.insert("CustomFields", custom);
    save(e);
    const QJsonObject back = company(2);
    const QJsonObject c = back.value("CustomFields").toObject();
    const QJsonObject u = back.value("UserDefinedFields").toObject();
    QCOMPARE(c.value("SuperOffice:3").toString(),
             QStringLiteral("[DT:07/08/2010 00:00:00.0000000]"));
    QCOMPARE(c.value("SuperOffice:4").toString(), QStringLiteral("[I:1]"));
    QCOMPARE(c.value("SuperOffice:4:DisplayText").toString(), QStringLiteral("[SR_YES]"));
    QCOMPARE(u.value("SuperOffice:3").toString(),
             QStringLiteral("[D:07/08/2010 00:00:00.0000000]"));
    QCOMPARE(u.value("SuperOffice:4").toString(), QStringLiteral("True"));
}

void TestSandboxFields::listDisplayTextFollowsTheItem()
{
    QJsonObject e = company(1);
    QJsonObject custom = e.value("CustomFields").toObject();
    custom.insert("SuperOffice:2", "[I:3]");
    custom.insert("SuperOffice:2:DisplayText", "stale");
    custom.insert("x_home_market", "[I:826]");
    custom.insert("x_account_manager", "[I:9]");
    e.insert("CustomFields", custom);
    save(e);
    const QJsonObject back = company(1);
    const QJsonObject c = back.value("CustomFields").toObject();
    const QJsonObject u = back.value("UserDefinedFields").toObject();
    QCOMPARE(c.value("SuperOffice:2").toString(), QStringLiteral("[I:3]"));
    QCOMPARE(c.value("SuperOffice:2:org").toString(), QStringLiteral("[I:3]"));
    QCOMPARE(c.value("SuperOffice:2:DisplayText").toString(), QStringLiteral("Gold"));
    QCOMPARE(u.value("SuperOffice:2").toString(), QStringLiteral("[I:3]"));
    QCOMPARE(u.value("SuperOffice:2:DisplayText").toString(), QStringLiteral("Gold"));
    QCOMPARE(c.value("x_home_market:DisplayText").toString(), QStringLiteral("United Kingdom"));
    SandboxClient cl = client();
    const QJsonArray associates = cl.get(QStringLiteral("/api/v1/MDOList/associate")).array();
    QString nine;
    for (const QJsonValue &v : associates)
        if (v.toObject().value("Id").toInt() == 9)
            nine = v.toObject().value("Name").toString();
    QVERIFY(!nine.isEmpty());
    QCOMPARE(c.value("x_account_manager:DisplayText").toString(), nine);
    QCOMPARE(company(1, "nb")
                 .value("CustomFields")
                 .toObject()
                 .value("SuperOffice:2:DisplayText")
                 .toString(),
             QStringLiteral("Gull"));
}

void TestSandboxFields::readOnlyFieldKeepsItsValue()
{
    QJsonObject e = company(2);
    const QString before = e.value("CustomFields").toObject().value("SuperOffice:8").toString();
    QVERIFY(!before.isEmpty());
    QJsonObject custom = e.value("CustomFields").toObject();
    custom.insert("SuperOffice:8", "changed");
    e.insert("CustomFields", custom);
    save(e);
    QCOMPARE(company(2).value("CustomFields").toObject().value("SuperOffice:8").toString(), before);
}

void TestSandboxFields::restrictedUserRights()
{
    SandboxClient c = client("restricted");
    const QJsonObject e = c.post(kGet.arg(1)).object();
    QCOMPARE(mask(e, "CustomFields.SuperOffice:6"), QStringLiteral("Update, UIHintMandatory"));
    QCOMPARE(mask(e, "UserDefinedFields.SuperOffice:6"), QStringLiteral("Update, UIHintMandatory"));
    QCOMPARE(mask(e, "CustomFields.SuperOffice:8"), QStringLiteral("Read, UIHintReadOnly"));
    QCOMPARE(mask(company(1), "CustomFields.SuperOffice:6"), QStringLiteral("Update"));
    SandboxClient v = client("viewer");
    QCOMPARE(mask(v.post(kGet.arg(1)).object(), "CustomFields.x_visits"),
             QStringLiteral("Read, Unused4"));
}

void TestSandboxFields::mandatoryCustomFieldsAreAnnounced()
{
    SandboxClient restricted = client("restricted");
    const QJsonArray layout = restricted.get(kLayout).array();
    QCOMPARE(byKey(layout, "ProgId", "SuperOffice:6").value("IsMandatory").toBool(), true);
    QCOMPARE(byKey(layout, "ProgId", "SuperOffice:1").value("IsMandatory").toBool(), false);
    const QJsonArray info = restricted.get(QStringLiteral("/api/v1/Contact/CustomField")).array();
    QCOMPARE(byKey(info, "FieldName", "x_segment").value("IsMandatory").toBool(), true);
    QCOMPARE(byKey(info, "FieldName", "x_segment").value("DefaultValue").toString(),
             QStringLiteral("Mid-market"));
    QCOMPARE(byKey(info, "FieldName", "x_visits").value("IsMandatory").toBool(), false);
    QCOMPARE(mask(restricted.post(kGet.arg(1)).object(), "CustomFields.x_segment"),
             QStringLiteral("Update, UIHintMandatory, Unused4"));
    // Not for the demo user, whose data saves as before.
    SandboxClient demo = client();
    QCOMPARE(byKey(demo.get(QStringLiteral("/api/v1/Contact/CustomField")).array(), "FieldName",
                   "x_segment")
                 .value("IsMandatory")
                 .toBool(),
             false);
    QCOMPARE(
        byKey(demo.get(kLayout).array(), "ProgId", "SuperOffice:6").value("IsMandatory").toBool(),
        false);
    QCOMPARE(mask(company(1), "CustomFields.x_segment"), QStringLiteral("Update, Unused4"));
    // A new company starts with the field's default.
    const QJsonObject fresh =
        demo.post(QStringLiteral("/api/v1/Agents/Contact/CreateDefaultContactEntity")).object();
    QCOMPARE(fresh.value("CustomFields").toObject().value("x_segment").toString(),
             QStringLiteral("Mid-market"));
    QCOMPARE(fresh.value("ExtraFields").toObject().value("x_segment").toString(),
             QStringLiteral("Mid-market"));
}

void TestSandboxFields::blankMandatoryCustomFieldIsRefused()
{
    SandboxClient restricted = client("restricted");
    // Cleared in CustomFields (which wins over ExtraFields): refused like a blank Name, and nothing
    // is written.
    const auto refused =
        restricted.post(kSave, QJsonObject{{"ContactId", 1},
                                           {"Department", "Not saved"},
                                           {"CustomFields", QJsonObject{{"x_segment", ""}}}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object().value("ErrorType").toString(),
             QStringLiteral("SoValidationException"));
    QVERIFY2(refused.object()
                 .value("ErrorMessage")
                 .toString()
                 .contains("CustomFields.x_segment is mandatory"),
             refused.body.constData());
    QCOMPARE(company(1).value("CustomFields").toObject().value("x_segment").toString(),
             QStringLiteral("Mid-market"));
    // Cleared in ExtraFields alone, the same.
    QCOMPARE(restricted
                 .post(kSave, QJsonObject{{"ContactId", 1},
                                          {"ExtraFields", QJsonObject{{"x_segment", " "}}}})
                 .status,
             400);
    // ValidateContactEntity names it.
    QJsonObject blank = restricted.post(kGet.arg(1)).object();
    QJsonObject custom = blank.value("CustomFields").toObject();
    custom.insert("x_segment", "");
    blank.insert("CustomFields", custom);
    const QJsonObject validation =
        restricted.post(QStringLiteral("/api/v1/Agents/Contact/ValidateContactEntity"), blank)
            .object();
    QVERIFY(validation.contains("CustomFields.x_segment"));
    // Filled, it saves; a number (Employees) is never blank.
    const auto saved = restricted.post(
        kSave, QJsonObject{{"ContactId", 1},
                           {"CustomFields",
                            QJsonObject{{"x_segment", "Enterprise"}, {"SuperOffice:6", "[I:0]"}}}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value("CustomFields").toObject().value("x_segment").toString(),
             QStringLiteral("Enterprise"));
    // A new company with the default saves.
    QJsonObject fresh =
        restricted.post(QStringLiteral("/api/v1/Agents/Contact/CreateDefaultContactEntity"))
            .object();
    fresh.insert("Name", "Påkrevd AS");
    fresh.insert("Category", QJsonObject{{"Id", 1}});
    fresh.insert("Business", QJsonObject{{"Id", 1}});
    const auto created = restricted.post(kSave, fresh);
    QVERIFY2(created.status == 200, created.body.constData());
    // The demo user may leave it blank.
    const auto demo = client().post(
        kSave, QJsonObject{{"ContactId", 2}, {"CustomFields", QJsonObject{{"x_segment", ""}}}});
    QCOMPARE(demo.status, 200);
    QCOMPARE(demo.object().value("CustomFields").toObject().value("x_segment").toString(),
             QString());
}

void TestSandboxFields::personLayoutsInBothLanguages()
{
    SandboxClient c = client();
    const QString layoutPath = QStringLiteral("/api/v1/Person/UdefLayout/Published");
    const QJsonArray en = c.get(layoutPath, {{"Accept-Language", "en"}}).array();
    const QJsonArray nb = c.get(layoutPath, {{"SO-Language", "nb"}}).array();
    QCOMPARE(en.size(), 2);
    QCOMPARE(nb.size(), 2);
    QCOMPARE(en.at(0).toObject().value("ProgId").toString(), QStringLiteral("SuperOffice:1"));
    QCOMPARE(en.at(0).toObject().value("FieldLabel").toString(),
             QStringLiteral("Role in the deal"));
    QCOMPARE(nb.at(0).toObject().value("FieldLabel").toString(), QStringLiteral("Rolle i avtalen"));
    QCOMPARE(en.at(1).toObject().value("FieldType").toString(), QStringLiteral("LongText"));
    QCOMPARE(nb.at(1).toObject().value("Tooltip").toString(),
             QStringLiteral("Det som er verdt å huske om personen"));
    for (const QJsonValue &v : en) {
        QCOMPARE(v.toObject().value("OwnerType").toString(), QStringLiteral("Person"));
        QCOMPARE(v.toObject().value("IsMandatory").toBool(), false);
        QVERIFY(v.toObject().value("TemplateVariableName").toString().startsWith("pe"));
    }
    // The Agents call gives the same for the Person owner.
    const auto agents = c.post(
        QStringLiteral("/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList"),
        QJsonObject{{"OwnerType", "Person"}}, {{"Accept-Language", "en"}});
    QCOMPARE(agents.array(), en);
    // Person/CustomField: the UDFs and the extra field.
    const QJsonArray info =
        c.get(QStringLiteral("/api/v1/Person/CustomField"), {{"SO-Language", "nb"}}).array();
    QCOMPARE(info.size(), 3);
    const QJsonObject meetings = byKey(info, "FieldName", "x_person_integer");
    QCOMPARE(meetings.value("FieldType").toString(), QStringLiteral("Integer"));
    QCOMPARE(meetings.value("DisplayName").toString(), QStringLiteral("Møter i år"));
    // Untranslated: both languages.
    const QJsonArray raw = c.get(layoutPath, {{"SO-Language", "*"}}).array();
    QCOMPARE(raw.at(0).toObject().value("FieldLabel").toString(),
             QStringLiteral("US:\"Role in the deal\";NO:\"Rolle i avtalen\""));
    // Mandatory for the restricted user.
    SandboxClient restricted = client("restricted");
    QCOMPARE(restricted.get(layoutPath).array().at(0).toObject().value("IsMandatory").toBool(),
             true);
    QCOMPARE(byKey(restricted.get(QStringLiteral("/api/v1/Person/CustomField")).array(),
                   "FieldName", "SuperOffice:1")
                 .value("IsMandatory")
                 .toBool(),
             true);
}

void TestSandboxFields::blankMandatoryPersonFieldIsRefused()
{
    const QString savePerson = QStringLiteral("/api/v1/Agents/Person/SavePersonEntity");
    const QString getPerson =
        QStringLiteral("/api/v1/Agents/Person/GetPersonEntity?personEntityId=1");
    SandboxClient restricted = client("restricted");
    const QJsonObject person = restricted.post(getPerson).object();
    QCOMPARE(mask(person, "CustomFields.SuperOffice:1"), QStringLiteral("Update, UIHintMandatory"));
    QCOMPARE(mask(person, "UserDefinedFields.SuperOffice:1"),
             QStringLiteral("Update, UIHintMandatory"));
    const auto refused =
        restricted.post(savePerson, QJsonObject{{"PersonId", 1}, {"Lastname", "Not saved"}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object().value("ErrorType").toString(),
             QStringLiteral("SoValidationException"));
    QVERIFY2(refused.object()
                 .value("ErrorMessage")
                 .toString()
                 .contains("CustomFields.SuperOffice:1 is mandatory"),
             refused.body.constData());
    QVERIFY(!refused.object().value("ErrorMessage").toString().contains("UserDefinedFields"));
    const auto saved = restricted.post(
        savePerson,
        QJsonObject{{"PersonId", 1},
                    {"CustomFields", QJsonObject{{"SuperOffice:1", "Signs the contract"}}}});
    QVERIFY2(saved.status == 200, saved.body.constData());
    QCOMPARE(saved.object().value("UserDefinedFields").toObject().value("SuperOffice:1"),
             QJsonValue("Signs the contract"));
    // The demo user's persons save with the field blank.
    QCOMPARE(
        client().post(savePerson, QJsonObject{{"PersonId", 2}, {"Title", "Still saves"}}).status,
        200);
}

void TestSandboxFields::nullAndEmptyBodiesOnEveryPost()
{
    // The server's own list: a POST route the test does not know fails the test.
    SandboxClient hooks(m_sandbox.baseUrl());
    const auto listed = hooks.get(QStringLiteral("/sandbox/routes"));
    QCOMPARE(listed.status, 200);
    QStringList known;
    for (const QJsonValue &v : listed.array()) {
        const QJsonObject route = v.toObject();
        if (route.value("method").toString() != QLatin1String("POST"))
            continue;
        const QString path = route.value("path").toString();
        QVERIFY2(kPostRoutes.contains(path),
                 qPrintable("a POST route the test does not walk: " + path));
        known.append(path);
    }
    for (const QString &path : kPostRoutes)
        QVERIFY2(known.contains(path), qPrintable("not a route of the sandbox: " + path));

    SandboxClient c = client();
    for (const QString &route : kPostRoutes) {
        QString path = route;
        path.replace(QLatin1String("{}"), QLatin1String("1"));
        for (const QByteArray &body : {QByteArray("null"), QByteArray()}) {
            const auto r = c.send("POST", path, body, {{"Content-Type", "application/json"}});
            const QString what = QStringLiteral("%1 with %2: %3 %4")
                                     .arg(path, body.isEmpty() ? "no body" : "null")
                                     .arg(r.status)
                                     .arg(QString::fromUtf8(r.body.left(300)));
            QVERIFY2(r.status > 0 && r.status != 415 && r.status < 500, qPrintable(what));
            if (r.status == 400) {
                const QString text = QString::fromUtf8(r.body).toLower();
                QVERIFY2(!text.contains("request body") && !text.contains("valid json") &&
                             !text.contains("json object"),
                         qPrintable(what));
            }
        }
    }
    m_sandbox.reset();
    QCOMPARE(company(1).value("ContactId").toInt(), 1);
}

QTEST_MAIN(TestSandboxFields)
#include "tst_sandboxfields.moc"
