#include "contactsession.h"
#include "enrichdialog.h"
#include "enrichmentsession.h"
#include "messagebanner.h"
#include "sandboxprocess.h"
#include "webapiclient.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

// The Enrich dialog against contact-sandbox: candidates, preview, review with checkboxes,
// partial apply as one undo step, no candidates, an error with Retry.
class TestEnrichDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void candidatesPreviewReviewApply();
    void noCandidatesSaysSo();
    void errorShowsRetry();

private:
    EntityDocument *open(int id);
    SandboxProcess m_sandbox;
    WebApiClient *m_client = nullptr;
};

void TestEnrichDialog::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QDir().mkpath(QStringLiteral(CE_BINARY_DIR "/screenshots"));
}

void TestEnrichDialog::init()
{
    m_sandbox.reset();
    m_client = new WebApiClient;
    ConnectionProfile p;
    p.setName(QStringLiteral("sandbox"));
    p.setBaseUrl(m_sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    p.setLanguage(QStringLiteral("en"));
    m_client->setProfile(p);
    m_client->setSecret(QStringLiteral("demo"));
}

void TestEnrichDialog::cleanup()
{
    delete m_client;
}

EntityDocument *TestEnrichDialog::open(int id)
{
    auto *session = new ContactSession(m_client, m_client);
    QSignalSpy ready(session, &ContactSession::documentReady);
    session->open(id);
    ready.wait(10000);
    return session->document();
}

void TestEnrichDialog::candidatesPreviewReviewApply()
{
    EntityDocument *doc = open(2);
    QVERIFY(doc);
    EnrichDialog dialog(new EnrichmentSession(m_client, doc));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.searchEdit()->text(), doc->entity().name());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.candidates()->count() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.previewText().isEmpty(), 10000);
    QVERIFY(dialog.previewText().contains(QStringLiteral("Name: ")));
    dialog.grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/enrich-candidates.png"));
    dialog.review();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), 1, 10000);
    QTreeWidget *tree = dialog.proposals();
    QVERIFY(tree->topLevelItemCount() >= 2);
    dialog.grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/enrich-review.png"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QCOMPARE(tree->topLevelItem(i)->checkState(0),
                 Qt::Checked); // nothing typed: all recommended
    // Untick all but the first: only that one is applied, as one step.
    for (int i = 1; i < tree->topLevelItemCount(); ++i)
        tree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    const QJsonObject before = doc->working();
    const int steps = doc->undoStack()->count();
    QCOMPARE(dialog.applyChecked(), 1);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(doc->working() != before);
    doc->undoStack()->undo();
    QCOMPARE(doc->working(), before);
}

void TestEnrichDialog::noCandidatesSaysSo()
{
    EntityDocument *doc = open(3);
    EnrichDialog dialog(new EnrichmentSession(m_client, doc));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.session()->isBusy(), 10000);
    dialog.searchEdit()->setText(QStringLiteral("Zzyzx Nonexistent Holding"));
    dialog.search();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.banner()->isVisible() &&
                                 dialog.banner()->kind() == MessageBanner::Kind::Info,
                             10000);
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("Zzyzx Nonexistent Holding")));
    QCOMPARE(dialog.candidates()->count(), 0);
}

void TestEnrichDialog::errorShowsRetry()
{
    EntityDocument *doc = open(4);
    QVERIFY(m_sandbox.addFault(
        QJsonObject{{QStringLiteral("path"), QStringLiteral("MDOList/enrichcontact")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 503}}));
    EnrichDialog dialog(new EnrichmentSession(m_client, doc));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.banner()->kind() == MessageBanner::Kind::Error &&
                                 dialog.banner()->isVisible(),
                             10000);
    dialog.grab().save(QStringLiteral(CE_BINARY_DIR "/screenshots/enrich-error.png"));
    QPushButton *retry = nullptr;
    for (QPushButton *b : dialog.banner()->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Retry")))
            retry = b;
    }
    QVERIFY(retry);
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.candidates()->count() > 0, 10000);
}

QTEST_MAIN(TestEnrichDialog)
#include "tst_enrichdialog.moc"
