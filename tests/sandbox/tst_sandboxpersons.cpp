// Persons over real HTTP: the Person agent (CreateDefault, Get, Save, Delete) and REST Person, the
// PersonEntity's shape, persons as their own records shown in their company's Persons, moving a
// person, the rights of the three demo users, the person lists and the edit-by-another-user hook.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QtTest>

namespace {

const QString kDefault = QStringLiteral("/api/v1/Agents/Person/CreateDefaultPersonEntity");
const QString kGet = QStringLiteral("/api/v1/Agents/Person/GetPersonEntity?personEntityId=%1");
const QString kSave = QStringLiteral("/api/v1/Agents/Person/SavePersonEntity");
const QString kDelete =
    QStringLiteral("/api/v1/Agents/Person/DeletePersonEntity?PersonEntityId=%1");
const QString kGetContact =
    QStringLiteral("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=%1");
const QString kFullTable = QStringLiteral("Select, Update, Insert, Delete");

QJsonObject fieldRight(const QJsonObject &carrier, const QString &key)
{
    return carrier.value("FieldProperties")
        .toObject()
        .value(key)
        .toObject()
        .value("FieldRight")
        .toObject();
}

QString mask(const QJsonObject &carrier, const QString &key)
{
    return fieldRight(carrier, key).value("Mask").toString();
}

// The light Person carrier with this id in a company's Persons; empty when absent.
QJsonObject personIn(const QJsonObject &company, int personId)
{
    for (const QJsonValue &v : company.value("Persons").toArray())
        if (v.toObject().value("PersonId").toInt() == personId)
            return v.toObject();
    return QJsonObject();
}

QList<QJsonObject> localizedFields(const QJsonObject &person)
{
    QList<QJsonObject> out;
    for (const QJsonValue &line :
         person.value("Address").toObject().value("LocalizedAddress").toArray())
        for (const QJsonValue &field : line.toArray())
            out.append(field.toObject());
    return out;
}

QJsonObject withLocalizedValue(QJsonObject person, const QString &name, const QString &value)
{
    QJsonObject address = person.value("Address").toObject();
    QJsonArray lines = address.value("LocalizedAddress").toArray();
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QJsonArray line = lines.at(l).toArray();
        for (qsizetype f = 0; f < line.size(); ++f) {
            QJsonObject field = line.at(f).toObject();
            if (field.value("Name").toString() == name) {
                field.insert("Value", value);
                line.replace(f, field);
            }
        }
        lines.replace(l, line);
    }
    address.insert("LocalizedAddress", lines);
    person.insert("Address", address);
    return person;
}

} // namespace

class TestSandboxPersons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createDefaultPersonEntity();
    void nullAndEmptyBodiesAreAccepted();
    void personEntityHasTheRealShape();
    void newPersonShowsInItsCompany();
    void getEditSave();
    void savesInOneSecondStillMoveUpdatedDate();
    void movingToAnotherCompany();
    void unknownCompanyIsRefused();
    void unknownIds();
    void deleteRemovesFromTheCompany();
    void demoRights();
    void viewerIsReadOnly();
    void restrictedRights();
    void restrictedSaveRules();
    void fieldLengthsAreEnforced();
    void restGetLastModifiedAnd304();
    void tenantPrefixAndFaults();
    void personLists();
    void hookEditsAsAnotherUser();
    void contactSaveDoesNotWritePersons();

private:
    SandboxClient client(const QString &user = QStringLiteral("demo"));
    QJsonObject person(int id, const QString &user = QStringLiteral("demo"));
    QJsonObject company(int id);

    SandboxProcess m_sandbox;
};

void TestSandboxPersons::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

SandboxClient TestSandboxPersons::client(const QString &user)
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic(user, user);
    return c;
}

QJsonObject TestSandboxPersons::person(int id, const QString &user)
{
    SandboxClient c = client(user);
    const auto r = c.post(kGet.arg(id));
    if (r.status != 200)
        qWarning("GetPersonEntity %d: %d %s", id, r.status, r.body.constData());
    return r.object();
}

QJsonObject TestSandboxPersons::company(int id)
{
    SandboxClient c = client();
    return c.post(kGetContact.arg(id)).object();
}

void TestSandboxPersons::createDefaultPersonEntity()
{
    SandboxClient c = client();
    const auto r = c.send("POST", kDefault, "null", {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.object();
    QCOMPARE(p.value("PersonId").toInt(), 0);
    QCOMPARE(p.value("Firstname").toString(), QString());
    QCOMPARE(p.value("Country").toObject().value("CountryId").toInt(), 578);
    for (const char *list : {"Emails", "OfficePhones", "MobilePhones", "PrivatePhones",
                             "OtherPhones", "Faxes", "Urls"}) {
        QVERIFY2(p.value(QLatin1String(list)).isArray(), list);
        QVERIFY2(p.value(QLatin1String(list)).toArray().isEmpty(), list);
    }
    QCOMPARE(p.value("Contact").toObject().value("ContactId").toInt(), 0);
    QCOMPARE(p.value("TableRight").toObject().value("Mask").toString(), kFullTable);
    QVERIFY(!p.value("FieldProperties").toObject().isEmpty());
    const QList<QJsonObject> fields = localizedFields(p);
    QVERIFY(!fields.isEmpty());
    for (const QJsonObject &f : fields)
        QCOMPARE(f.value("AddressType").toString(), QStringLiteral("PersonPrivateAddress"));
    QCOMPARE(fields.first().value("Name").toString(), QStringLiteral("Address1"));
    QCOMPARE(p.value("Address").toObject().value("Street").toObject().value("AtypeIdx").toString(),
             QStringLiteral("PersonPrivateAddress"));
    QVERIFY(p.value("Address").toObject().value("Postal").isNull());
    // Every person interest, none selected.
    const QJsonArray interests = p.value("Interests").toArray();
    QVERIFY(interests.size() >= 5);
    QCOMPARE(interests.first().toObject().value("Selected").toBool(), false);
    QCOMPARE(c.get("/api/v1/Person/default").object().value("PersonId").toInt(), 0);
}

void TestSandboxPersons::nullAndEmptyBodiesAreAccepted()
{
    SandboxClient c = client();
    const QList<QPair<QByteArray, QByteArray>> json = {{"Content-Type", "application/json"}};
    for (const QByteArray &body : {QByteArray(), QByteArray("null"), QByteArray("{}")}) {
        QCOMPARE(c.send("POST", kDefault, body, json).status, 200);
        const auto got = c.send("POST", kGet.arg(1), body, json);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value("PersonId").toInt(), 1);
    }
    // The id in the body instead of the query, and the query key in another case.
    QCOMPARE(c.post("/api/v1/Agents/Person/GetPersonEntity", QJsonObject{{"PersonEntityId", 2}})
                 .object()
                 .value("PersonId")
                 .toInt(),
             2);
    QCOMPARE(c.post("/api/v1/Agents/Person/GetPersonEntity?PERSONENTITYID=3")
                 .object()
                 .value("PersonId")
                 .toInt(),
             3);
    // Delete with a null body.
    QJsonObject p = c.post(kDefault).object();
    p.insert("Firstname", "Temp");
    p.insert("Contact", QJsonObject{{"ContactId", 7}});
    const int id = c.post(kSave, p).object().value("PersonId").toInt();
    QVERIFY(id > 0);
    QCOMPARE(c.send("POST", kDelete.arg(id), "null", json).status, 204);
    QCOMPARE(c.post(kGet.arg(id)).status, 404);
}

void TestSandboxPersons::personEntityHasTheRealShape()
{
    const QJsonObject p = person(1);
    QCOMPARE(p.value("PersonId").toInt(), 1);
    QVERIFY(p.value("Firstname").isString());
    QVERIFY(p.value("Mrmrs").isString());
    QVERIFY(p.value("Salutation").isString());
    QVERIFY(p.value("Title").isString());
    QVERIFY(p.value("Retired").isBool());
    QVERIFY(p.value("UsePersonAddress").isBool());
    QVERIFY(p.value("NoMailing").isBool());
    QVERIFY(p.value("BirthDate").isString());
    const QJsonObject position = p.value("Position").toObject();
    QVERIFY(position.contains("Id"));
    QVERIFY(position.contains("Value"));
    QVERIFY(position.contains("Tooltip"));
    const QJsonObject contact = p.value("Contact").toObject();
    QCOMPARE(contact.value("ContactId").toInt(), 1);
    QCOMPARE(contact.value("Name").toString(), QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY(contact.contains("OrgNr"));
    QVERIFY(contact.contains("Department"));
    QVERIFY(p.value("Emails").toArray().at(0).toObject().value("Value").isString());
    QVERIFY(p.value("UserDefinedFields").toObject().contains("SuperOffice:1"));
    QVERIFY(p.value("CustomFields").toObject().contains("x_person_integer"));
    QVERIFY(p.value("ExtraFields").toObject().contains("x_person_integer"));
    QCOMPARE(mask(p, "CustomFields.x_person_integer"), QStringLiteral("Update, Unused4"));
    QCOMPARE(p.value("Interests").toArray().first().toObject().value("Type").toString(),
             QStringLiteral("persint"));
    // Company members come from the company.
    QCOMPARE(p.value("Category").toObject().value("Id"),
             company(1).value("Category").toObject().value("Id"));
    // The person layout: bare label keys, not translated even when a language is asked for.
    SandboxClient c = client();
    c.setHeader("SO-Language", "nb");
    const QList<QJsonObject> fields = localizedFields(c.post(kGet.arg(1)).object());
    QCOMPARE(fields.first().value("Label").toString(), QStringLiteral("SR_AL_ADDRESS1"));
}

void TestSandboxPersons::newPersonShowsInItsCompany()
{
    SandboxClient c = client();
    QJsonObject p = c.post(kDefault).object();
    p.insert("Firstname", "Ada");
    p.insert("Lastname", "Lovelace");
    p.insert("Mrmrs", "Mrs.");
    p.insert("Position", QJsonObject{{"Id", 3}});
    p.insert("Contact", QJsonObject{{"ContactId", 2}});
    p.insert("Emails", QJsonArray{QJsonObject{{"Value", "ada@example.com"}}});
    p.insert("OfficePhones", QJsonArray{QJsonObject{{"Value", "+47 22 33 44 55"}}});
    p.insert("MobilePhones", QJsonArray{QJsonObject{{"Value", "+47 900 00 001"}}});
    const int before = company(2).value("Persons").toArray().size();
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-2);
    const auto r = c.post(kSave, p);
    QCOMPARE(r.status, 200);
    const QJsonObject saved = r.object();
    const int id = saved.value("PersonId").toInt();
    QVERIFY(id > 0);
    QCOMPARE(saved.value("FullName").toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(saved.value("FormalName").toString(), QStringLiteral("Mrs. Ada Lovelace"));
    QCOMPARE(saved.value("Contact").toObject().value("ContactId").toInt(), 2);
    QCOMPARE(saved.value("CreatedBy").toObject().value("AssociateId").toInt(), 5);
    QCOMPARE(saved.value("UpdatedBy").toObject().value("AssociateId").toInt(), 5);
    QDateTime created = QDateTime::fromString(saved.value("CreatedDate").toString(), Qt::ISODate);
    created.setTimeSpec(Qt::UTC);
    QVERIFY(created >= started);
    QCOMPARE(saved.value("OfficePhones").toArray().at(0).toObject().value("StrippedValue"),
             QJsonValue("+4722334455"));
    // The answer is what GetPersonEntity returns.
    QCOMPARE(saved, person(id));

    const QJsonObject after = company(2);
    QCOMPARE(after.value("Persons").toArray().size(), before + 1);
    const QJsonObject light = personIn(after, id);
    QCOMPARE(light.value("Firstname").toString(), QStringLiteral("Ada"));
    QCOMPARE(light.value("FullName").toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(light.value("Position").toString(), QStringLiteral("Sales Manager"));
    QCOMPARE(light.value("Email").toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(light.value("DirectPhone").toString(), QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(light.value("MobilePhone").toString(), QStringLiteral("+47 900 00 001"));
    QCOMPARE(light.value("ContactId").toInt(), 2);
    QCOMPARE(light.value("Retired").toInt(), 0);
    // REST shows it too.
    QVERIFY(!personIn(c.get("/api/v1/Contact/2").object(), id).isEmpty());
    // Ids come from the same sequence as the seeded persons': a second person gets the next one.
    p.insert("Firstname", "Grace");
    QCOMPARE(c.post(kSave, p).object().value("PersonId").toInt(), id + 1);
}

void TestSandboxPersons::getEditSave()
{
    SandboxClient c = client();
    QJsonObject p = person(2);
    const QString updated = p.value("UpdatedDate").toString();
    p.insert("Firstname", "Edvard");
    p.insert("Description", "Met at the fair");
    p.insert("Retired", true);
    p = withLocalizedValue(p, "City", "Tromsø");
    p.insert("Interests", QJsonArray{QJsonObject{{"Id", 4}, {"Selected", true}}});
    p.insert("FutureMember", QJsonObject{{"Kept", true}});
    const auto r = c.post(kSave, p);
    QCOMPARE(r.status, 200);
    const QJsonObject after = person(2);
    QCOMPARE(after.value("Firstname").toString(), QStringLiteral("Edvard"));
    QVERIFY(after.value("FullName").toString().startsWith("Edvard "));
    QCOMPARE(after.value("Description").toString(), QStringLiteral("Met at the fair"));
    QCOMPARE(after.value("Retired").toBool(), true);
    QCOMPARE(after.value("Address").toObject().value("Street").toObject().value("City").toString(),
             QStringLiteral("Tromsø"));
    QCOMPARE(after.value("ActiveInterests").toInt(), 1);
    QCOMPARE(after.value("FutureMember").toObject().value("Kept").toBool(), true);
    QVERIFY(after.value("UpdatedDate").toString() > updated);
    const QJsonObject light = personIn(company(1), 2);
    QCOMPARE(light.value("Firstname").toString(), QStringLiteral("Edvard"));
    QCOMPARE(light.value("Retired").toInt(), 1);
}

void TestSandboxPersons::savesInOneSecondStillMoveUpdatedDate()
{
    SandboxClient c = client();
    QString last = person(6).value("UpdatedDate").toString();
    for (int i = 0; i < 3; ++i) {
        const QString now =
            c.post(kSave, QJsonObject{{"PersonId", 6}, {"Description", QString::number(i)}})
                .object()
                .value("UpdatedDate")
                .toString();
        QVERIFY2(now > last, qPrintable(now + " <= " + last));
        last = now;
    }
}

void TestSandboxPersons::movingToAnotherCompany()
{
    SandboxClient c = client();
    QJsonObject p = person(3);
    QCOMPARE(p.value("Contact").toObject().value("ContactId").toInt(), 1);
    p.insert("Contact", QJsonObject{{"ContactId", 3}});
    const auto r = c.post(kSave, p);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("Contact").toObject().value("Name").toString(),
             company(3).value("Name").toString());
    QVERIFY(personIn(company(1), 3).isEmpty());
    QCOMPARE(personIn(company(3), 3).value("ContactId").toInt(), 3);
}

void TestSandboxPersons::unknownCompanyIsRefused()
{
    SandboxClient c = client();
    const QJsonObject before = person(7);
    const auto r = c.post(kSave, QJsonObject{{"PersonId", 7},
                                             {"Firstname", "Nowhere"},
                                             {"Contact", QJsonObject{{"ContactId", 9999}}}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.isErrorBody());
    QVERIFY(r.object().value("ErrorMessage").toString().contains("9999"));
    QCOMPARE(person(7), before);
    // A new person without a company: Contact is mandatory.
    QJsonObject fresh = c.post(kDefault).object();
    fresh.insert("Firstname", "Lonely");
    const auto none = c.post(kSave, fresh);
    QCOMPARE(none.status, 400);
    QVERIFY(none.object().value("ErrorMessage").toString().contains("Contact"));
}

void TestSandboxPersons::unknownIds()
{
    SandboxClient c = client();
    for (const auto &r : {c.post(kGet.arg(99999)), c.get("/api/v1/Person/99999"),
                          c.post(kSave, QJsonObject{{"PersonId", 99999}, {"Firstname", "X"}}),
                          c.post(kDelete.arg(99999))}) {
        QCOMPARE(r.status, 404);
        QVERIFY(r.isErrorBody());
        QCOMPARE(r.object().value("ErrorType").toString(), QStringLiteral("SoNotFoundException"));
    }
    QCOMPARE(c.post("/api/v1/Agents/Person/GetPersonEntity").status, 400);
    QCOMPARE(c.post("/api/v1/Agents/Person/NoSuchMethod").status, 404);
}

void TestSandboxPersons::deleteRemovesFromTheCompany()
{
    SandboxClient c = client();
    QVERIFY(!personIn(company(1), 8).isEmpty());
    QCOMPARE(c.post(kDelete.arg(8)).status, 204);
    QVERIFY(personIn(company(1), 8).isEmpty());
    QCOMPARE(c.post(kGet.arg(8)).status, 404);
}

void TestSandboxPersons::demoRights()
{
    const QJsonObject p = person(9);
    QCOMPARE(p.value("TableRight").toObject().value("Mask").toString(), kFullTable);
    QCOMPARE(mask(p, "Firstname"), QStringLiteral("Update"));
    QCOMPARE(mask(p, "Lastname"), QStringLiteral("Update"));
    QCOMPARE(mask(p, "Title"), QStringLiteral("Update"));
    QCOMPARE(mask(p, "Contact"), QStringLiteral("Update, UIHintMandatory"));
    // Reasons in the client's language (QNetworkAccessManager sends Accept-Language: en).
    QCOMPARE(fieldRight(p, "Contact").value("Reason").toString(),
             QStringLiteral("This field is mandatory"));
    for (const char *key : {"Category", "Business", "Associate"}) {
        QCOMPARE(mask(p, QLatin1String(key)), QStringLiteral("Read"));
        QCOMPARE(fieldRight(p, QLatin1String(key)).value("Reason").toString(),
                 QStringLiteral("Set on the person's company"));
    }
    QVERIFY(!p.value("PersonNumber").toString().isEmpty());
    const QJsonObject firstname =
        p.value("FieldProperties").toObject().value("Firstname").toObject();
    QCOMPARE(firstname.value("FieldType").toString(), QStringLiteral("System.String"));
    QCOMPARE(firstname.value("FieldLength").toInt(), 99);
    // A blank Lastname is fine; rights sent back are ignored.
    QJsonObject edit = p;
    edit.insert("Lastname", "");
    edit.insert("TableRight", QJsonObject{{"Mask", "None"}});
    SandboxClient c = client();
    const auto r = c.post(kSave, edit);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("TableRight").toObject().value("Mask").toString(), kFullTable);
    // Changing the company's members through the person is refused.
    edit = person(9);
    edit.insert("Category", QJsonObject{{"Id", 5}});
    QCOMPARE(c.post(kSave, edit).status, 400);
}

void TestSandboxPersons::viewerIsReadOnly()
{
    const QJsonObject p = person(10, "viewer");
    QCOMPARE(p.value("TableRight").toObject().value("Mask").toString(), QStringLiteral("Select"));
    QCOMPARE(mask(p, "Firstname"), QStringLiteral("Read"));
    SandboxClient c = client("viewer");
    QJsonObject edit = p;
    edit.insert("Firstname", "Viewed");
    const auto r = c.post(kSave, edit);
    QCOMPARE(r.status, 403);
    QVERIFY(r.isErrorBody());
    QJsonObject fresh = c.post(kDefault).object();
    fresh.insert("Firstname", "New");
    fresh.insert("Contact", QJsonObject{{"ContactId", 1}});
    QCOMPARE(c.post(kSave, fresh).status, 403);
    QCOMPARE(c.post(kDelete.arg(10)).status, 403);
    QCOMPARE(person(10).value("Firstname"), p.value("Firstname"));
}

void TestSandboxPersons::restrictedRights()
{
    const QJsonObject p = person(11, "restricted");
    QCOMPARE(p.value("TableRight").toObject().value("Mask").toString(), kFullTable);
    QCOMPARE(mask(p, "Firstname"), QStringLiteral("Update, UIHintMandatory"));
    QCOMPARE(fieldRight(p, "Firstname").value("Reason").toString(),
             QStringLiteral("This field is mandatory"));
    QCOMPARE(mask(p, "Title"), QStringLiteral("Read, UIHintReadOnly"));
    QVERIFY(!fieldRight(p, "Title").value("Reason").toString().isEmpty());
    QCOMPARE(mask(p, "PersonNumber"), QStringLiteral("None"));
    QCOMPARE(p.value("PersonNumber").toString(), QString());
    QVERIFY(!person(11).value("PersonNumber").toString().isEmpty());
    QCOMPARE(mask(p, "Lastname"), QStringLiteral("Update"));
    QCOMPARE(fieldRight(p, "Title").value("Reason").toString(),
             QStringLiteral("Only HR may change a person's title"));
    // Untranslated, the resource ids real servers send.
    SandboxClient c = client("restricted");
    c.setHeader("SO-Language", "*");
    const QJsonObject raw = c.post(kGet.arg(11)).object();
    QCOMPARE(fieldRight(raw, "Firstname").value("Reason").toString(),
             QStringLiteral("[SR_ACCESS_MANDATORY]"));
    QCOMPARE(fieldRight(raw, "Category").value("Reason").toString(),
             QStringLiteral("[SR_ACCESS_PERSONONCOMPANY]"));
}

void TestSandboxPersons::restrictedSaveRules()
{
    SandboxClient c = client("restricted");
    const QJsonObject stored = person(12);
    const QJsonObject shown = person(12, "restricted");

    QJsonObject blank = shown;
    blank.insert("Firstname", "  ");
    auto r = c.post(kSave, blank);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.object().value("ErrorMessage").toString().contains("Firstname"), r.body);

    QJsonObject title = shown;
    title.insert("Title", "Boss");
    r = c.post(kSave, title);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.object().value("ErrorMessage").toString().contains("Title"), r.body);

    QJsonObject number = shown;
    number.insert("PersonNumber", "X-1");
    QCOMPARE(c.post(kSave, number).status, 400);
    QCOMPARE(person(12), stored); // nothing written

    // What the user was shown, with an allowed edit and the person field the restricted role
    // must fill: the hidden PersonNumber keeps its value.
    QJsonObject ok = shown;
    ok.insert("Lastname", "Restrictedsen");
    r = c.post(kSave, ok);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.object().value("ErrorMessage").toString().contains("CustomFields.SuperOffice:1"),
             r.body);
    QJsonObject custom = ok.value("CustomFields").toObject();
    custom.insert("SuperOffice:1", "Decides the budget");
    ok.insert("CustomFields", custom);
    r = c.post(kSave, ok);
    QCOMPARE(r.status, 200);
    QCOMPARE(person(12).value("Lastname").toString(), QStringLiteral("Restrictedsen"));
    QCOMPARE(person(12).value("PersonNumber"), stored.value("PersonNumber"));
}

void TestSandboxPersons::fieldLengthsAreEnforced()
{
    SandboxClient c = client();
    const QJsonObject before = person(13);
    for (const QJsonObject &edit :
         {QJsonObject{{"PersonId", 13}, {"Firstname", QString(100, 'a')}},
          QJsonObject{{"PersonId", 13}, {"Title", QString(240, 'b')}},
          QJsonObject{{"PersonId", 13},
                      {"Emails", QJsonArray{QJsonObject{{"Value", QString(255, 'c')}}}}}}) {
        const auto r = c.post(kSave, edit);
        QCOMPARE(r.status, 400);
        QVERIFY(r.isErrorBody());
    }
    QCOMPARE(c.post(kSave, withLocalizedValue(before, "Address1", QString(81, 'd'))).status, 400);
    QCOMPARE(person(13), before);
    QCOMPARE(c.post(kSave, QJsonObject{{"PersonId", 13}, {"Firstname", QString(99, 'a')}}).status,
             200);
}

void TestSandboxPersons::restGetLastModifiedAnd304()
{
    SandboxClient c = client();
    const auto r = c.get("/api/v1/Person/14");
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.object();
    QCOMPARE(p.value("PersonId").toInt(), 14);
    QVERIFY(p.value("_Links").toObject().value("Self").toString().endsWith("/api/v1/Person/14"));
    const QByteArray modified = r.header("Last-Modified");
    QVERIFY(!modified.isEmpty());
    QDateTime updated = QDateTime::fromString(p.value("UpdatedDate").toString(), Qt::ISODate);
    updated.setTimeSpec(Qt::UTC);
    QCOMPARE(QLocale::c().toString(updated, "ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1(),
             modified);
    QCOMPARE(c.get("/api/v1/Person/14", {{"If-Modified-Since", modified}}).status, 304);
    // A change by someone else: the next conditional get has the new version.
    m_sandbox.touchPerson(14, QJsonObject{{"Description", "changed"}});
    const auto again = c.get("/api/v1/Person/14", {{"If-Modified-Since", modified}});
    QCOMPARE(again.status, 200);
    QVERIFY(again.header("Last-Modified") != modified);
}

void TestSandboxPersons::tenantPrefixAndFaults()
{
    SandboxClient c = client();
    QCOMPARE(c.get("/Cust12345/api/v1/Person/1").object().value("PersonId").toInt(), 1);
    QCOMPARE(c.post("/Cust12345" + kGet.arg(1)).status, 200);
    SandboxClient ticket(m_sandbox.baseUrl());
    ticket.setTicket("7T:demo-ticket");
    QCOMPARE(ticket.post(kGet.arg(1)).status, 200);
    SandboxClient bearer(m_sandbox.baseUrl());
    bearer.setBearer("8A:Cust12345.demo-token");
    QCOMPARE(bearer.get("/api/v1/Person/1").status, 200);
    SandboxClient nobody(m_sandbox.baseUrl());
    QCOMPARE(nobody.post(kGet.arg(1)).status, 401);
    QVERIFY(m_sandbox.addFault(QJsonObject{
        {"path", "Agents/Person/SavePersonEntity"}, {"kind", "status"}, {"status", 503}}));
    QCOMPARE(c.post(kSave, QJsonObject{{"PersonId", 1}, {"Description", "faulted"}}).status, 503);
    QVERIFY(person(1).value("Description").toString() != QStringLiteral("faulted"));
    m_sandbox.clearFaults();
}

void TestSandboxPersons::personLists()
{
    SandboxClient c = client();
    for (const char *list : {"mrmrs", "perspos", "salutation", "persint"}) {
        const auto r = c.get(QStringLiteral("/api/v1/MDOList/%1").arg(QLatin1String(list)));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.array().size() >= 3, list);
    }
    c.setHeader("SO-Language", "nb");
    const QJsonArray positions = c.get("/api/v1/MDOList/perspos").array();
    QCOMPARE(positions.first().toObject().value("Name").toString(), QStringLiteral("Daglig leder"));
    const QJsonObject p = c.post(kGet.arg(1)).object();
    QCOMPARE(p.value("Position").toObject().value("Value").toString(),
             QStringLiteral("Daglig leder"));
}

void TestSandboxPersons::hookEditsAsAnotherUser()
{
    const QJsonObject before = person(15);
    const QJsonObject touched = m_sandbox.touchPerson(15, QJsonObject{{"Title", "Changed by Ola"}});
    QCOMPARE(touched.value("Title").toString(), QStringLiteral("Changed by Ola"));
    const QJsonObject after = person(15);
    QCOMPARE(after.value("Title").toString(), QStringLiteral("Changed by Ola"));
    QCOMPARE(after.value("UpdatedBy").toObject().value("AssociateId").toInt(), 9);
    QVERIFY(after.value("UpdatedDate").toString() > before.value("UpdatedDate").toString());
    QCOMPARE(after.value("Firstname"), before.value("Firstname"));
    QCOMPARE(personIn(company(1), 15).value("Title").toString(), QStringLiteral("Changed by Ola"));
    // The hook moves a person too, and knows unknown ids.
    m_sandbox.touchPerson(15, QJsonObject{{"Contact", QJsonObject{{"ContactId", 5}}}});
    QVERIFY(!personIn(company(5), 15).isEmpty());
    QVERIFY(m_sandbox.touchPerson(99999, QJsonObject{{"Title", "x"}}).isEmpty());
}

void TestSandboxPersons::contactSaveDoesNotWritePersons()
{
    SandboxClient c = client();
    QJsonObject e = company(4);
    const QJsonArray persons = e.value("Persons").toArray();
    QVERIFY(!persons.isEmpty());
    const int id = persons.first().toObject().value("PersonId").toInt();
    const QJsonObject before = person(id);
    QJsonArray changed = persons;
    QJsonObject first = changed.first().toObject();
    first.insert("Firstname", "Overwritten");
    changed.replace(0, first);
    changed.append(QJsonObject{{"PersonId", 0}, {"Firstname", "Smuggled"}});
    e.insert("Persons", changed);
    e.insert("Department", "Persons untouched");
    const auto r = c.post("/api/v1/Agents/Contact/SaveContactEntity", e);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("Persons").toArray().size(), persons.size());
    QCOMPARE(person(id).value("Firstname"), before.value("Firstname"));
    QCOMPARE(person(id).value("UpdatedDate"), before.value("UpdatedDate"));
    const QJsonObject after = company(4);
    QCOMPARE(after.value("Persons").toArray().size(), persons.size());
    QCOMPARE(personIn(after, id).value("Firstname"), before.value("Firstname"));
    // The company's own members in the light carrier follow the company.
    QCOMPARE(personIn(after, id).value("ContactDepartment").toString(),
             QStringLiteral("Persons untouched"));
}

QTEST_GUILESS_MAIN(TestSandboxPersons)
#include "tst_sandboxpersons.moc"
