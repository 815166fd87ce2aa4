#include "addresssection.h"
#include "classificationsection.h"
#include "communicationsection.h"
#include "connectivitymonitor.h"
#include "elementlisteditor.h"
#include "identitysection.h"
#include "recordinfosection.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

// Issue 13: a country change brings the new country's layout, labels and org. number caption
// and keeps every value, as one undo step; offline the cached layout is used and the change is
// checked with the server before saving. The rest of the card follows the rules.
class TestCountryChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void norwayToUkAndBackKeepsEveryValue();
    void offlineChangeIsCheckedBeforeSaving();
    void mandatoryListBlocksSavingAndIsNamed();
    void hiddenRecordFieldsStayHidden();

private:
    SandboxProcess m_sandbox;
};

namespace {

constexpr int kNorway = 578;
constexpr int kUk = 826;

// Chooses a country as the user does: the item is picked and activated.
bool chooseCountry(ContactEditor *editor, int countryId)
{
    QComboBox *combo = editor->section<ClassificationSection>()->picker(QStringLiteral("Country"));
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toJsonObject().value(QLatin1String("CountryId")).toInt() ==
            countryId) {
            combo->setCurrentIndex(i);
            emit combo->activated(i);
            return true;
        }
    }
    return false;
}

bool countriesListed(ContactEditor *editor)
{
    return editor->section<ClassificationSection>()->picker(QStringLiteral("Country"))->count() > 1;
}

QHash<int, QString> valuesOf(const Address &address)
{
    QHash<int, QString> out;
    for (Address::Part p : Address::companyParts())
        out.insert(int(p), address.value(p));
    return out;
}

// The server's rights change as when it is opened again: base and working take them.
void setFieldProperties(EntityDocument *doc, const QJsonObject &props)
{
    QJsonObject base = doc->base().json();
    QJsonObject working = doc->working();
    base.insert(QStringLiteral("FieldProperties"), props);
    working.insert(QStringLiteral("FieldProperties"), props);
    doc->restore(Carrier(base), Carrier(working));
}

QString orgNrCaption(ContactEditor *editor)
{
    QLineEdit *orgNr = editor->findChild<QLineEdit *>(QStringLiteral("OrgNr"));
    return orgNr ? orgNr->accessibleName() : QString();
}

} // namespace

void TestCountryChange::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestCountryChange::init()
{
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.restart());
    m_sandbox.reset();
}

void TestCountryChange::norwayToUkAndBackKeepsEveryValue()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    EntityDocument *doc = editor->document();
    QCOMPARE(doc->entity().country().countryId(), kNorway);
    auto *address = editor->section<AddressSection>();
    const QHash<int, QString> before = valuesOf(doc->entity().address());
    QVERIFY(!before.value(int(Address::Part::StreetAddress1)).isEmpty());
    QCOMPARE(address->caption(Address::Part::StreetZipcode), QStringLiteral("Postcode/City"));
    QCOMPARE(address->caption(Address::Part::StreetCity), QString());
    QCOMPARE(orgNrCaption(editor), QStringLiteral("Org.nr"));
    const QJsonObject norwayEntity = doc->working();

    QTRY_VERIFY_WITH_TIMEOUT(countriesListed(editor), 10000);
    QVERIFY(chooseCountry(editor, kUk));
    QTRY_COMPARE_WITH_TIMEOUT(doc->entity().country().countryId(), kUk, 10000);
    QTRY_VERIFY(!editor->session()->isBusy());
    QCOMPARE(doc->entity().country().isoCode(), QStringLiteral("GB"));
    QCOMPARE(orgNrCaption(editor), QStringLiteral("VAT No.:"));
    QCOMPARE(address->caption(Address::Part::PostalCounty), QStringLiteral("County/Postcode"));
    QCOMPARE(address->caption(Address::Part::PostalAddress1), QStringLiteral("Address 1"));
    for (QLabel *label : address->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QLatin1String("SR_")), qPrintable(label->text()));
    QCOMPARE(valuesOf(doc->entity().address()), before);
    QVERIFY(!editor->session()->needsCountryCheck());
    // One step, which undo takes back whole.
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->working(), norwayEntity);
    QCOMPARE(orgNrCaption(editor), QStringLiteral("Org.nr"));
    doc->undoStack()->redo();
    QCOMPARE(doc->entity().country().countryId(), kUk);

    QVERIFY(chooseCountry(editor, kNorway));
    QTRY_COMPARE_WITH_TIMEOUT(doc->entity().country().countryId(), kNorway, 10000);
    QTRY_VERIFY(!editor->session()->isBusy());
    QCOMPARE(valuesOf(doc->entity().address()), before);
    QCOMPARE(address->caption(Address::Part::StreetZipcode), QStringLiteral("Postcode/City"));
    QCOMPARE(orgNrCaption(editor), QStringLiteral("Org.nr"));
    QVERIFY(address->unplacedShown().isEmpty());
    QCOMPARE(doc->entity().country().orgNrText(), QStringLiteral("Org.nr"));
}

void TestCountryChange::offlineChangeIsCheckedBeforeSaving()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    window->workspace()->connectivity()->setProbeInterval(200);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    EntityDocument *doc = editor->document();
    const QHash<int, QString> before = valuesOf(doc->entity().address());
    // Online once to the UK and back: the UK's layout is cached.
    QTRY_VERIFY_WITH_TIMEOUT(countriesListed(editor), 10000);
    QVERIFY(chooseCountry(editor, kUk));
    QTRY_COMPARE_WITH_TIMEOUT(doc->entity().country().countryId(), kUk, 10000);
    QTRY_VERIFY(!editor->session()->isBusy());
    doc->undoStack()->undo();
    QCOMPARE(doc->entity().country().countryId(), kNorway);

    // The server cannot be reached: the change is made in the cached layout.
    m_sandbox.stop();
    QVERIFY(chooseCountry(editor, kUk));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->session()->isBusy(), 15000);
    QCOMPARE(doc->entity().country().countryId(), kUk);
    QCOMPARE(orgNrCaption(editor), QStringLiteral("VAT No.:"));
    QCOMPARE(editor->section<AddressSection>()->caption(Address::Part::PostalCounty),
             QStringLiteral("County/Postcode"));
    QCOMPARE(valuesOf(doc->entity().address()), before);
    QVERIFY(editor->session()->needsCountryCheck());

    QVERIFY(m_sandbox.restart());
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace()->connectivity()->isOnline(), 15000);
    m_sandbox.clearRequests();
    QVERIFY(editor->save());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified() && !editor->session()->isBusy(), 15000);
    // The server was asked for the UK's rules before the save.
    const QString log =
        QString::fromUtf8(QJsonDocument(m_sandbox.requests()).toJson(QJsonDocument::Compact));
    const qsizetype check = log.indexOf(QLatin1String("ChangeCountry"));
    const qsizetype save = log.indexOf(QLatin1String("SaveContactEntity"));
    QVERIFY2(check >= 0 && save > check, qPrintable(log.left(2000)));
    QVERIFY(!editor->session()->needsCountryCheck());
    const QJsonObject server = UiTest::serverCopy(m_sandbox, 1);
    QCOMPARE(
        server.value(QLatin1String("Country")).toObject().value(QLatin1String("CountryId")).toInt(),
        kUk);
    QCOMPARE(valuesOf(Address(server.value(QLatin1String("Address")).toObject())), before);
}

void TestCountryChange::mandatoryListBlocksSavingAndIsNamed()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    EntityDocument *doc = editor->document();
    // The server's rights say the e-mail list is mandatory (as a tenant may configure it).
    QJsonObject props = doc->working().value(QLatin1String("FieldProperties")).toObject();
    props.insert(QStringLiteral("Emails"),
                 QJsonObject{{QStringLiteral("FieldRight"),
                              QJsonObject{{QStringLiteral("Mask"),
                                           QStringLiteral("Update, UIHintMandatory")}}},
                             {QStringLiteral("FieldType"), QStringLiteral("System.Object")},
                             {QStringLiteral("FieldLength"), 0}});
    setFieldProperties(editor->document(), props);
    doc->setValue(JsonPath("Emails"), QJsonArray());
    ElementListEditor *emails =
        editor->section<CommunicationSection>()->editor(QStringLiteral("Emails"));
    QTRY_VERIFY(emails->isMandatory());
    QVERIFY(!editor->save());
    QVERIFY(editor->banner()->isVisible());
    QVERIFY2(editor->banner()->text().contains(QLatin1String("E-mail addresses")),
             qPrintable(editor->banner()->text()));
    QTRY_VERIFY(emails->view()->hasFocus());
}

void TestCountryChange::hiddenRecordFieldsStayHidden()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    auto *record = editor->section<RecordInfoSection>();
    QVERIFY(record->isRowShown(QStringLiteral("Updated")));
    QJsonObject props =
        editor->document()->working().value(QLatin1String("FieldProperties")).toObject();
    for (const char *member : {"UpdatedBy", "Source"})
        props.insert(QString::fromLatin1(member),
                     QJsonObject{{QStringLiteral("FieldRight"),
                                  QJsonObject{{QStringLiteral("Mask"), QStringLiteral("None")}}}});
    setFieldProperties(editor->document(), props);
    QTRY_VERIFY(!record->isRowShown(QStringLiteral("Updated")));
    QVERIFY(!record->isRowShown(QStringLiteral("Source")));
    QCOMPARE(record->text(QStringLiteral("Source")), QString());
    QVERIFY(record->isRowShown(QStringLiteral("Created")));
    // A later load (an undo, a merge) does not bring them back.
    editor->document()->setValue(JsonPath("Department"), QStringLiteral("X"));
    editor->document()->undoStack()->undo();
    QVERIFY(!record->isRowShown(QStringLiteral("Source")));
    QCOMPARE(record->text(QStringLiteral("Updated")), QString());
}

QTEST_MAIN(TestCountryChange)
#include "tst_countrychange.moc"
