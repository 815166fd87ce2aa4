// AI enrichment over real HTTP: finding candidates in the enrichcontact list, previewing one,
// and EnrichContactEntity filling the carrier it was given (address into the forms it has,
// phones/e-mails/web addresses appended) without saving, with $select and error cases.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QtTest>

namespace {

const QString kEnrich = QStringLiteral("/api/v1/Agents/Contact/EnrichContactEntity");
const QString kPreview = QStringLiteral("/api/v1/Agents/Contact/GetPreviewEnrichContact");

QStringList values(const QJsonObject &entity, const char *list)
{
    QStringList out;
    for (const QJsonValue &v : entity.value(QLatin1String(list)).toArray())
        out.append(v.toObject().value("Value").toString());
    return out;
}

QString localizedValue(const QJsonObject &entity, const QString &name)
{
    for (const QJsonValue &line :
         entity.value("Address").toObject().value("LocalizedAddress").toArray())
        for (const QJsonValue &field : line.toArray())
            if (field.toObject().value("Name").toString() == name)
                return field.toObject().value("Value").toString();
    return QStringLiteral("<absent>");
}

} // namespace

class TestSandboxEnrich : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewDescribesTheCandidate();
    void previewOfUnknownIdIs404();
    void enrichFillsTheGivenCarrierWithoutSaving();
    void enrichDoesNotRepeatWhatIsThere();
    void enrichFillsOnlyTheFormsGiven();
    void enrichBuildsBothFormsWhenThereIsNoAddress();
    void selectNullsTheOtherMembers();
    void unknownOrMissingEnrichId();
    void enrichedCarrierCanBeSaved();

private:
    SandboxClient client();
    QString enrichIdFor(const QString &name, const QString &country);
    QJsonObject preview(const QString &enrichId);

    SandboxProcess m_sandbox;
    QString m_nordlys;
};

void TestSandboxEnrich::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_nordlys = enrichIdFor("Nordlys Konsulenter", "no");
    QVERIFY(m_nordlys.startsWith("enr-no-"));
}

SandboxClient TestSandboxEnrich::client()
{
    SandboxClient c(m_sandbox.baseUrl());
    c.setBasic("demo", "demo");
    return c;
}

QString TestSandboxEnrich::enrichIdFor(const QString &name, const QString &country)
{
    SandboxClient c = client();
    const QJsonArray items =
        c.get("/api/v1/MDOList/enrichcontact?query=" + name + "&additional=countryIso2=" + country)
            .array();
    return items.at(0).toObject().value("ExtraInfo").toString();
}

QJsonObject TestSandboxEnrich::preview(const QString &enrichId)
{
    SandboxClient c = client();
    return c.post(kPreview, QJsonObject{{"EnrichId", enrichId}}).object();
}

void TestSandboxEnrich::previewDescribesTheCandidate()
{
    SandboxClient c = client();
    const auto r = c.post(kPreview, QJsonObject{{"enrichId", m_nordlys}});
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.object();
    QCOMPARE(p.value("Name").toString(), QStringLiteral("Nordlys Konsulenter AS"));
    QCOMPARE(p.value("ContactId").toInt(-1), 0);
    QCOMPARE(p.value("CountryId").toInt(), 578);
    QVERIFY(p.value("DirectPhone").toString().startsWith("+47 "));
    QVERIFY(p.value("URL").toString().startsWith("https://www."));
    QVERIFY(p.value("EmailAddress").toString().contains('@'));
    QCOMPARE(p.value("BusinessName").toString(), QStringLiteral("Consulting"));
    const QJsonObject nb =
        c.post(kPreview, QJsonObject{{"EnrichId", m_nordlys}}, {{"SO-Language", "nb"}}).object();
    QCOMPARE(nb.value("BusinessName").toString(), QStringLiteral("Rådgivning"));
    QVERIFY(!p.value("Address")
                 .toObject()
                 .value("Street")
                 .toObject()
                 .value("Address1")
                 .toString()
                 .isEmpty());
    for (const char *member : {"Department", "Number2", "CategoryName", "AssociateFullName"})
        QVERIFY(p.contains(QLatin1String(member)));
}

void TestSandboxEnrich::previewOfUnknownIdIs404()
{
    SandboxClient c = client();
    const auto r = c.post(kPreview, QJsonObject{{"EnrichId", "enr-no-9999"}});
    QCOMPARE(r.status, 404);
    QVERIFY(r.isErrorBody());
}

void TestSandboxEnrich::enrichFillsTheGivenCarrierWithoutSaving()
{
    SandboxClient c = client();
    const QJsonObject stored =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").object();
    QJsonObject mine = stored;
    mine.insert("Description", "edited, not saved yet");
    const QJsonObject p = preview(m_nordlys);

    const auto r = c.post(kEnrich, QJsonObject{{"contactEntity", mine}, {"enrichId", m_nordlys}});
    QCOMPARE(r.status, 200);
    const QJsonObject enriched = r.object();
    // The carrier it was given, with the edit and every untouched member.
    QCOMPARE(enriched.value("Description").toString(), QStringLiteral("edited, not saved yet"));
    QCOMPARE(enriched.value("Name"), stored.value("Name"));
    QCOMPARE(enriched.value("OrgNr"), stored.value("OrgNr"));
    QCOMPARE(enriched.value("Persons"), stored.value("Persons"));
    const QString street =
        p.value("Address").toObject().value("Street").toObject().value("Address1").toString();
    QCOMPARE(enriched.value("Address")
                 .toObject()
                 .value("Street")
                 .toObject()
                 .value("Address1")
                 .toString(),
             street);
    QCOMPARE(localizedValue(enriched, "StreetAddress1"), street);
    // Existing phones first, the candidate's new ones after them.
    const QStringList before = values(stored, "Phones");
    const QStringList after = values(enriched, "Phones");
    QCOMPARE(after.mid(0, before.size()), before);
    QVERIFY(after.contains(p.value("DirectPhone").toString()));
    QVERIFY(values(enriched, "Emails").contains(p.value("EmailAddress").toString()));
    QVERIFY(values(enriched, "Urls").contains(p.value("URL").toString()));
    const QJsonObject added = enriched.value("Phones").toArray().last().toObject();
    QVERIFY(!added.value("StrippedValue").toString().contains(' '));
    QVERIFY(!added.value("FieldProperties").toObject().isEmpty());

    // Nothing was saved.
    QCOMPARE(c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").object(), stored);
}

void TestSandboxEnrich::enrichDoesNotRepeatWhatIsThere()
{
    SandboxClient c = client();
    const QJsonObject p = preview(m_nordlys);
    // The candidate's number, written differently, is already there.
    QString respaced = p.value("DirectPhone").toString();
    respaced.remove(' ');
    QJsonObject carrier{
        {"Name", "Nordlys Konsulenter AS"},
        {"Phones",
         QJsonArray{QJsonObject{{"Value", respaced}, {"StrippedValue", ""}, {"Description", ""}}}},
        {"Emails", QJsonArray{QJsonObject{{"Value", p.value("EmailAddress").toString().toUpper()},
                                          {"Description", ""}}}}};
    const QJsonObject once =
        c.post(kEnrich, QJsonObject{{"ContactEntity", carrier}, {"EnrichId", m_nordlys}}).object();
    QVERIFY(!values(once, "Phones").contains(p.value("DirectPhone").toString()));
    QCOMPARE(values(once, "Phones").first(), respaced);
    // E-mail addresses compare without case.
    QVERIFY(!values(once, "Emails").contains(p.value("EmailAddress").toString()));
    QCOMPARE(values(once, "Emails").first(), p.value("EmailAddress").toString().toUpper());
    const QJsonObject twice =
        c.post(kEnrich, QJsonObject{{"ContactEntity", once}, {"EnrichId", m_nordlys}}).object();
    QCOMPARE(values(twice, "Phones"), values(once, "Phones"));
    QCOMPARE(values(twice, "Emails"), values(once, "Emails"));
    QCOMPARE(values(twice, "Urls"), values(once, "Urls"));
}

void TestSandboxEnrich::enrichFillsOnlyTheFormsGiven()
{
    SandboxClient c = client();
    const QJsonObject stored =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=5").object();
    const QString enrichId = enrichIdFor("Polar Data", "no");
    QVERIFY(!enrichId.isEmpty());
    const QString street = preview(enrichId)
                               .value("Address")
                               .toObject()
                               .value("Street")
                               .toObject()
                               .value("Address1")
                               .toString();

    QJsonObject localizedOnly = stored;
    QJsonObject address = stored.value("Address").toObject();
    address.remove("Street");
    address.remove("Postal");
    localizedOnly.insert("Address", address);
    const QJsonObject a =
        c.post(kEnrich, QJsonObject{{"ContactEntity", localizedOnly}, {"EnrichId", enrichId}})
            .object();
    QCOMPARE(localizedValue(a, "StreetAddress1"), street);
    QVERIFY(!a.value("Address").toObject().contains("Street"));
    QVERIFY(!a.value("Address").toObject().contains("Postal"));

    QJsonObject structuredOnly = stored;
    address = stored.value("Address").toObject();
    address.remove("LocalizedAddress");
    structuredOnly.insert("Address", address);
    const QJsonObject b =
        c.post(kEnrich, QJsonObject{{"ContactEntity", structuredOnly}, {"EnrichId", enrichId}})
            .object();
    QCOMPARE(b.value("Address").toObject().value("Street").toObject().value("Address1").toString(),
             street);
    QVERIFY(!b.value("Address").toObject().contains("LocalizedAddress"));
}

void TestSandboxEnrich::enrichBuildsBothFormsWhenThereIsNoAddress()
{
    SandboxClient c = client();
    const QJsonObject p = preview(m_nordlys);
    const QJsonObject e =
        c.post(kEnrich,
               QJsonObject{{"ContactEntity", QJsonObject{{"ContactId", 0}, {"Name", "Nordlys"}}},
                           {"EnrichId", m_nordlys}})
            .object();
    const QString street =
        p.value("Address").toObject().value("Street").toObject().value("Address1").toString();
    QCOMPARE(e.value("Address").toObject().value("Street").toObject().value("Address1").toString(),
             street);
    QCOMPARE(localizedValue(e, "StreetAddress1"), street);
    QCOMPARE(e.value("Address").toObject().value("Postal").toObject().value("City").toString(),
             p.value("Address").toObject().value("Postal").toObject().value("City").toString());
    QVERIFY(!values(e, "Phones").isEmpty());
}

void TestSandboxEnrich::selectNullsTheOtherMembers()
{
    SandboxClient c = client();
    const QJsonObject stored =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").object();
    const QJsonObject e = c.post(kEnrich + "?$select=name,address,phones/value",
                                 QJsonObject{{"ContactEntity", stored}, {"EnrichId", m_nordlys}})
                              .object();
    QCOMPARE(e.value("Name"), stored.value("Name"));
    QVERIFY(e.value("Address").isObject());
    QVERIFY(e.value("Phones").isArray());
    for (const char *member :
         {"Emails", "Urls", "Department", "Persons", "Category", "ContactId"}) {
        QVERIFY2(e.contains(QLatin1String(member)), member);
        QVERIFY2(e.value(QLatin1String(member)).isNull(), member);
    }
}

void TestSandboxEnrich::unknownOrMissingEnrichId()
{
    SandboxClient c = client();
    const auto unknown = c.post(kEnrich, QJsonObject{{"ContactEntity", QJsonObject{{"Name", "x"}}},
                                                     {"EnrichId", "enr-xx-0001"}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.isErrorBody());
    const auto missing =
        c.post(kEnrich, QJsonObject{{"ContactEntity", QJsonObject{{"Name", "x"}}}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.isErrorBody());
    const auto noEntity = c.post(kEnrich, QJsonObject{{"EnrichId", m_nordlys}});
    QCOMPARE(noEntity.status, 400);
}

void TestSandboxEnrich::enrichedCarrierCanBeSaved()
{
    SandboxClient c = client();
    const QJsonObject stored =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").object();
    const QJsonObject enriched =
        c.post(kEnrich, QJsonObject{{"ContactEntity", stored}, {"EnrichId", m_nordlys}}).object();
    const auto saved = c.post("/api/v1/Agents/Contact/SaveContactEntity", enriched);
    QCOMPARE(saved.status, 200);
    const QJsonObject after =
        c.post("/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1").object();
    QCOMPARE(values(after, "Phones"), values(enriched, "Phones"));
    QCOMPARE(after.value("Address").toObject().value("Street"),
             enriched.value("Address").toObject().value("Street"));
}

QTEST_GUILESS_MAIN(TestSandboxEnrich)
#include "tst_sandboxenrich.moc"
