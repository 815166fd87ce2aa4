#include "connectdialog.h"
#include "credentialjob.h"
#include "credentialstore.h"
#include "sandboxprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// The Connect dialog: a profile is created, tested with currentPrincipal (showing who you are),
// refused when unsafe, chosen from the saved ones with its password from the keychain, removed.
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

private:
    void fill(ConnectDialog &dialog, const QString &user, const QString &secret);
    QLineEdit *edit(ConnectDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    SandboxProcess m_sandbox;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestConnectDialog::fill(ConnectDialog &dialog, const QString &user, const QString &secret)
{
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

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
