// The company's custom fields as the tenant defines them, against contact-sandbox: labels,
// tooltips and order from the published layout and the custom-field list (English and
// Norwegian), each type edited, saved and read back in its encoding, a list field's display text
// following the choice in the form and on the server, ":org" twins untouched, and the
// definitions there after a restart without the server.
#include "uitestsupport.h"

#include "customfielddefinitions.h"
#include "customfieldencoding.h"
#include "customfieldmodel.h"
#include "customfieldssection.h"
#include "fieldcatalogue.h"
#include "mdolistcache.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>

class TestCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void labelsTooltipsAndOrder();
    void norwegianLabels();
    void eachTypeSavedAndReadBack();
    void listDisplayTextFollowsChoice();
    void orgTwinsUntouched();
    void blankMandatoryFieldBlocksSaving();
    void definitionsOfflineAfterRestart(); // stops the sandbox: last

private:
    // The company open with the tenant's definitions applied to its section.
    CustomFieldsSection *openWithDefinitions(int contactId);
    bool save(ContactEditor *editor);
    static QJsonObject customFields(const QJsonObject &entity)
    {
        return entity.value(QLatin1String("CustomFields")).toObject();
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    ContactEditor *m_editor = nullptr;
};

void TestCustomFields::initTestCase()
{
    UiTest::isolateSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestCustomFields::init()
{
    if (!m_sandbox.isRunning())
        QVERIFY(m_sandbox.restart());
    m_sandbox.reset();
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(m_window);
}

void TestCustomFields::cleanup()
{
    m_editor = nullptr;
    m_window.reset();
}

CustomFieldsSection *TestCustomFields::openWithDefinitions(int contactId)
{
    m_editor = UiTest::openAndWait(m_window.get(), contactId);
    if (!m_editor)
        return nullptr;
    auto *section = m_editor->section<CustomFieldsSection>();
    if (!QTest::qWaitFor([&] { return !section->model()->layout().isEmpty(); }, 15000))
        return nullptr;
    return section;
}

bool TestCustomFields::save(ContactEditor *editor)
{
    QSignalSpy saved(editor->session(), &ContactSession::saved);
    editor->save();
    return saved.count() == 1 || saved.wait(15000);
}

void TestCustomFields::labelsTooltipsAndOrder()
{
    CustomFieldsSection *section = openWithDefinitions(1);
    QVERIFY(section);
    const CustomFieldModel *model = section->model();
    // The tenant's order: the user-defined fields by TabOrder, then the extra fields by Rank.
    const QStringList keys = model->keys();
    QVERIFY2(keys.size() >= 16, qPrintable(keys.join(u',')));
    QCOMPARE(keys.mid(0, 4),
             (QStringList{QStringLiteral("SuperOffice:1"), QStringLiteral("SuperOffice:2"),
                          QStringLiteral("SuperOffice:3"), QStringLiteral("SuperOffice:4")}));
    QVERIFY(keys.indexOf(QStringLiteral("SuperOffice:8")) <
            keys.indexOf(QStringLiteral("x_customer_since")));

    // Labels and tooltips as the administrator wrote them, in the form and wherever a field is
    // named (review, merge, banners).
    QCOMPARE(section->label(QStringLiteral("SuperOffice:1"))->text(), QStringLiteral("Agreement"));
    QCOMPARE(section->label(QStringLiteral("SuperOffice:2"))->text(),
             QStringLiteral("Partner level"));
    QCOMPARE(section->label(QStringLiteral("x_customer_since"))->text(),
             QStringLiteral("Customer since"));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("CustomFields.SuperOffice:2")),
             QStringLiteral("Partner level"));
    QWidget *agreement = section->editor(QStringLiteral("SuperOffice:1"));
    QVERIFY(agreement->toolTip().startsWith(
        QLatin1String("The framework agreement we have with the company")));
    QCOMPARE(agreement->accessibleName(), QStringLiteral("Agreement"));

    // Each type gets its editor; text fields are held to their length.
    QVERIFY(qobject_cast<QComboBox *>(section->editor(QStringLiteral("SuperOffice:2"))));
    QVERIFY(qobject_cast<QDateEdit *>(section->editor(QStringLiteral("SuperOffice:3"))));
    QVERIFY(qobject_cast<QCheckBox *>(section->editor(QStringLiteral("SuperOffice:4"))));
    QVERIFY(qobject_cast<QComboBox *>(section->editor(QStringLiteral("x_segment"))));
    QVERIFY(qobject_cast<QComboBox *>(section->editor(QStringLiteral("x_account_manager"))));
    auto *notes = qobject_cast<QLineEdit *>(section->editor(QStringLiteral("SuperOffice:7")));
    QVERIFY(notes);
    QVERIFY(notes->maxLength() <= 199);
    // Read-only by the tenant: the stricter of the flag and the field rights wins.
    auto *erp = qobject_cast<QLineEdit *>(section->editor(QStringLiteral("SuperOffice:8")));
    QVERIFY(erp && erp->isReadOnly());
    QVERIFY(!model->access(QStringLiteral("SuperOffice:8")).editable);
    // Every control has an accessible name.
    for (const QString &key : keys)
        QVERIFY2(!section->editor(key)->accessibleName().isEmpty(), qPrintable(key));
}

void TestCustomFields::norwegianLabels()
{
    // Definitions are per connection and in its language.
    WebApiClient client;
    ConnectionProfile profile = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    profile.setLanguage(QStringLiteral("nb"));
    client.setProfile(profile);
    client.setSecret(QStringLiteral("demo"));
    CustomFieldDefinitions definitions(&client, EntityKind::Contact);
    QSignalSpy done(&definitions, &CustomFieldDefinitions::fetchFinished);
    definitions.fetch();
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().first().toBool(), true);
    const CustomFieldLayout &layout = definitions.layout();
    QVERIFY(layout.find(QStringLiteral("SuperOffice:1")));
    QCOMPARE(layout.find(QStringLiteral("SuperOffice:1"))->label, QStringLiteral("Avtale"));
    QCOMPARE(layout.find(QStringLiteral("SuperOffice:2"))->label, QStringLiteral("Partnernivå"));
    QCOMPARE(layout.find(QStringLiteral("x_customer_since"))->label, QStringLiteral("Kunde siden"));
    QCOMPARE(layout.find(QStringLiteral("SuperOffice:1"))->tooltip,
             QStringLiteral("Rammeavtalen vi har med firmaet"));
    // The English connection's labels are not touched by another connection's definitions
    // beyond the catalogue, which the window's own connection sets again on its next fetch.
}

void TestCustomFields::eachTypeSavedAndReadBack()
{
    CustomFieldsSection *section = openWithDefinitions(1);
    QVERIFY(section);
    CustomFieldModel *model = section->model();

    // Through the widgets where a user types...
    auto *agreement = qobject_cast<QLineEdit *>(section->editor(QStringLiteral("SuperOffice:1")));
    agreement->setFocus();
    QTest::keyClicks(agreement, QStringLiteral("Gold deal"));
    auto *newsletter = qobject_cast<QCheckBox *>(section->editor(QStringLiteral("SuperOffice:4")));
    QVERIFY(newsletter->isChecked()); // "True" and "[I:1]" both read
    UiTest::clickCheckBox(newsletter);
    QVERIFY(!newsletter->isChecked());
    auto *consent = qobject_cast<QCheckBox *>(section->editor(QStringLiteral("x_gdpr_consent")));
    QVERIFY(consent);
    consent->setChecked(true);
    // ...and through the model for the rest.
    QVERIFY(model->setValue(QStringLiteral("SuperOffice:3"), QDate(2024, 3, 15)));
    QVERIFY(model->setValue(QStringLiteral("SuperOffice:5"), 12.5));
    QVERIFY(model->setValue(QStringLiteral("SuperOffice:6"), qlonglong(42)));
    QVERIFY(model->setValue(QStringLiteral("SuperOffice:7"), QStringLiteral("Call in May")));
    QVERIFY(model->setValue(QStringLiteral("x_customer_since"), QDate(2020, 1, 2)));
    QVERIFY(model->setValue(QStringLiteral("x_visits"), qlonglong(7)));
    QVERIFY(model->setValue(QStringLiteral("x_last_audit"),
                            QDateTime(QDate(2023, 11, 5), QTime(14, 30))));
    QVERIFY(model->setValue(QStringLiteral("x_erp_key"), QStringLiteral("K-17")));

    // In the document, CustomFields in its own encodings, UserDefinedFields in its.
    const QJsonObject working = m_editor->document()->working();
    const QJsonObject custom = customFields(working);
    const QJsonObject udf = working.value(QLatin1String("UserDefinedFields")).toObject();
    QCOMPARE(custom.value(QLatin1String("SuperOffice:3")).toString(),
             QStringLiteral("[DT:03/15/2024 00:00:00.0000000]"));
    QVERIFY(udf.value(QLatin1String("SuperOffice:3"))
                .toString()
                .startsWith(QLatin1String("[D:03/15/2024")));
    QCOMPARE(custom.value(QLatin1String("SuperOffice:4")).toString(), QStringLiteral("[I:0]"));
    QCOMPARE(udf.value(QLatin1String("SuperOffice:4")).toString(), QStringLiteral("False"));

    QVERIFY(save(m_editor));
    const QJsonObject server = customFields(UiTest::serverCopy(m_sandbox, 1));
    auto wire = [&](const char *key) { return server.value(QLatin1String(key)).toString(); };
    QCOMPARE(wire("SuperOffice:1"), QStringLiteral("Gold deal"));
    // Written in the forms current servers use: a date with its time part, a check box as an
    // integer (older servers' "[D:…]" and "True" are read too; tst_customfieldvalue).
    using Type = CustomFieldDefinition::Type;
    QVERIFY2(wire("SuperOffice:3").startsWith(QLatin1String("[DT:")),
             qPrintable(wire("SuperOffice:3")));
    QCOMPARE(CustomFieldEncoding::decode(Type::Date, wire("SuperOffice:3")).toDate(),
             QDate(2024, 3, 15));
    QCOMPARE(wire("SuperOffice:4"), QStringLiteral("[I:0]"));
    QCOMPARE(wire("SuperOffice:5"), QStringLiteral("[F:12.5]"));
    QCOMPARE(wire("SuperOffice:6"), QStringLiteral("[I:42]"));
    QCOMPARE(wire("SuperOffice:7"), QStringLiteral("Call in May"));
    QCOMPARE(wire("x_customer_since"), QStringLiteral("[DT:01/02/2020 00:00:00.0000000]"));
    QCOMPARE(wire("x_visits"), QStringLiteral("[I:7]"));
    QCOMPARE(wire("x_last_audit"), QStringLiteral("[DT:11/05/2023 14:30:00.0000000]"));
    QCOMPARE(wire("x_gdpr_consent"), QStringLiteral("[I:1]"));
    QCOMPARE(wire("x_erp_key"), QStringLiteral("K-17"));

    // Read back by a fresh form as the values it saved.
    m_window.reset();
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    section = openWithDefinitions(1);
    QVERIFY(section);
    model = section->model();
    QCOMPARE(model->value(QStringLiteral("SuperOffice:3")).value().toDate(), QDate(2024, 3, 15));
    QCOMPARE(model->value(QStringLiteral("SuperOffice:4")).value().toBool(), false);
    QCOMPARE(model->value(QStringLiteral("x_gdpr_consent")).value().toBool(), true);
    QCOMPARE(model->value(QStringLiteral("SuperOffice:6")).value().toLongLong(), 42);
    QCOMPARE(qobject_cast<QDateEdit *>(section->editor(QStringLiteral("x_customer_since")))->date(),
             QDate(2020, 1, 2));
}

void TestCustomFields::listDisplayTextFollowsChoice()
{
    CustomFieldsSection *section = openWithDefinitions(1);
    QVERIFY(section);
    CustomFieldModel *model = section->model();
    auto *level = qobject_cast<QComboBox *>(section->editor(QStringLiteral("SuperOffice:2")));
    QVERIFY(level);
    // The items come from the field's MDO list (udlist123), kept for offline use.
    QTRY_VERIFY(m_window->workspace()->lists()->isLoaded(QStringLiteral("udlist123")));
    QTRY_COMPARE(level->count(), 4); // (none), Bronze, Silver, Gold
    QCOMPARE(level->currentText(), QStringLiteral("Bronze"));
    const int gold = level->findText(QStringLiteral("Gold"));
    QVERIFY(gold > 0);
    const int steps = m_editor->document()->undoStack()->count();
    level->setCurrentIndex(gold);
    emit level->activated(gold);
    // One undoable step writes the id and the shown text.
    QCOMPARE(m_editor->document()->undoStack()->count(), steps + 1);
    const int row = model->rowOf(QStringLiteral("SuperOffice:2"));
    QCOMPARE(model->index(row, CustomFieldModel::ValueColumn).data().toString(),
             QStringLiteral("Gold"));
    const QJsonObject custom = customFields(m_editor->document()->working());
    QCOMPARE(custom.value(QLatin1String("SuperOffice:2")).toString(), QStringLiteral("[I:3]"));
    QCOMPARE(custom.value(QLatin1String("SuperOffice:2:DisplayText")).toString(),
             QStringLiteral("Gold"));
    QVERIFY(custom.contains(QLatin1String("SuperOffice:2:DisplayTooltip")));

    // A ListText field takes one of its choices as text.
    auto *segment = qobject_cast<QComboBox *>(section->editor(QStringLiteral("x_segment")));
    const int mid = segment->findText(QStringLiteral("Mid-market"));
    QVERIFY(mid > 0);
    segment->setCurrentIndex(mid);
    emit segment->activated(mid);
    QCOMPARE(customFields(m_editor->document()->working()).value(QLatin1String("x_segment")),
             QJsonValue(QStringLiteral("Mid-market")));

    // Undo takes back the whole choice.
    m_editor->document()->undoStack()->undo();
    m_editor->document()->undoStack()->undo();
    QCOMPARE(level->currentText(), QStringLiteral("Bronze"));
    m_editor->document()->undoStack()->redo();
    m_editor->document()->undoStack()->redo();
    QCOMPARE(level->currentText(), QStringLiteral("Gold"));

    QVERIFY(save(m_editor));
    const QJsonObject server = customFields(UiTest::serverCopy(m_sandbox, 1));
    QCOMPARE(server.value(QLatin1String("SuperOffice:2")).toString(), QStringLiteral("[I:3]"));
    QCOMPARE(server.value(QLatin1String("SuperOffice:2:DisplayText")).toString(),
             QStringLiteral("Gold"));
    QCOMPARE(server.value(QLatin1String("x_segment")).toString(), QStringLiteral("Mid-market"));
    // The form shows what the server answered (rebuilt from it: ask for the editor again).
    level = qobject_cast<QComboBox *>(section->editor(QStringLiteral("SuperOffice:2")));
    QVERIFY(level);
    QCOMPARE(level->currentText(), QStringLiteral("Gold"));
}

void TestCustomFields::orgTwinsUntouched()
{
    CustomFieldsSection *section = openWithDefinitions(1);
    QVERIFY(section);
    const QJsonObject before = customFields(m_editor->document()->working());
    QVERIFY(before.contains(QLatin1String("SuperOffice:1:org")));
    // Twins are no fields of their own.
    QVERIFY(!section->model()->keys().contains(QStringLiteral("SuperOffice:1:org")));
    QVERIFY(section->model()->setValue(QStringLiteral("SuperOffice:1"), QStringLiteral("New")));
    QVERIFY(section->model()->setValue(QStringLiteral("x_visits"), qlonglong(3)));
    const QJsonObject after = customFields(m_editor->document()->working());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key().endsWith(QLatin1String(":org")))
            QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(after.value(QLatin1String("SuperOffice:1")).toString(), QStringLiteral("New"));
    QVERIFY(save(m_editor));
    // What was sent carried the twins as they came.
    bool sawSave = false;
    for (const QJsonValue &r : m_sandbox.requests()) {
        const QJsonObject request = r.toObject();
        if (!request.value(QLatin1String("path"))
                 .toString()
                 .endsWith(QLatin1String("SaveContactEntity")))
            continue;
        const QJsonObject body =
            QJsonDocument::fromJson(request.value(QLatin1String("body")).toString().toUtf8())
                .object();
        // The entity is the body, or wrapped as the Agents' request carrier names it.
        const QJsonObject entity = body.contains(QLatin1String("contactEntity"))
                                       ? body.value(QLatin1String("contactEntity")).toObject()
                                       : body;
        const QJsonObject sent = customFields(entity);
        if (sent.isEmpty())
            continue;
        sawSave = true;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (it.key().endsWith(QLatin1String(":org")))
                QCOMPARE(sent.value(it.key()), it.value());
        }
    }
    QVERIFY(sawSave);
}

void TestCustomFields::blankMandatoryFieldBlocksSaving()
{
    // The restricted user's tenant makes the segment mandatory (IsMandatory in its layout).
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("restricted"));
    QVERIFY(m_window);
    CustomFieldsSection *section = openWithDefinitions(1);
    QVERIFY(section);
    CustomFieldModel *model = section->model();
    const QString key = QStringLiteral("x_segment");
    QVERIFY(model->definition(key) && model->definition(key)->mandatory);
    QVERIFY(model->access(key).mandatory);
    QVERIFY(model->setChoice(key, QString(), QString()));
    QVERIFY(model->value(key).isEmpty());

    QSignalSpy blank(m_editor->session(), &EntitySession::mandatoryFieldsBlank);
    m_sandbox.clearRequests();
    m_editor->save();
    QCOMPARE(blank.count(), 1);
    const QStringList missing = blank.first().first().toStringList();
    QVERIFY2(missing.contains(QStringLiteral("CustomFields.x_segment")),
             qPrintable(missing.join(QLatin1Char(','))));
    // Named as the tenant names it, and nothing was sent.
    QCOMPARE(FieldCatalogue::label(QStringLiteral("CustomFields.x_segment")),
             QStringLiteral("Segment"));
    QVERIFY(!m_editor->session()->isBusy());
    QTest::qWait(200);
    const QByteArray log = QJsonDocument(m_sandbox.requests()).toJson();
    QVERIFY2(!log.contains("SaveContactEntity") && !log.contains("GetContactEntity"),
             log.constData());
    QVERIFY(m_editor->document()->isModified());
}

void TestCustomFields::definitionsOfflineAfterRestart()
{
    QVERIFY(openWithDefinitions(1));
    const CustomFieldLayout online = m_window->workspace()->customFields()->layout();
    QVERIFY(!online.isEmpty());
    QTRY_VERIFY(m_window->workspace()->lists()->isLoaded(QStringLiteral("udlist123")));
    m_window.reset();
    m_editor = nullptr;

    // The next start, with the server gone: the definitions and the list come from the draft
    // store's cache.
    m_sandbox.stop();
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    MainWindow::StartOptions options;
    options.profile = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    options.secret = QStringLiteral("demo");
    window->start(options);
    CustomFieldDefinitions *definitions = window->workspace()->customFields();
    QVERIFY(definitions->isLoaded());
    QCOMPARE(definitions->layout(), online);
    QVERIFY(window->workspace()->lists()->isLoaded(QStringLiteral("udlist123")));
    QCOMPARE(FieldCatalogue::label(QStringLiteral("CustomFields.SuperOffice:2")),
             QStringLiteral("Partner level"));
    window.reset();
}

QTEST_MAIN(TestCustomFields)
#include "tst_customfields.moc"
