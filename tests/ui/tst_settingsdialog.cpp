#include "appsettings.h"
#include "apptranslator.h"
#include "draftstore.h"
#include "messagebox.h"
#include "profilestore.h"
#include "settingsdialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

// The settings dialog: the language is stored and used from the next start (the editor's
// translators, Qt's own, and what the server is asked for); the start connection and the drafts
// folder are stored (the drafts move at the next start); clearing the cache asks first, empties
// the offline cache of a real draft database and keeps every draft.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void languagesInTheirOwnNames();
    void languageStoredAndAppliedAtNextStart();
    void chosenLanguageAskedOfTheServer();
    void bokmalGetsQtsOwnStrings();
    void systemDefaultForgetsTheChoice();
    void defaultConnectionStored();
    void draftsFolderMovesAtNextStart();
    void clearCacheKeepsDrafts();
    void clearCacheCancelledKeepsCache();
    void everyControlNamed();
    void menuEntryWithShortcut();

private:
    static void choose(QComboBox *box, const QVariant &data);

    SandboxProcess m_sandbox;
};

void TestSettingsDialog::initTestCase()
{
    UiTest::isolateSettings();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSettingsDialog::init()
{
    UiTest::forgetEverything();
    AppTranslator::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSettingsDialog::cleanupTestCase()
{
    AppTranslator::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSettingsDialog::choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void TestSettingsDialog::languagesInTheirOwnNames()
{
    SettingsDialog dialog(nullptr, nullptr);
    QComboBox *box = dialog.languageBox();
    QStringList names;
    for (int i = 1; i < box->count(); ++i)
        names.append(box->itemText(i));
    QCOMPARE(names, QStringList({QStringLiteral("English"), QStringLiteral("Norsk bokmål"),
                                 QStringLiteral("Svenska"), QStringLiteral("Dansk"),
                                 QStringLiteral("Deutsch"), QStringLiteral("Nederlands")}));
    QVERIFY(box->itemText(0).startsWith(QLatin1String("System default")));
    QCOMPARE(box->currentIndex(), 0);
}

void TestSettingsDialog::languageStoredAndAppliedAtNextStart()
{
    {
        SettingsDialog dialog(nullptr, nullptr);
        choose(dialog.languageBox(), QStringLiteral("de"));
        // The dialog says when it takes effect.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))
                    ->text()
                    .contains(QLatin1String("started again")));
        dialog.apply();
    }
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    // Nothing changes in the running application...
    QCOMPARE(QLocale().language(), QLocale::English);
    // ...the next start (app/main.cpp: AppTranslator::install()) reads it.
    QCOMPARE(AppTranslator::startupLocale().language(), QLocale::German);
    AppTranslator::install();
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(AppTranslator::qtCatalogueLoaded());
    // Qt's own buttons in German (qtbase_de from qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // A dialog opened now shows the stored choice.
    SettingsDialog again(nullptr, nullptr);
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));
}

void TestSettingsDialog::chosenLanguageAskedOfTheServer()
{
    AppTranslator::setConfiguredLanguage(QStringLiteral("nl"));
    AppTranslator::install(); // as at the next start
    m_sandbox.clearRequests();
    // A main window as main.cpp makes it, with a connection that names no language of its own.
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy signedIn(window.get(), &MainWindow::signedIn);
    MainWindow::StartOptions options;
    options.profile = UiTest::profile(m_sandbox, QStringLiteral("demo"));
    options.profile->setLanguage(QString());
    options.secret = QStringLiteral("demo");
    window->start(options);
    QVERIFY(window->isSignedIn() || signedIn.wait(15000));
    QVERIFY(UiTest::openAndWait(window.get(), 1));
    int api = 0;
    for (const QJsonValue &r : m_sandbox.requests()) {
        const QJsonObject request = r.toObject();
        if (!request.value(QLatin1String("path")).toString().contains(QLatin1String("/api/")))
            continue;
        ++api;
        const QJsonObject headers = request.value(QLatin1String("headers")).toObject();
        auto header = [&](const QString &name) {
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                    return it.value().toString();
            }
            return QString();
        };
        QCOMPARE(header(QStringLiteral("Accept-Language")), QStringLiteral("nl"));
        QCOMPARE(header(QStringLiteral("SO-Language")), QStringLiteral("nl"));
    }
    QVERIFY(api > 0);
}

void TestSettingsDialog::bokmalGetsQtsOwnStrings()
{
    AppTranslator::setConfiguredLanguage(QStringLiteral("nb"));
    AppTranslator::install();
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
    // Qt has no Bokmål catalogue: Nynorsk's, not English.
    QVERIFY(AppTranslator::qtCatalogueLoaded());
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("&Cancel") &&
                 buttons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("Cancel"),
             qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
}

void TestSettingsDialog::systemDefaultForgetsTheChoice()
{
    AppTranslator::setConfiguredLanguage(QStringLiteral("sv"));
    SettingsDialog dialog(nullptr, nullptr);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("sv"));
    dialog.languageBox()->setCurrentIndex(0);
    dialog.apply();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(AppTranslator::startupLocale(), QLocale::system());
}

void TestSettingsDialog::defaultConnectionStored()
{
    ProfileStore profiles;
    profiles.save(UiTest::profile(m_sandbox, QStringLiteral("demo")));
    profiles.save(UiTest::profile(m_sandbox, QStringLiteral("viewer")));
    profiles.setLastProfileName(QStringLiteral("sandbox-demo"));
    SettingsDialog dialog(&profiles, nullptr);
    QComboBox *box = dialog.connectionBox();
    QCOMPARE(box->count(), 3); // the one used last, and both saved ones
    QCOMPARE(box->currentIndex(), 0);
    choose(box, QStringLiteral("sandbox-viewer"));
    dialog.apply();
    QCOMPARE(AppSettings::defaultConnection(), QStringLiteral("sandbox-viewer"));
    SettingsDialog again(&profiles, nullptr);
    QCOMPARE(again.connectionBox()->currentData().toString(), QStringLiteral("sandbox-viewer"));
}

void TestSettingsDialog::draftsFolderMovesAtNextStart()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString oldPath = DraftStore::defaultPath();
    qint64 id = 0;
    {
        DraftStore store;
        QVERIFY(store.open(oldPath));
        id = store.create(QStringLiteral("server"), QJsonObject{{QStringLiteral("Name"), "A"}},
                          QJsonObject{{QStringLiteral("Name"), "B"}});
        QVERIFY(id > 0);
        SettingsDialog dialog(nullptr, &store);
        dialog.draftsFolderEdit()->setText(target.path());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("folderNote"))
                    ->text()
                    .contains(QLatin1String("started again")));
        dialog.apply();
        // Still in use where it was until the restart.
        QVERIFY(QFile::exists(oldPath));
    }
    QCOMPARE(AppSettings::draftsFolder(), QDir::cleanPath(target.path()));
    QCOMPARE(DraftStore::defaultPath(), target.filePath(QStringLiteral("drafts.sqlite")));
    // The next start moves the database before opening it.
    QCOMPARE(AppSettings::moveDraftsIfAsked(), QString());
    QVERIFY(!QFile::exists(oldPath));
    DraftStore moved;
    QVERIFY(moved.open(DraftStore::defaultPath()));
    const std::optional<Draft> draft = moved.draft(id);
    QVERIFY(draft.has_value());
    QCOMPARE(moved.count(), 1);
    // And only once.
    QCOMPARE(AppSettings::moveDraftsIfAsked(), QString());
}

void TestSettingsDialog::clearCacheKeepsDrafts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    const QString server = QStringLiteral("http://127.0.0.1:1/Cust1");
    {
        DraftStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.create(server, QJsonObject{{QStringLiteral("Name"), "Base"}},
                             QJsonObject{{QStringLiteral("Name"), "Edited"}}) > 0);
        QVERIFY(store.cachePut(server, QStringLiteral("list"), QStringLiteral("category"),
                               QJsonArray{1, 2}));
        QVERIFY(store.cachePut(server, QStringLiteral("contact"), QStringLiteral("1"),
                               QJsonObject{{QStringLiteral("Name"), "Cached"}}));
        QVERIFY(store.cachePut(QStringLiteral("other"), QStringLiteral("udef"), QStringLiteral("x"),
                               QJsonObject{}));
        SettingsDialog dialog(nullptr, &store);
        QSignalSpy cleared(&dialog, &SettingsDialog::cacheCleared);
        QVERIFY(dialog.clearCacheButton()->isEnabled());
        MessageBox::setNextAnswers({QMessageBox::Discard});
        dialog.clearCacheButton()->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("drafts")));
        QTRY_COMPARE(cleared.count(), 1);
        QCOMPARE(cleared.at(0).at(0).toInt(), 3);
    }
    // Read back from the file by a store of its own.
    DraftStore reopened;
    QVERIFY(reopened.open(path));
    QVERIFY(!reopened.cacheGet(server, QStringLiteral("list"), QStringLiteral("category")));
    QVERIFY(reopened.cacheAll(server, QStringLiteral("contact")).isEmpty());
    QVERIFY(reopened.cacheAll(QStringLiteral("other"), QStringLiteral("udef")).isEmpty());
    const QList<Draft> drafts = reopened.drafts(server);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().working.value(QLatin1String("Name")).toString(),
             QStringLiteral("Edited"));
}

void TestSettingsDialog::clearCacheCancelledKeepsCache()
{
    QTemporaryDir dir;
    DraftStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("drafts.sqlite"))));
    QVERIFY(store.cachePut(QStringLiteral("s"), QStringLiteral("list"), QStringLiteral("k"), 1));
    SettingsDialog dialog(nullptr, &store);
    QSignalSpy cleared(&dialog, &SettingsDialog::cacheCleared);
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    dialog.clearCache();
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QCoreApplication::processEvents(); // the answer is delivered from the event loop
    QCOMPARE(cleared.count(), 0);
    QVERIFY(store.cacheGet(QStringLiteral("s"), QStringLiteral("list"), QStringLiteral("k")));
}

void TestSettingsDialog::everyControlNamed()
{
    DraftStore store;
    QTemporaryDir dir;
    QVERIFY(store.open(dir.filePath(QStringLiteral("drafts.sqlite"))));
    SettingsDialog dialog(nullptr, &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int controls = 0;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLabel *>(w) != nullptr)
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(
                     QString::fromLatin1(w->metaObject()->className()), w->objectName())));
    }
    QVERIFY(controls >= 8);
}

void TestSettingsDialog::menuEntryWithShortcut()
{
    MainWindow window;
    QAction *settings = window.action(QStringLiteral("settings"));
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settings->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
