#include "connectdialog.h"
#include "connectioncheck.h"
#include "credentialjob.h"
#include "credentialstore.h"
#include "sandboxprocess.h"

#include "testbrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// The Connect dialog: a profile is created, tested with currentPrincipal (showing who you are),
// refused when unsafe, chosen from the saved ones with its password from the keychain, removed;
// SuperOffice Online: its own fields, the browser sign-in against the sandbox's login service
// (with a stand-in for the browser), waiting, cancelled, denied and signed in.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testShowsWhoYouAre();
    void wrongPasswordSaysSo();
    void connectReportsTheProfile();
    void plainHttpToRemoteHostIsRefused();
    void savedProfileFillsPasswordFromKeychain();

    void onlineIsTheDefaultWithItsOwnFields();
    void onlineNeedsClientIdAndSafeAddress();
    void savedOnlineProfileRestoresItsFields();
    void onlineSignInReportsTenantAndTokens();
    void onlineDeniedSaysSoInWords();
    void onlineWaitingAndCancel();

private:
    void fill(ConnectDialog &dialog, const QString &user, const QString &secret);
    QLineEdit *edit(ConnectDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    QComboBox *combo(ConnectDialog &dialog, const char *name)
    {
        return dialog.findChild<QComboBox *>(QString::fromLatin1(name));
    }
    // A field and the label that names it are both shown (or both hidden).
    bool rowShown(ConnectDialog &dialog, QWidget *field)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy() == field && label->isVisible() != field->isVisible())
                return !field->isVisible(); // a mismatch fails either way
        }
        return field->isVisible();
    }
    void chooseScheme(ConnectDialog &dialog, ConnectionProfile::AuthScheme scheme)
    {
        QComboBox *c = combo(dialog, "scheme");
        c->setCurrentIndex(c->findData(int(scheme)));
    }
    // A new Online connection to the sandbox's login service with its built-in application.
    void fillOnline(ConnectDialog &dialog)
    {
        QComboBox *environment = combo(dialog, "environment");
        environment->setCurrentIndex(environment->count() - 1); // Other address…
        edit(dialog, "loginUrl")
            ->setText(m_sandbox.baseUrl().toString() + QStringLiteral("/login"));
        edit(dialog, "clientId")->setText(QStringLiteral("contact-editor-sandbox"));
    }
    QPushButton *okButton(ConnectDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    SandboxProcess m_sandbox;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestConnectDialog::fill(ConnectDialog &dialog, const QString &user, const QString &secret)
{
    // A new connection starts as SuperOffice Online; these are the on-site kind.
    chooseScheme(dialog, ConnectionProfile::AuthScheme::Basic);
    edit(dialog, "name")->setText(QStringLiteral("Sandbox"));
    edit(dialog, "url")->setText(m_sandbox.baseUrl().toString());
    edit(dialog, "user")->setText(user);
    edit(dialog, "secret")->setText(secret);
}

void TestConnectDialog::testShowsWhoYouAre()
{
    ConnectDialog dialog;
    fill(dialog, QStringLiteral("demo"), QStringLiteral("demo"));
    dialog.test();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Signed in as")), 10000);
    QVERIFY(dialog.statusText().contains(QStringLiteral("Dana Demo")));
    QVERIFY(!dialog.isVisible()); // testing does not close it
}

void TestConnectDialog::wrongPasswordSaysSo()
{
    ConnectDialog dialog;
    fill(dialog, QStringLiteral("demo"), QStringLiteral("wrong"));
    QSignalSpy connected(&dialog, &ConnectDialog::connected);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("not accepted")), 10000);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConnectDialog::connectReportsTheProfile()
{
    ConnectDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("viewer"), QStringLiteral("viewer"));
    QSignalSpy connected(&dialog, &ConnectDialog::connected);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(connected.wait(10000));
    const ConnectionProfile profile = connected.first().at(0).value<ConnectionProfile>();
    QCOMPARE(profile.name(), QStringLiteral("Sandbox"));
    QCOMPARE(profile.userName(), QStringLiteral("viewer"));
    QCOMPARE(profile.baseUrl(), m_sandbox.baseUrl());
    QCOMPARE(connected.first().at(1).toString(), QStringLiteral("viewer"));
    QCOMPARE(connected.first().at(3).toBool(), true); // remember
    QVERIFY(connected.first()
                .at(4)
                .toJsonObject()
                .value(QLatin1String("FullName"))
                .toString()
                .contains(QStringLiteral("Viewer")));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The password does not linger in the dialog.
    QVERIFY(edit(dialog, "secret")->text().isEmpty());
}

void TestConnectDialog::plainHttpToRemoteHostIsRefused()
{
    ConnectDialog dialog;
    fill(dialog, QStringLiteral("demo"), QStringLiteral("demo"));
    edit(dialog, "url")->setText(QStringLiteral("http://crm.example.com/SuperOffice"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.statusText().isEmpty());
    auto *insecure = dialog.findChild<QCheckBox *>(QStringLiteral("insecure"));
    insecure->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.statusText().contains(QStringLiteral("unencrypted")));
}

void TestConnectDialog::savedProfileFillsPasswordFromKeychain()
{
    CredentialStore credentials(QStringLiteral("contact-editor-tests"));
    ConnectionProfile saved;
    saved.setName(QStringLiteral("Saved sandbox"));
    saved.setBaseUrl(m_sandbox.baseUrl());
    saved.setUserName(QStringLiteral("restricted"));
    CredentialJob *write = credentials.write(saved.credentialKey(), QStringLiteral("restricted"));
    QSignalSpy written(write, &CredentialJob::finished);
    QVERIFY(written.wait(10000));
    ConnectDialog dialog;
    dialog.setSavedProfiles({saved}, &credentials);
    QComboBox *combo = dialog.savedProfiles();
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(edit(dialog, "user")->text(), QStringLiteral("restricted"));
    QTRY_COMPARE_WITH_TIMEOUT(edit(dialog, "secret")->text(), QStringLiteral("restricted"), 10000);
    QSignalSpy removed(&dialog, &ConnectDialog::removeRequested);
    dialog.findChild<QPushButton *>(QStringLiteral("removeProfile"))->click();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("Saved sandbox"));
    QCOMPARE(combo->count(), 1);
    credentials.remove(saved.credentialKey());
}

void TestConnectDialog::onlineIsTheDefaultWithItsOwnFields()
{
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(combo(dialog, "scheme")->currentIndex(), 0);
    QCOMPARE(combo(dialog, "scheme")->currentData().toInt(),
             int(ConnectionProfile::AuthScheme::Online));
    QVERIFY(dialog.profile().isOnline());
    for (const char *shown : {"environment", "clientId", "clientSecret", "name"})
        QVERIFY2(rowShown(dialog, dialog.findChild<QWidget *>(QString::fromLatin1(shown))), shown);
    for (const char *hidden : {"url", "user", "secret", "appToken", "insecure", "loginUrl"})
        QVERIFY2(!rowShown(dialog, dialog.findChild<QWidget *>(QString::fromLatin1(hidden))),
                 hidden);
    QCOMPARE(edit(dialog, "clientSecret")->echoMode(), QLineEdit::Password);
    QVERIFY(!edit(dialog, "clientId")->toolTip().isEmpty());
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("remember"));
    QCOMPARE(remember->text().remove(QLatin1Char('&')),
             QStringLiteral("Stay signed in on this computer"));
    QVERIFY(okButton(dialog)->text().contains(QStringLiteral("browser")));
    QCOMPARE(dialog.profile().loginUrl(),
             ConnectionProfile::onlineLoginUrl(ConnectionProfile::OnlineEnvironment::Online));

    // Other address… reveals the sign-in address; the environments fill it themselves.
    QComboBox *environment = combo(dialog, "environment");
    QCOMPARE(environment->count(), 4);
    environment->setCurrentIndex(1);
    QCOMPARE(dialog.profile().loginUrl(),
             ConnectionProfile::onlineLoginUrl(ConnectionProfile::OnlineEnvironment::Sod));
    QVERIFY(!rowShown(dialog, edit(dialog, "loginUrl")));
    environment->setCurrentIndex(3);
    QVERIFY(rowShown(dialog, edit(dialog, "loginUrl")));

    // Every control has a name for screen readers.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(),
                     qPrintable(w->objectName()));
    }

    // The on-site kinds bring their fields back.
    chooseScheme(dialog, ConnectionProfile::AuthScheme::Basic);
    for (const char *shown : {"url", "user", "secret", "appToken"})
        QVERIFY2(rowShown(dialog, dialog.findChild<QWidget *>(QString::fromLatin1(shown))), shown);
    for (const char *hidden : {"environment", "clientId", "clientSecret", "loginUrl"})
        QVERIFY2(!rowShown(dialog, dialog.findChild<QWidget *>(QString::fromLatin1(hidden))),
                 hidden);
    QVERIFY(remember->text().contains(QStringLiteral("password")));
    QCOMPARE(okButton(dialog)->text().remove(QLatin1Char('&')), QStringLiteral("Connect"));
}

void TestConnectDialog::onlineNeedsClientIdAndSafeAddress()
{
    ConnectDialog dialog;
    dialog.show();
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("test"));
    // No client id: nothing to sign in as, and the status says where to find one.
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!test->isEnabled());
    QVERIFY(dialog.statusText().contains(QStringLiteral("client id")));
    edit(dialog, "clientId")->setText(QStringLiteral("abc123"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(test->isEnabled());
    QVERIFY(dialog.statusText().isEmpty());
    // A name may stay empty: the tenant names the connection after the sign-in.
    QVERIFY(edit(dialog, "name")->text().isEmpty());

    QComboBox *environment = combo(dialog, "environment");
    environment->setCurrentIndex(3);
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing entered yet
    edit(dialog, "loginUrl")->setText(QStringLiteral("http://login.example.com/login"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("https://")),
             qPrintable(dialog.statusText()));
    edit(dialog, "loginUrl")->setText(QStringLiteral("https://login.example.com/login"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.statusText().isEmpty());
    QCOMPARE(dialog.profile().loginUrl(), QUrl(QStringLiteral("https://login.example.com/login")));
    // Plain HTTP is for a sign-in service on this computer only.
    edit(dialog, "loginUrl")->setText(QStringLiteral("http://127.0.0.1:8080/login"));
    QVERIFY(okButton(dialog)->isEnabled());
    edit(dialog, "clientId")->clear();
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestConnectDialog::savedOnlineProfileRestoresItsFields()
{
    CredentialStore credentials(QStringLiteral("contact-editor-tests"));
    ConnectionProfile sod;
    sod.setName(QStringLiteral("Cust12345 (SuperOffice Online)"));
    sod.setAuthScheme(ConnectionProfile::AuthScheme::Online);
    sod.setLoginUrl(ConnectionProfile::onlineLoginUrl(ConnectionProfile::OnlineEnvironment::Sod));
    sod.setClientId(QStringLiteral("client-with-secret"));
    sod.setHasClientSecret(true);
    sod.setTenant(QStringLiteral("Cust12345"));
    sod.setBaseUrl(QUrl(QStringLiteral("https://sod2.superoffice.com/Cust12345")));
    sod.setUserName(QStringLiteral("dana@example.com"));
    ConnectionProfile other;
    other.setName(QStringLiteral("Own sign-in"));
    other.setAuthScheme(ConnectionProfile::AuthScheme::Online);
    other.setLoginUrl(QUrl(QStringLiteral("https://login.example.com/login")));
    other.setClientId(QStringLiteral("client-without-secret"));
    const QString refreshToken = QStringLiteral("refresh-token-never-shown");
    // One at a time: a job deletes itself once it has finished.
    const QList<std::pair<QString, QString>> entries = {
        {sod.appTokenKey(), QStringLiteral("s3cret")}, {sod.credentialKey(), refreshToken}};
    for (const auto &[key, value] : entries) {
        QSignalSpy written(credentials.write(key, value), &CredentialJob::finished);
        QVERIFY(written.wait(10000));
    }

    ConnectDialog dialog;
    dialog.setSavedProfiles({sod, other}, &credentials);
    QComboBox *saved = dialog.savedProfiles();
    QCOMPARE(saved->count(), 3);
    QVERIFY(saved->itemText(1).contains(QStringLiteral("dana@example.com")));
    saved->setCurrentIndex(1);
    emit saved->activated(1);
    QCOMPARE(combo(dialog, "scheme")->currentData().toInt(),
             int(ConnectionProfile::AuthScheme::Online));
    QCOMPARE(combo(dialog, "environment")->currentIndex(), 1); // Development (SOD)
    QCOMPARE(edit(dialog, "clientId")->text(), QStringLiteral("client-with-secret"));
    QCOMPARE(edit(dialog, "name")->text(), sod.name());
    QTRY_COMPARE_WITH_TIMEOUT(edit(dialog, "clientSecret")->text(), QStringLiteral("s3cret"),
                              10000);
    // The profile as it was saved, tenant and all.
    QCOMPARE(dialog.profile(), sod);
    // The refresh token stays in the keychain: no field ever holds it.
    QTest::qWait(200);
    for (QLineEdit *line : dialog.findChildren<QLineEdit *>())
        QVERIFY2(line->text() != refreshToken, qPrintable(line->objectName()));

    saved->setCurrentIndex(2);
    emit saved->activated(2);
    QCOMPARE(combo(dialog, "environment")->currentIndex(), 3); // Other address…
    QCOMPARE(edit(dialog, "loginUrl")->text(), QStringLiteral("https://login.example.com/login"));
    QCOMPARE(edit(dialog, "clientId")->text(), QStringLiteral("client-without-secret"));
    QVERIFY(edit(dialog, "clientSecret")->text().isEmpty());

    // New connection: Online again, empty.
    saved->setCurrentIndex(0);
    emit saved->activated(0);
    QVERIFY(dialog.profile().isOnline());
    QVERIFY(edit(dialog, "clientId")->text().isEmpty());
    QCOMPARE(combo(dialog, "environment")->currentIndex(), 0);
    credentials.remove(sod.appTokenKey());
    credentials.remove(sod.credentialKey());
}

void TestConnectDialog::onlineSignInReportsTenantAndTokens()
{
    TestBrowser browser;
    browser.setCredentials(QStringLiteral("demo"), QStringLiteral("demo"));
    browser.setAction(TestBrowser::Action::SignIn);
    ConnectDialog dialog;
    dialog.show();
    fillOnline(dialog);
    QSignalSpy connected(&dialog, &ConnectDialog::connectedOnline);
    QSignalSpy connectedOnSite(&dialog, &ConnectDialog::connected);
    okButton(dialog)->click();
    QVERIFY(connected.wait(20000));
    QCOMPARE(connectedOnSite.count(), 0);
    const auto profile = connected.first().at(0).value<ConnectionProfile>();
    QVERIFY(profile.isOnline());
    QCOMPARE(profile.tenant(), QStringLiteral("Cust12345"));
    QVERIFY(!profile.baseUrl().isEmpty());
    QVERIFY(!profile.userName().isEmpty());
    QCOMPARE(profile.clientId(), QStringLiteral("contact-editor-sandbox"));
    // The name was left empty: the tenant names it.
    QCOMPARE(profile.name(), QStringLiteral("Cust12345 (SuperOffice Online)"));
    const auto tokens = connected.first().at(1).value<OnlineTokens>();
    QVERIFY(tokens.isValid());
    QVERIFY(connected.first().at(2).toString().isEmpty()); // no client secret
    QCOMPARE(connected.first().at(3).toBool(), true);      // stay signed in
    QCOMPARE(ConnectionCheck::displayName(connected.first().at(4).toJsonObject()),
             QStringLiteral("Dana Demo"));
    QCOMPARE(dialog.statusText(), QStringLiteral("Signed in to Cust12345 as Dana Demo"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // No token is on show anywhere in the dialog.
    for (QLineEdit *line : dialog.findChildren<QLineEdit *>()) {
        QVERIFY(!line->text().contains(tokens.accessToken));
        QVERIFY(tokens.refreshToken.isEmpty() || !line->text().contains(tokens.refreshToken));
    }
    for (QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(tokens.accessToken));
}

void TestConnectDialog::onlineDeniedSaysSoInWords()
{
    TestBrowser browser;
    browser.setCredentials(QStringLiteral("demo"), QStringLiteral("demo"));
    browser.setAction(TestBrowser::Action::Deny);
    ConnectDialog dialog;
    dialog.show();
    fillOnline(dialog);
    QSignalSpy connected(&dialog, &ConnectDialog::connectedOnline);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaitingForBrowser(), 20000);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("cancelled or access was denied")),
             qPrintable(dialog.statusText()));
    QCOMPARE(connected.count(), 0);
    QVERIFY(dialog.isVisible());
    // The form is back, for another try.
    QVERIFY(edit(dialog, "clientId")->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelSignIn"))->isVisible());
}

void TestConnectDialog::onlineWaitingAndCancel()
{
    TestBrowser browser;
    browser.setAction(TestBrowser::Action::Ignore);
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillOnline(dialog);
    QSignalSpy connected(&dialog, &ConnectDialog::connectedOnline);
    dialog.findChild<QPushButton *>(QStringLiteral("test"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Waiting for you")),
                             20000);
    QVERIFY(dialog.isWaitingForBrowser());
    QVERIFY(!edit(dialog, "clientId")->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelSignIn"));
    QVERIFY(cancel->isVisible());
    QVERIFY(cancel->isEnabled());
    // The address to open, selectable, in case the browser went elsewhere.
    QLineEdit *address = edit(dialog, "browserUrl");
    QVERIFY(address->isVisible());
    QVERIFY(address->isReadOnly());
    QVERIFY(address->text().contains(QStringLiteral("/login/")));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("browserNote"));
    QVERIFY(note->text().contains(QStringLiteral("If no browser page opened")));
    // No browser could be started: said plainly.
    emit dialog.findChild<ConnectionCheck *>()->browserWaiting(QUrl(address->text()), false);
    QVERIFY(note->text().contains(QStringLiteral("No browser could be opened")));

    // Esc stops the sign-in, not the dialog.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isWaitingForBrowser());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("cancelled")),
             qPrintable(dialog.statusText()));
    QVERIFY(edit(dialog, "clientId")->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!address->isVisible());

    // Again, with the button this time; then Esc closes the dialog as usual.
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Waiting for you")),
                             20000);
    cancel->click();
    QVERIFY(!dialog.isWaitingForBrowser());
    QVERIFY(dialog.isVisible());
    QCOMPARE(connected.count(), 0);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
