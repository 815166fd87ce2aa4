#include "entitydocument.h"
#include "fieldcatalogue.h"
#include "testdata.h"

#include <QtTest>

// One description of every user-facing member: labels, kinds, lists, sections, rights, and the
// mandatory check by member.
class TestFieldCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void describesKindsListsAndSections();
    void accessFollowsRightsAndKeepsRecordFactsReadOnly();
    void followsNewRights();
    void labelsWrittenOnce();
    void customFieldLabels();
    void reportsBlankMandatoryMembers();
    void mandatoryCustomFieldsCount();
    void tenantMandatoryCustomFieldsCount();
    void describesPersons();
    void personMandatoryAsTheServerSays();
};

namespace {

const FieldDescriptor &field(const char *member)
{
    const FieldDescriptor *d = FieldCatalogue::find(QString::fromLatin1(member));
    if (!d)
        qFatal("%s is not in the catalogue", member);
    return *d;
}

QStringList members(const QList<FieldDescriptor> &fields)
{
    QStringList out;
    for (const FieldDescriptor &d : fields)
        out.append(d.member);
    return out;
}

} // namespace

void TestFieldCatalogue::describesKindsListsAndSections()
{
    const ContactEntity e(TestData::object(QStringLiteral("contact-real.json")));
    using Kind = FieldDescriptor::Kind;
    using Section = FieldDescriptor::Section;
    QCOMPARE(field("Name").kind, Kind::Text);
    QCOMPARE(field("Description").kind, Kind::MultiLineText);
    QCOMPARE(field("NoMailing").kind, Kind::Flag);
    QCOMPARE(field("CreatedDate").kind, Kind::Date);
    QCOMPARE(field("Phones").kind, Kind::ElementList);
    QCOMPARE(field("Address").kind, Kind::Address);
    // Pickers name their list and the carrier's id member.
    QCOMPARE(field("Category").kind, Kind::Picker);
    QCOMPARE(field("Category").listName, QStringLiteral("category"));
    QCOMPARE(e.object(QStringLiteral("Category")).value(field("Category").idKey).toInteger(), 2);
    QCOMPARE(e.object(QStringLiteral("Country")).value(field("Country").idKey).toInteger(), 578);
    QCOMPARE(field("Associate").listName, QStringLiteral("associate"));
    QCOMPARE(field("Associate").idKey, QStringLiteral("AssociateId"));
    QCOMPARE(e.object(QStringLiteral("TicketPriority")).value(field("TicketPriority").idKey),
             QJsonValue(0));
    QVERIFY(!field("Category").offersNone);
    QVERIFY(field("SupportAssociate").offersNone);
    // Names match as the server's FieldProperties do, whatever the case.
    QCOMPARE(FieldCatalogue::find(QStringLiteral("orgnr")), &field("OrgNr"));
    QVERIFY(!FieldCatalogue::find(QStringLiteral("TableRight")));
    QCOMPARE(field("Name").rightsKey, QStringLiteral("Name"));
    // The form's sections, in the form's order.
    QCOMPARE(members(FieldCatalogue::fields(Section::Identity)),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Department"),
                          QStringLiteral("OrgNr"), QStringLiteral("Number1"),
                          QStringLiteral("Number2"), QStringLiteral("Kananame")}));
    QCOMPARE(members(FieldCatalogue::fields(Section::Classification)),
             (QStringList{QStringLiteral("Category"), QStringLiteral("Business"),
                          QStringLiteral("Country"), QStringLiteral("Associate"),
                          QStringLiteral("SupportAssociate"), QStringLiteral("TicketPriority"),
                          QStringLiteral("CustomerLanguage")}));
    QCOMPARE(
        members(FieldCatalogue::fields(Section::Communication)),
        (QStringList{QStringLiteral("Phones"), QStringLiteral("Emails"), QStringLiteral("Urls"),
                     QStringLiteral("Faxes"), QStringLiteral("Domains")}));
    QCOMPARE(field("Description").section, Section::Description);
    QCOMPARE(field("Xstop").section, Section::Interests);
}

void TestFieldCatalogue::accessFollowsRightsAndKeepsRecordFactsReadOnly()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    const FieldRights &rights = doc.rights();
    auto access = [&](const char *member) {
        return FieldCatalogue::access(QString::fromLatin1(member), rights);
    };
    QVERIFY(access("Name").mandatory);
    QCOMPARE(access("Name").maxLength, 219);
    QVERIFY(!access("OrgNr").editable);
    QCOMPARE(access("OrgNr").reason, QStringLiteral("Set by the ERP integration"));
    QVERIFY(!access("Number1").visible);
    QVERIFY(access("Department").editable);
    // The server says ContactId and CreatedDate may be updated; they are the server's still.
    QVERIFY(rights.field(QStringLiteral("ContactId")).editable);
    QVERIFY(!access("ContactId").editable);
    QVERIFY(rights.field(QStringLiteral("CreatedDate")).editable);
    QVERIFY(!access("CreatedDate").editable);
}

void TestFieldCatalogue::followsNewRights()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    // A new TableRight without Update turns every field read-only.
    QJsonObject saved = doc.working();
    saved.insert(QStringLiteral("TableRight"),
                 QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Select")},
                             {QStringLiteral("Reason"), QStringLiteral("Archived")}});
    doc.acceptSaved(ContactEntity(saved));
    const FieldRights::Access a =
        FieldCatalogue::access(QStringLiteral("Department"), doc.rights());
    QVERIFY(!a.editable);
    QCOMPARE(a.reason, QStringLiteral("Archived"));
}

void TestFieldCatalogue::labelsWrittenOnce()
{
    // SuperOffice calls the company's free text its note: the form, review and banners agree.
    QCOMPARE(FieldCatalogue::formLabel(QStringLiteral("Description")), QStringLiteral("N&ote"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("Description")), QStringLiteral("Note"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("Associate")), QStringLiteral("Owner"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("Emails")), QStringLiteral("E-mail addresses"));
    QCOMPARE(field("Emails").entryLabel(), QStringLiteral("E-mail address"));
    QCOMPARE(field("Interests").entryLabel(), QStringLiteral("Interest"));
    QCOMPARE(field("Name").entryLabel(), QStringLiteral("Name"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("ContactId")), QStringLiteral("Company ID"));
    QCOMPARE(FieldCatalogue::plainLabel(QStringLiteral("R&&D &team")), QStringLiteral("R&D team"));
    // Every label is plain; every form label has words.
    for (const FieldDescriptor &d : FieldCatalogue::fields()) {
        QVERIFY2(!d.label().contains(QLatin1Char('&')), qPrintable(d.member));
        QVERIFY2(!d.formLabel().trimmed().isEmpty(), qPrintable(d.member));
    }
    // The custom field buckets share one label; a field in one is named as the form names it.
    QCOMPARE(FieldCatalogue::label(QStringLiteral("UserDefinedFields")),
             QStringLiteral("Custom fields"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("CustomFields.SuperOffice:2")),
             QStringLiteral("Custom field 2"));
    // What the catalogue does not describe is named by its member.
    QCOMPARE(FieldCatalogue::label(QStringLiteral("FutureMember")), QStringLiteral("FutureMember"));
}

void TestFieldCatalogue::customFieldLabels()
{
    QCOMPARE(FieldCatalogue::customFieldLabel(QStringLiteral("SuperOffice:2")),
             QStringLiteral("Custom field 2"));
    QCOMPARE(FieldCatalogue::customFieldLabel(QStringLiteral("x_erp_key")),
             QStringLiteral("Erp key"));
    QCOMPARE(FieldCatalogue::customFieldLabel(QStringLiteral("customerSince")),
             QStringLiteral("Customer Since"));
    // The tenant's own labels win where they name the key.
    const QHash<QString, QString> tenant{
        {QStringLiteral("SuperOffice:2"), QStringLiteral("Partner level")}};
    QCOMPARE(FieldCatalogue::customFieldLabel(QStringLiteral("SuperOffice:2"), tenant),
             QStringLiteral("Partner level"));
    QCOMPARE(FieldCatalogue::customFieldLabel(QStringLiteral("SuperOffice:3"), tenant),
             QStringLiteral("Custom field 3"));
    QCOMPARE(FieldCatalogue::customFieldMember(QStringLiteral("SuperOffice:2")),
             QStringLiteral("CustomFields.SuperOffice:2"));
}

void TestFieldCatalogue::reportsBlankMandatoryMembers()
{
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    QVERIFY(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()).isEmpty());
    doc.setValue(JsonPath("Name"), QStringLiteral("  "));
    doc.setValue(JsonPath("Category"),
                 QJsonObject{{QStringLiteral("Id"), 0}, {QStringLiteral("Value"), QString()}});
    // Members, not labels: the editor finds the field by it and names it from the catalogue.
    QCOMPARE(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Category")}));
}

void TestFieldCatalogue::mandatoryCustomFieldsCount()
{
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    QJsonObject props = json.value(QLatin1String("FieldProperties")).toObject();
    props.insert(QStringLiteral("UserDefinedFields.SuperOffice:1"),
                 QJsonObject{{QStringLiteral("FieldRight"),
                              QJsonObject{{QStringLiteral("Mask"),
                                           QStringLiteral("Update, UIHintMandatory")}}},
                             {QStringLiteral("FieldType"), QStringLiteral("System.String")},
                             {QStringLiteral("FieldLength"), -1}});
    json.insert(QStringLiteral("FieldProperties"), props);
    EntityDocument doc{ContactEntity(json)};
    QVERIFY(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()).isEmpty());
    doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")), QString());
    const QStringList missing = FieldCatalogue::missingMandatory(doc.entity(), doc.rights());
    QCOMPARE(missing, QStringList{QStringLiteral("CustomFields.SuperOffice:1")});
    QCOMPARE(FieldCatalogue::label(missing.first()), QStringLiteral("Custom field 1"));
}

void TestFieldCatalogue::tenantMandatoryCustomFieldsCount()
{
    // The rights say nothing; the tenant's published layout marks the field mandatory.
    EntityDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")), QString());
    QVERIFY(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()).isEmpty());

    const auto layoutWith = [](bool mandatory, bool hidden) {
        // GET Contact/CustomField's FieldInfo carries both flags.
        const QJsonObject info{{QStringLiteral("FieldName"), QStringLiteral("SuperOffice:1")},
                               {QStringLiteral("DisplayName"), QStringLiteral("Agreement")},
                               {QStringLiteral("FieldType"), QStringLiteral("ShortText")},
                               {QStringLiteral("IsMandatory"), mandatory},
                               {QStringLiteral("HideField"), hidden}};
        return CustomFieldLayout::fromServer({}, QJsonArray{info});
    };
    FieldCatalogue::setTenantCustomFields(EntityKind::Contact, layoutWith(true, false));
    QCOMPARE(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()),
             QStringList{QStringLiteral("CustomFields.SuperOffice:1")});
    QCOMPARE(FieldCatalogue::label(QStringLiteral("CustomFields.SuperOffice:1")),
             QStringLiteral("Agreement"));
    // A person's layout is another: the company's flags do not make a person's field mandatory.
    QVERIFY(
        FieldCatalogue::missingMandatory(doc.entity(), doc.rights(), EntityKind::Person).isEmpty());

    // Filled, it no longer blocks; hidden from the user, it never does.
    doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")),
                 QStringLiteral("Gold"));
    QVERIFY(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()).isEmpty());
    doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")), QString());
    FieldCatalogue::setTenantCustomFields(EntityKind::Contact, layoutWith(true, true));
    QVERIFY(FieldCatalogue::missingMandatory(doc.entity(), doc.rights()).isEmpty());
    FieldCatalogue::setTenantCustomFields(EntityKind::Contact, {});
}

void TestFieldCatalogue::describesPersons()
{
    const EntityKind person = EntityKind::Person;
    QCOMPARE(FieldCatalogue::find(QStringLiteral("Position"), person)->kind,
             FieldDescriptor::Kind::Picker);
    QCOMPARE(FieldCatalogue::find(QStringLiteral("Position"), person)->listName,
             QStringLiteral("perspos"));
    QCOMPARE(FieldCatalogue::find(QStringLiteral("Mrmrs"), person)->kind,
             FieldDescriptor::Kind::TextChoice);
    QCOMPARE(FieldCatalogue::find(QStringLiteral("Contact"), person)->kind,
             FieldDescriptor::Kind::Company);
    QCOMPARE(FieldCatalogue::find(QStringLiteral("BirthDate"), person)->kind,
             FieldDescriptor::Kind::Day);
    QCOMPARE(FieldCatalogue::find(QStringLiteral("OfficePhones"), person)->entryLabel(),
             QStringLiteral("Office phone"));
    // A company's members are no person's fields, and the other way round...
    for (const char *member : {"Name", "Persons", "Domains", "Xstop"}) {
        const QString m = QString::fromLatin1(member);
        QVERIFY2(std::none_of(FieldCatalogue::fields(person).cbegin(),
                              FieldCatalogue::fields(person).cend(),
                              [&](const FieldDescriptor &d) { return d.member == m; }),
                 member);
    }
    // ... but a member is named the same whichever kind asks.
    QCOMPARE(FieldCatalogue::label(QStringLiteral("OfficePhones")),
             QStringLiteral("Office phones"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("Description"), person), QStringLiteral("Note"));
    // Mnemonics are unique within the person's form.
    QSet<QChar> used;
    for (const FieldDescriptor &d : FieldCatalogue::fields(person)) {
        const qsizetype amp = d.formLabel().indexOf(QLatin1Char('&'));
        if (amp < 0)
            continue;
        const QChar key = d.formLabel().at(amp + 1).toLower();
        QVERIFY2(!used.contains(key), qPrintable(d.member));
        used.insert(key);
    }
}

void TestFieldCatalogue::personMandatoryAsTheServerSays()
{
    // A real server's person: Firstname, Contact and PersonNumber mandatory, Lastname not.
    EntityDocument doc(EntityKind::Person, TestData::object(QStringLiteral("person-real.json")));
    QCOMPARE(doc.id(), 210);
    QVERIFY(!doc.isNew());
    const EntityKind person = EntityKind::Person;
    QVERIFY(FieldCatalogue::missingMandatory(doc.person(), doc.rights(), person).isEmpty());
    doc.setValue(JsonPath("Lastname"), QString());
    QVERIFY(FieldCatalogue::missingMandatory(doc.person(), doc.rights(), person).isEmpty());
    doc.setValue(JsonPath("Firstname"), QStringLiteral(" "));
    doc.setValue(JsonPath("Contact"), QJsonObject{{QStringLiteral("ContactId"), 0}});
    QCOMPARE(FieldCatalogue::missingMandatory(doc.person(), doc.rights(), person),
             (QStringList{QStringLiteral("Firstname"), QStringLiteral("Contact")}));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("Contact"), person), QStringLiteral("Company"));
}

QTEST_GUILESS_MAIN(TestFieldCatalogue)
#include "tst_fieldcatalogue.moc"
