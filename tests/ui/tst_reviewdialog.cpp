#include "conflictdialog.h"
#include "contactsession.h"
#include "entitydiff.h"
#include "reviewdialog.h"
#include "sandboxprocess.h"
#include "testdata.h"
#include "webapiclient.h"

#include <QDir>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

// Review before save: every kind of change listed as before → after, one dropped at a time (and
// undoable); the conflict dialog's choices.
class TestReviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryKindAndDropsOne();
    void reviewAllShowsEveryCompany();
    void conflictDialogChoices();

private:
    ContactSession *sessionWithChanges(int id);
    SandboxProcess m_sandbox;
    WebApiClient m_client;
};

void TestReviewDialog::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QDir().mkpath(QStringLiteral(CE_BINARY_DIR "/screenshots"));
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    p.setLanguage(QStringLiteral("en"));
    m_client.setProfile(p);
    m_client.setSecret(QStringLiteral("demo"));
}

ContactSession *TestReviewDialog::sessionWithChanges(int id)
{
    auto *session = new ContactSession(&m_client);
    QSignalSpy ready(session, &ContactSession::documentReady);
    session->open(id);
    if (!ready.wait(10000))
        return nullptr;
    EntityDocument *doc = session->document();
    doc->setValue(JsonPath("Name"), doc->entity().name() + QStringLiteral(" Renamed"));
    doc->setValue(JsonPath("Xstop"), !doc->entity().xstop());
    doc->insertElement(JsonPath("Emails"), 0,
                       QJsonObject{{QStringLiteral("Value"), QStringLiteral("new@example.no")}});
    doc->removeElement(JsonPath("Phones"), 0);
    doc->setValue(JsonPath("Phones").index(0).key(QStringLiteral("Description")),
                  QStringLiteral("Changed description"));
    Address address = doc->entity().address();
    address.setValue(Address::Part::StreetCity, QStringLiteral("HAMAR"));
    doc->setValue(JsonPath("Address"), address.json());
    return session;
}

void TestReviewDialog::listsEveryKindAndDropsOne()
{
    ContactSession *session = sessionWithChanges(1);
    QVERIFY(session);
    ReviewDialog dialog({session});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/review.png"));
    QTreeWidget *tree = dialog.tree();
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.append(tree->topLevelItem(i)->text(0));
    QVERIFY2(rows.contains(QStringLiteral("Name")), qPrintable(rows.join(QLatin1Char('|'))));
    QVERIFY(rows.contains(QStringLiteral("Stop")));
    QVERIFY(rows.contains(QStringLiteral("E-mail address (added)")));
    QVERIFY(rows.contains(QStringLiteral("Phone (removed)")));
    QVERIFY(rows.contains(QStringLiteral("Phone")));
    QVERIFY(std::any_of(rows.begin(), rows.end(),
                        [](const QString &r) { return r.startsWith(QStringLiteral("City")); }));
    const int before = dialog.changeCount();
    QCOMPARE(before, 6);
    // Drop the added e-mail address only.
    QTreeWidgetItem *email = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == QStringLiteral("E-mail address (added)"))
            email = tree->topLevelItem(i);
    }
    QVERIFY(dialog.dropChange(email));
    QCOMPARE(dialog.changeCount(), before - 1);
    QVERIFY(session->document()->entity().emails().size() ==
            session->document()->base().emails().size());
    QVERIFY(session->document()->entity().name().endsWith(QStringLiteral(" Renamed")));
    // Dropping is one undo step.
    session->document()->undoStack()->undo();
    QCOMPARE(dialog.changeCount(), before);
    delete session;
}

void TestReviewDialog::reviewAllShowsEveryCompany()
{
    ContactSession *a = sessionWithChanges(2);
    ContactSession *b = sessionWithChanges(3);
    QVERIFY(a && b);
    ReviewDialog dialog({a, b});
    QCOMPARE(dialog.tree()->topLevelItemCount(), 2);
    QCOMPARE(dialog.tree()->topLevelItem(0)->text(0), a->displayName());
    QCOMPARE(
        dialog.tree()->topLevelItem(1)->childCount(),
        int(EntityDiff::compute(b->document()->base().json(), b->document()->working()).size()));
    QVERIFY(dialog.tree()->topLevelItem(1)->childCount() >= 5);
    QCOMPARE(dialog.changeCount(), dialog.tree()->topLevelItem(0)->childCount() +
                                       dialog.tree()->topLevelItem(1)->childCount());
    QSignalSpy save(&dialog, &ReviewDialog::saveRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/review-all.png"));
    delete a;
    delete b;
}

void TestReviewDialog::conflictDialogChoices()
{
    const QJsonObject base = TestData::object(QStringLiteral("contact-real.json"));
    QJsonObject mine = base, theirs = base;
    mine.insert(QStringLiteral("Name"), QStringLiteral("Mine & co"));
    theirs.insert(QStringLiteral("Name"), QStringLiteral("<b>Theirs</b>"));
    mine.insert(QStringLiteral("Department"), QStringLiteral("My dept"));
    theirs.insert(QStringLiteral("Department"), QStringLiteral("Their dept"));
    const auto merge = ThreeWayMerge::merge(base, mine, theirs);
    QCOMPARE(merge.conflicts.size(), 2);
    ConflictDialog dialog(QStringLiteral("Bjørge"), merge);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/conflicts.png"));
    QCOMPARE(dialog.choices(), (QList<bool>{true, true}));
    dialog.findChild<QRadioButton *>(QStringLiteral("theirs1"))->click();
    QCOMPARE(dialog.choices(), (QList<bool>{true, false}));
    dialog.chooseAll(false);
    QCOMPARE(dialog.choices(), (QList<bool>{false, false}));
    // Values show as the characters they hold.
    bool sawMarkup = false;
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>())
        sawMarkup = sawMarkup || b->text() == QStringLiteral("<b>Theirs</b>");
    QVERIFY(sawMarkup);
}

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
