#include "addresssection.h"
#include "classificationsection.h"
#include "communicationsection.h"
#include "customfieldssection.h"
#include "descriptionsection.h"
#include "elementlisteditor.h"
#include "identitysection.h"
#include "interestssection.h"
#include "messagebanner.h"
#include "personssection.h"
#include "recordinfosection.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

// What each demo user may see and change, as the form shows it: hidden fields are gone,
// read-only ones say why, mandatory ones are marked and block Save, a read-only role gets a
// banner. Plus the form's accessibility: names for every control and a tab order that follows
// what the eye sees.
class TestEditorRights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullRightsEverythingEditable();
    void restrictedHiddenAndReadOnlyWithReason();
    void restrictedMandatoryBlanksBlockSave();
    void viewerGetsReadOnlyBanner();
    void everyControlHasAnAccessibleName();
    void mnemonicsLeaveTheMenusAlone();
    void identityTabOrderFollowsVisualOrder();
    void formTabOrderFollowsSections();

private:
    ContactEditor *openAs(const QString &user, int contactId);
    int saveRequests();

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditorRights::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestEditorRights::init()
{
    m_sandbox.reset();
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
}

void TestEditorRights::cleanup()
{
    m_window.reset();
}

ContactEditor *TestEditorRights::openAs(const QString &user, int contactId)
{
    m_window = UiTest::signedInWindow(m_sandbox, user);
    if (!m_window)
        return nullptr;
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), contactId);
    // The pickers fill from the MDO lists; wait for them so rights apply to full lists too.
    auto *classification = editor ? editor->section<ClassificationSection>() : nullptr;
    if (!classification || !QTest::qWaitFor([&] {
            return classification->picker(QStringLiteral("Business"))->count() > 1;
        }))
        return nullptr;
    return editor;
}

int TestEditorRights::saveRequests()
{
    int n = 0;
    for (const QJsonValue &v : m_sandbox.requests()) {
        if (v.toObject()
                .value(QLatin1String("path"))
                .toString()
                .contains(QLatin1String("SaveContactEntity")))
            ++n;
    }
    return n;
}

void TestEditorRights::fullRightsEverythingEditable()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    QVERIFY(!editor->statusBanner()->isVisible());
    for (const char *name : {"Name", "Department", "OrgNr", "Number1", "Number2"}) {
        auto *edit = editor->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit && edit->isVisible() && !edit->isReadOnly(), name);
        QVERIFY2(!edit->accessibleDescription().startsWith(QLatin1String("Read-only")), name);
    }
    // Max lengths come from FieldLength.
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("Name"))->maxLength(), 219);
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("OrgNr"))->maxLength(), 21);
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("Number1"))->maxLength(), 35);
    // The country's own name for the organisation number.
    auto *orgNr = editor->findChild<QLineEdit *>(QStringLiteral("OrgNr"));
    QLabel *orgNrLabel = nullptr;
    for (QLabel *l : editor->findChildren<QLabel *>()) {
        if (l->buddy() == orgNr)
            orgNrLabel = l;
    }
    QVERIFY(orgNrLabel);
    QCOMPARE(orgNrLabel->text(), QStringLiteral("Org.nr"));
    QCOMPARE(orgNr->accessibleName(), QStringLiteral("Org.nr"));
    for (const char *member : {"Category", "Business", "Country", "Associate"})
        QVERIFY2(
            editor->section<ClassificationSection>()->picker(QLatin1String(member))->isEnabled(),
            member);
    ElementListEditor *phones =
        editor->section<CommunicationSection>()->editor(QStringLiteral("Phones"));
    QVERIFY(UiTest::buttonNamed(phones, QStringLiteral("Add to Phones"))->isEnabled());
    QVERIFY(!editor->section<DescriptionSection>()->editor()->isReadOnly());
    QVERIFY(editor->findChild<QCheckBox *>(QStringLiteral("NoMailing"))->isEnabled());
}

void TestEditorRights::restrictedHiddenAndReadOnlyWithReason()
{
    ContactEditor *editor = openAs(QStringLiteral("restricted"), 1);
    QVERIFY(editor);
    QVERIFY(!editor->statusBanner()->isVisible());
    auto *identity = editor->section<IdentitySection>();
    auto labelFor = [&](QWidget *buddy) -> QLabel * {
        for (QLabel *l : editor->findChildren<QLabel *>()) {
            if (l->buddy() == buddy)
                return l;
        }
        return nullptr;
    };

    // Hidden: neither the field nor its label is shown (and the server sent no value).
    for (const char *name : {"Number1", "Number2"}) {
        auto *edit = identity->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit);
        QVERIFY2(!edit->isVisible(), name);
        QVERIFY2(labelFor(edit) && !labelFor(edit)->isVisible(), name);
        QCOMPARE(edit->text(), QString());
    }

    // Read-only with the server's reason, for the eye (tooltip) and for assistive technology.
    const QList<std::pair<const char *, QString>> locked{
        {"OrgNr", QStringLiteral("Set by the ERP integration")},
        {"Department", QStringLiteral("Only administrators may change the department")}};
    for (const auto &[name, reason] : locked) {
        auto *edit = identity->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit && edit->isVisible());
        QVERIFY2(edit->isReadOnly(), name);
        QCOMPARE(edit->toolTip(), QStringLiteral("Read-only: ") + reason);
        QCOMPARE(edit->accessibleDescription(), QStringLiteral("Read-only: ") + reason);
        QCOMPARE(labelFor(edit)->toolTip(), edit->toolTip());
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(a11y);
        QCOMPARE(a11y->text(QAccessible::Description), QStringLiteral("Read-only: ") + reason);
        QVERIFY(a11y->state().readOnly);
    }
    QCOMPARE(identity->findChild<QLineEdit *>(QStringLiteral("OrgNr"))->text(),
             QStringLiteral("821035031"));
    // Typing into it changes nothing.
    auto *orgNr = identity->findChild<QLineEdit *>(QStringLiteral("OrgNr"));
    orgNr->setFocus();
    QTest::keyClicks(orgNr, QStringLiteral("999"));
    QCOMPARE(orgNr->text(), QStringLiteral("821035031"));
    QVERIFY(!editor->isModified());

    // Mandatory fields are marked in the label and described as required.
    for (QWidget *w : QList<QWidget *>{
             identity->nameEdit(),
             editor->section<ClassificationSection>()->picker(QStringLiteral("Category")),
             editor->section<ClassificationSection>()->picker(QStringLiteral("Business"))}) {
        QLabel *label = labelFor(w);
        QVERIFY(label);
        QVERIFY2(label->text().endsWith(QLatin1String(" *")), qPrintable(label->text()));
        QVERIFY2(w->accessibleDescription().startsWith(QLatin1String("Required")),
                 qPrintable(w->accessibleDescription()));
        QVERIFY(w->property("mandatory").toBool());
        // The accessible name is the label's words, without the marker.
        QCOMPARE(w->accessibleName() + QStringLiteral(" *"),
                 QString(label->text()).remove(QLatin1Char('&')));
    }
    QVERIFY(!labelFor(editor->section<ClassificationSection>()->picker(QStringLiteral("Country")))
                 ->text()
                 .endsWith(QLatin1String(" *")));
}

void TestEditorRights::restrictedMandatoryBlanksBlockSave()
{
    m_window = UiTest::signedInWindow(m_sandbox, QStringLiteral("restricted"));
    QVERIFY(m_window);
    ContactEditor *editor = m_window->newContact();
    QTRY_VERIFY(editor->document() && !editor->session()->isBusy());
    QComboBox *category =
        editor->section<ClassificationSection>()->picker(QStringLiteral("Category"));
    QTRY_VERIFY(category->count() > 1);
    QPlainTextEdit *note = editor->section<DescriptionSection>()->editor();
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Lead from the fair"));
    QVERIFY(m_window->action(QStringLiteral("save"))->isEnabled());
    m_sandbox.clearRequests();

    // Ctrl+S: refused in the form, naming every blank mandatory field; nothing is sent.
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QVERIFY(editor->banner()->isVisible());
    QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(
        editor->banner()->text(),
        QStringLiteral("Fill in the required fields before saving: Name, Category, Business."));
    QVERIFY(!editor->session()->isBusy());

    // Filling two leaves one to name.
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Messe Lead AS"));
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down);
    QVERIFY(category->currentIndex() >= 0);
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QCOMPARE(editor->banner()->text(),
             QStringLiteral("Fill in the required fields before saving: Business."));
    QCOMPARE(saveRequests(), 0);

    // With all three it saves.
    QComboBox *business =
        editor->section<ClassificationSection>()->picker(QStringLiteral("Business"));
    business->setFocus();
    QTest::keyClick(business, Qt::Key_Down);
    QSignalSpy saved(editor->session(), &ContactSession::saved);
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QVERIFY(saved.wait(15000));
    QVERIFY(!editor->banner()->isVisible());
    QCOMPARE(saveRequests(), 1);
    QVERIFY(editor->contactId() > 0);
}

void TestEditorRights::viewerGetsReadOnlyBanner()
{
    ContactEditor *editor = openAs(QStringLiteral("viewer"), 1);
    QVERIFY(editor);
    MessageBanner *status = editor->statusBanner();
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(),
             QStringLiteral(
                 "You can view this company but not change it: Your role may only read companies"));
    QCOMPARE(status->accessibleDescription(), status->text());

    auto *name = editor->section<IdentitySection>()->nameEdit();
    QCOMPARE(name->text(), QStringLiteral("Nordlys Konsulenter AS"));
    QVERIFY(name->isReadOnly());
    QVERIFY(name->toolTip().startsWith(QLatin1String("Read-only")));
    for (const char *member : {"Category", "Business", "Country", "Associate"})
        QVERIFY2(
            !editor->section<ClassificationSection>()->picker(QLatin1String(member))->isEnabled(),
            member);
    ElementListEditor *phones =
        editor->section<CommunicationSection>()->editor(QStringLiteral("Phones"));
    QVERIFY(!UiTest::buttonNamed(phones, QStringLiteral("Add to Phones"))->isEnabled());
    QCOMPARE(phones->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(editor->section<DescriptionSection>()->editor()->isReadOnly());
    QVERIFY(!editor->findChild<QCheckBox *>(QStringLiteral("NoMailing"))->isEnabled());
    QVERIFY(editor->section<AddressSection>()->editor(Address::Part::StreetAddress1)->isReadOnly());

    // Typing and Ctrl+S change and send nothing.
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("X"));
    QListView *interests = editor->section<InterestsSection>()->view();
    interests->setFocus();
    interests->setCurrentIndex(interests->model()->index(0, 0));
    QTest::keyClick(interests, Qt::Key_Space);
    QVERIFY(!editor->isModified());
    QVERIFY(!m_window->action(QStringLiteral("save"))->isEnabled());
    m_sandbox.clearRequests();
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QCOMPARE(saveRequests(), 0);
}

void TestEditorRights::everyControlHasAnAccessibleName()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    // Banners with buttons too: a failed call offers Retry.
    QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("GetContactEntity")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 500}}));
    ContactEditor *failed = m_window->openContact(2);
    QTRY_VERIFY(failed->banner()->isVisible());
    m_window->tabs()->setCurrentWidget(editor);

    int checked = 0;
    for (ContactEditor *e : {editor, failed}) {
        for (QWidget *w : e->findChildren<QWidget *>()) {
            const bool input =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
            // Headers and a spin box's own line edit are parts of another control.
            if (!input || !w->isVisibleTo(e) || qobject_cast<QHeaderView *>(w) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            // The name set on the control, else what assistive technology derives (a button's
            // text). Not the derived name alone: on Unix a combo box reports its current item.
            QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a11y);
            const QString name =
                w->accessibleName().isEmpty() ? a11y->text(QAccessible::Name) : w->accessibleName();
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2 in %3")
                                    .arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName(), w->parentWidget()->objectName())));
            ++checked;
        }
        // A visible label's words are its control's accessible name.
        for (QLabel *label : e->findChildren<QLabel *>()) {
            QWidget *buddy = label->buddy();
            if (!buddy || !label->isVisibleTo(e))
                continue;
            QString words = label->text().remove(QLatin1Char('&'));
            if (words.endsWith(QLatin1String(" *")))
                words.chop(2);
            QCOMPARE(buddy->accessibleName(), words);
        }
    }
    QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
}

namespace {

// The letter after a single '&' ("E-&mail" -> 'm'), lower case; null without one.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

} // namespace

void TestEditorRights::mnemonicsLeaveTheMenusAlone()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    // Alt+letter of the menu bar and of the search panel work wherever the user is.
    QHash<QChar, QString> window;
    for (QAction *menu : m_window->menuBar()->actions())
        window.insert(mnemonic(menu->text()), menu->text());
    for (QLabel *label : m_window->searchPanel()->findChildren<QLabel *>()) {
        if (label->buddy())
            window.insert(mnemonic(label->text()), label->text());
    }
    window.remove(QChar());
    QVERIFY(window.contains(QLatin1Char('e'))); // &Edit
    QStringList form;
    for (QWidget *w : editor->findChildren<QWidget *>()) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        const QChar letter = mnemonic(text);
        if (letter.isNull() || !w->isVisibleTo(editor))
            continue;
        QVERIFY2(
            !window.contains(letter),
            qPrintable(
                QStringLiteral("%1 takes Alt+%2 from %3").arg(text, letter, window.value(letter))));
        form.append(text);
    }
    QVERIFY2(form.size() > 15, qPrintable(form.join(QLatin1Char(','))));
    // And each does what it says: Alt+M goes to the e-mail addresses, Alt+E still opens Edit.
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    QTest::keyClick(name, Qt::Key_M, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(),
             editor->section<CommunicationSection>()->editor(QStringLiteral("Emails"))->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(),
             editor->section<ClassificationSection>()->picker(QStringLiteral("TicketPriority")));
}

void TestEditorRights::identityTabOrderFollowsVisualOrder()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    QVERIFY(name->hasFocus());
    QStringList order{name->objectName()};
    int lastY = name->mapTo(editor, QPoint()).y();
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        order.append(now->objectName());
        const int y = now->mapTo(editor, QPoint()).y();
        QVERIFY2(y > lastY, qPrintable(order.join(QLatin1Char(','))));
        lastY = y;
    }
    QCOMPARE(order, QStringList({QStringLiteral("Name"), QStringLiteral("Department"),
                                 QStringLiteral("OrgNr"), QStringLiteral("Number1"),
                                 QStringLiteral("Number2")}));
    // Then on to the next section, to the right, and back with Shift+Tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             editor->section<ClassificationSection>()->picker(QStringLiteral("Category")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("Number2"));
}

void TestEditorRights::formTabOrderFollowsSections()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    // Sections in reading order: left to right, top to bottom.
    const QList<QWidget *> sections{
        editor->section<IdentitySection>(),      editor->section<ClassificationSection>(),
        editor->section<CommunicationSection>(), editor->section<AddressSection>(),
        editor->section<InterestsSection>(),     editor->section<DescriptionSection>(),
        editor->section<CustomFieldsSection>(),  editor->section<PersonsSection>(),
        editor->section<RecordInfoSection>()};
    auto sectionOf = [&](QWidget *w) {
        for (int i = 0; i < sections.size(); ++i) {
            if (sections.at(i)->isAncestorOf(w))
                return i;
        }
        return -1;
    };
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    QList<QWidget *> visited{name};
    QStringList trail{name->objectName()};
    int current = 0;
    for (int step = 0; step < 200; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        // A date edit takes Tab through its own sections (month, day, year) first.
        if (now == visited.last() && qobject_cast<QAbstractSpinBox *>(now))
            continue;
        if (visited.contains(now) || !editor->isAncestorOf(now))
            break;
        visited.append(now);
        const int section = sectionOf(now);
        trail.append(QStringLiteral("%1:%2").arg(section).arg(
            now->objectName().isEmpty() ? QString::fromLatin1(now->metaObject()->className())
                                        : now->objectName()));
        // Never back to an earlier section: each section's controls come as one run, in order.
        QVERIFY2(section >= current, qPrintable(trail.join(QStringLiteral(" → "))));
        current = section;
    }
    // Every section with an input was reached (the record section has selectable text only).
    QVERIFY2(current >= sections.indexOf(editor->section<PersonsSection>()),
             qPrintable(trail.join(QStringLiteral(" → "))));
    for (QWidget *input : QList<QWidget *>{
             editor->section<AddressSection>()->editor(Address::Part::StreetAddress1),
             editor->section<CustomFieldsSection>()->editor(QStringLiteral("SuperOffice:1")),
             editor->section<InterestsSection>()->view()})
        QVERIFY2(visited.contains(input), qPrintable(input->objectName()));
}

QTEST_MAIN(TestEditorRights)
#include "tst_editorrights.moc"
