#include "addresssection.h"
#include "classificationsection.h"
#include "interestdelegate.h"
#include "interestlistmodel.h"
#include "interestssection.h"
#include "testdata.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>
#include <QUndoStack>

// Issue 13 in the form itself: the owner and support contact take the whole associate from the
// list, an address value without a place in the country's layout is moved or dropped by the
// user, and child interests are listed under their parent, indented, with what the list no
// longer offers left out.
class TestCardForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerAndSupportTakeTheWholeAssociate();
    void unplacedAddressValueMovedOrDropped();
    void childInterestsIndentedUnderTheirParent();

private:
    SandboxProcess m_sandbox;
};

namespace {

// The delegate's own layout of an item, as it paints it.
struct DelegateProbe : InterestDelegate
{
    using InterestDelegate::initStyleOption;
};

} // namespace

void TestCardForm::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestCardForm::ownerAndSupportTakeTheWholeAssociate()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    EntityDocument *doc = editor->document();
    auto *section = editor->section<ClassificationSection>();
    for (const QString &member :
         {QStringLiteral("Associate"), QStringLiteral("SupportAssociate")}) {
        QComboBox *combo = section->picker(member);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 2, 10000);
        const int before = doc->working().value(member).toObject().value("AssociateId").toInt();
        int pick = -1;
        for (int i = 0; i < combo->count() && pick < 0; ++i) {
            const QJsonObject item = combo->itemData(i).toJsonObject();
            const int id = item.value(QLatin1String("AssociateId")).toInt();
            if (id > 0 && id != before)
                pick = i;
        }
        QVERIFY(pick >= 0);
        const QJsonObject item = combo->itemData(pick).toJsonObject();
        combo->setCurrentIndex(pick);
        emit combo->activated(pick);
        const QJsonObject chosen = doc->working().value(member).toObject();
        // Not only the id: the names and type the list has, and nothing of the one before.
        QCOMPARE(chosen.value(QLatin1String("AssociateId")), item.value("AssociateId"));
        QCOMPARE(chosen.value(QLatin1String("FullName")), item.value("FullName"));
        QCOMPARE(chosen.value(QLatin1String("Name")), item.value("Name"));
        QVERIFY(!chosen.value(QLatin1String("Type")).toString().isEmpty());
        if (item.contains(QLatin1String("PersonId")))
            QCOMPARE(chosen.value(QLatin1String("PersonId")), item.value("PersonId"));
        else
            QVERIFY(!chosen.contains(QLatin1String("PersonId")));
    }
}

void TestCardForm::unplacedAddressValueMovedOrDropped()
{
    std::unique_ptr<MainWindow> window = UiTest::signedInWindow(m_sandbox, QStringLiteral("demo"));
    QVERIFY(window);
    ContactEditor *editor = UiTest::openAndWait(window.get(), 1);
    QVERIFY(editor);
    EntityDocument *doc = editor->document();
    auto *section = editor->section<AddressSection>();
    QVERIFY(section->unplacedShown().isEmpty());

    // A value the Norwegian layout has no place for (as after a country change).
    const auto putState = [doc] {
        Address address = doc->entity().address();
        QVERIFY(address.setValue(Address::Part::StreetState, QStringLiteral("Viken")));
        doc->setValue(JsonPath("Address"), address.json());
    };
    putState();
    QTRY_COMPARE(section->unplacedShown(), QList<Address::Part>{Address::Part::StreetState});
    const int steps = doc->undoStack()->count();

    // Drop: gone from the address, one undo step, which brings it back.
    // The rows show once laid out (a layout shows new children on the next turn).
    const auto findDrop = [section]() -> QPushButton * {
        for (QPushButton *b : section->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->accessibleName().startsWith(QLatin1String("Drop ")))
                return b;
        }
        return nullptr;
    };
    QTRY_VERIFY(findDrop());
    QPushButton *drop = findDrop();
    QVERIFY(drop);
    QVERIFY(drop->isEnabled());
    drop->click();
    QVERIFY(doc->entity().address().value(Address::Part::StreetState).isEmpty());
    QTRY_VERIFY(section->unplacedShown().isEmpty());
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->entity().address().value(Address::Part::StreetState), QStringLiteral("Viken"));
    QTRY_COMPARE(section->unplacedShown().size(), 1);

    // Move to a placed field: the value joins what is there; the unplaced one is empty.
    const auto findMove = [section]() -> QToolButton * {
        for (QToolButton *b : section->findChildren<QToolButton *>()) {
            if (b->isVisible() && b->accessibleName().startsWith(QLatin1String("Move ")))
                return b;
        }
        return nullptr;
    };
    QTRY_VERIFY(findMove());
    QToolButton *move = findMove();
    QVERIFY(move);
    QVERIFY(move->menu() && !move->menu()->actions().isEmpty());
    const Address before = doc->entity().address();
    move->menu()->actions().first()->trigger();
    const Address after = doc->entity().address();
    QVERIFY(after.value(Address::Part::StreetState).isEmpty());
    // Exactly one placed part took it, after what it held.
    int changed = 0;
    for (Address::Part part : Address::companyParts()) {
        if (part == Address::Part::StreetState || after.value(part) == before.value(part))
            continue;
        ++changed;
        const QString was = before.value(part).trimmed();
        QCOMPARE(after.value(part),
                 was.isEmpty() ? QStringLiteral("Viken") : was + QStringLiteral(" Viken"));
    }
    QCOMPARE(changed, 1);
    QTRY_VERIFY(section->unplacedShown().isEmpty());
}

void TestCardForm::childInterestsIndentedUnderTheirParent()
{
    // A tenant's interests with children, one hidden and one deleted (not chosen).
    QJsonObject json = TestData::object(QStringLiteral("contact-real.json"));
    const auto item = [](int id, const char *name) {
        return QJsonObject{
            {QStringLiteral("Id"), id},          {QStringLiteral("Name"), QString::fromUtf8(name)},
            {QStringLiteral("Selected"), false}, {QStringLiteral("Deleted"), false},
            {QStringLiteral("Hidden"), false},   {QStringLiteral("ChildItems"), QJsonArray()}};
    };
    QJsonObject parent = item(10, "Software");
    QJsonObject hiddenChild = item(12, "Mainframes");
    hiddenChild.insert(QStringLiteral("Hidden"), true);
    parent.insert(QStringLiteral("ChildItems"), QJsonArray{item(11, "CRM"), hiddenChild});
    QJsonObject deleted = item(20, "Fax machines");
    deleted.insert(QStringLiteral("Deleted"), true);
    json.insert(QStringLiteral("Interests"), QJsonArray{parent, deleted, item(30, "Travel")});
    EntityDocument doc{ContactEntity(json)};

    InterestsSection section;
    section.setDocument(&doc);
    section.show();
    QListView *view = section.view();
    QAbstractItemModel *model = view->model();
    QStringList shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown.append(model->index(r, 0).data().toString());
    QCOMPARE(shown, (QStringList{QStringLiteral("Software"), QStringLiteral("CRM"),
                                 QStringLiteral("Travel")}));
    QCOMPARE(model->index(1, 0).data(InterestListModel::DepthRole).toInt(), 1);

    auto *delegate = qobject_cast<InterestDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    const auto leftOf = [&](int row) {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(model->index(row, 0));
        // The same delegate class, asked how it lays the item out.
        DelegateProbe probe;
        probe.initStyleOption(&option, model->index(row, 0));
        return option.rect.left();
    };
    QVERIFY2(leftOf(1) > leftOf(0), "the child is not indented under its parent");
    QCOMPARE(leftOf(2), leftOf(0));
}

QTEST_MAIN(TestCardForm)
#include "tst_cardform.moc"
