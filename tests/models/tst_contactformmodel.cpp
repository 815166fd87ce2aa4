#include "contactdocument.h"
#include "contactformmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// The scalar fields with their rights as roles; edits as undoable steps.
class TestContactFormModel : public QObject
{
    Q_OBJECT

private slots:
    void exposesValuesAndRights();
    void editsTextFlagsAndReferences();
    void refusesWhatRightsForbid();
    void reportsBlankMandatoryFields();
    void followsUndoAndRights();
    void mandatoryCustomFieldsCount();
};

namespace {
QVariant roleOf(ContactFormModel &m, const char *member, int role)
{
    return m.indexOf(QString::fromLatin1(member)).data(role);
}
} // namespace

void TestContactFormModel::exposesValuesAndRights()
{
    ContactDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    ContactFormModel m(&doc);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(roleOf(m, "Name", Qt::DisplayRole).toString(), QStringLiteral("Bjørge Lakkeri AS"));
    QCOMPARE(roleOf(m, "Name", ContactFormModel::MandatoryRole).toBool(), true);
    QCOMPARE(roleOf(m, "Name", ContactFormModel::MaxLengthRole).toInt(), 219);
    QCOMPARE(roleOf(m, "OrgNr", ContactFormModel::EditableRole).toBool(), false);
    QCOMPARE(roleOf(m, "OrgNr", ContactFormModel::ReasonRole).toString(),
             QStringLiteral("Set by the ERP integration"));
    QCOMPARE(roleOf(m, "Number1", ContactFormModel::VisibleRole).toBool(), false);
    QCOMPARE(roleOf(m, "Category", Qt::DisplayRole).toString(), QStringLiteral("Customer"));
    QCOMPARE(roleOf(m, "Category", ContactFormModel::IdRole).toInt(), 2);
    QCOMPARE(roleOf(m, "Category", ContactFormModel::ListNameRole).toString(),
             QStringLiteral("category"));
    QCOMPARE(roleOf(m, "Country", ContactFormModel::IdRole).toInt(), 578);
    QCOMPARE(roleOf(m, "Associate", Qt::DisplayRole).toString(), QStringLiteral("Roy de Jong"));
    QCOMPARE(roleOf(m, "TicketPriority", ContactFormModel::IdRole).toInt(), 0);
    QCOMPARE(roleOf(m, "NoMailing", Qt::EditRole).toBool(), false);
    QCOMPARE(roleOf(m, "ContactId", Qt::DisplayRole).toString(), QStringLiteral("42"));
    QCOMPARE(roleOf(m, "ContactId", ContactFormModel::EditableRole).toBool(), false);
    QVERIFY(!roleOf(m, "CreatedDate", Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(roleOf(m, "Description", ContactFormModel::KindRole).value<ContactFormModel::Kind>(),
             ContactFormModel::Kind::MultiLine);
}

void TestContactFormModel::editsTextFlagsAndReferences()
{
    ContactDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    ContactFormModel m(&doc);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m.setData(m.indexOf(QStringLiteral("Department")), QStringLiteral("Bergen")));
    QVERIFY(m.setData(m.indexOf(QStringLiteral("Xstop")), true));
    QVERIFY(m.setData(m.indexOf(QStringLiteral("Category")),
                      QJsonObject{{QStringLiteral("Id"), 5},
                                  {QStringLiteral("Value"), QStringLiteral("Prospect")}}));
    const ContactEntity e = doc.entity();
    QCOMPARE(e.department(), QStringLiteral("Bergen"));
    QVERIFY(e.xstop());
    QCOMPARE(e.category().id(), 5);
    QCOMPARE(e.category().value(), QStringLiteral("Prospect"));
    // The carrier's own members (rights, tooltip) are kept.
    QVERIFY(e.category().has(QStringLiteral("FieldProperties")));
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change category"));
    QVERIFY(!m.setData(m.indexOf(QStringLiteral("Category")), 5)); // a bare id is not a carrier
}

void TestContactFormModel::refusesWhatRightsForbid()
{
    ContactDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    ContactFormModel m(&doc);
    QVERIFY(!m.setData(m.indexOf(QStringLiteral("OrgNr")), QStringLiteral("1")));
    QVERIFY(!(m.flags(m.indexOf(QStringLiteral("OrgNr"))) & Qt::ItemIsEditable));
    QVERIFY(!m.setData(m.indexOf(QStringLiteral("ContactId")), 5));
    QVERIFY(!m.setData(m.indexOf(QStringLiteral("Name")), QString(220, QLatin1Char('x'))));
    QVERIFY(m.setData(m.indexOf(QStringLiteral("Name")), QString(219, QLatin1Char('x'))));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestContactFormModel::reportsBlankMandatoryFields()
{
    ContactDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    ContactFormModel m(&doc);
    QVERIFY(m.blankMandatoryFields().isEmpty());
    QVERIFY(m.setData(m.indexOf(QStringLiteral("Name")), QStringLiteral("  ")));
    QVERIFY(
        m.setData(m.indexOf(QStringLiteral("Category")),
                  QJsonObject{{QStringLiteral("Id"), 0}, {QStringLiteral("Value"), QString()}}));
    QCOMPARE(m.blankMandatoryFields(),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Category")}));
}

void TestContactFormModel::followsUndoAndRights()
{
    ContactDocument doc{ContactEntity(TestData::object(QStringLiteral("contact-real.json")))};
    ContactFormModel m(&doc);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QVERIFY(m.setData(m.indexOf(QStringLiteral("Department")), QStringLiteral("Bergen")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m.indexOf(QStringLiteral("Department")));
    doc.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(roleOf(m, "Department", Qt::DisplayRole).toString(), QStringLiteral("Oslo"));
    // A new TableRight without Update turns every field read-only.
    QJsonObject saved = doc.working();
    saved.insert(QStringLiteral("TableRight"),
                 QJsonObject{{QStringLiteral("Mask"), QStringLiteral("Select")},
                             {QStringLiteral("Reason"), QStringLiteral("Archived")}});
    doc.acceptSaved(ContactEntity(saved));
    QCOMPARE(roleOf(m, "Department", ContactFormModel::EditableRole).toBool(), false);
    QCOMPARE(roleOf(m, "Department", ContactFormModel::ReasonRole).toString(),
             QStringLiteral("Archived"));
}

void TestContactFormModel::mandatoryCustomFieldsCount()
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
    ContactDocument doc{ContactEntity(json)};
    ContactFormModel m(&doc);
    QVERIFY(m.blankMandatoryFields().isEmpty());
    doc.setValue(JsonPath("CustomFields").key(QStringLiteral("SuperOffice:1")), QString());
    QCOMPARE(m.blankMandatoryFields(), QStringList{QStringLiteral("Custom field 1")});
}

QTEST_GUILESS_MAIN(TestContactFormModel)
#include "tst_contactformmodel.moc"
