#pragma once

#include "apierror.h"
#include "connectionprofile.h"
#include "onlinetokens.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class ConnectionCheck;
class CredentialStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Creates, edits and tests a connection profile: SuperOffice Online (the browser sign-in with
// the application's client id) or an on-site server (address, sign-in method, user, password,
// ticket or token, app token), language and time zone. Tests with a ConnectionCheck and shows
// who you are signed in as; accepting first tests, then reports connected() or
// connectedOnline().
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    // The saved connections to choose from, and where their passwords are kept (read when one
    // is chosen, asynchronously).
    void setSavedProfiles(const QList<ConnectionProfile> &profiles, CredentialStore *credentials);
    QComboBox *savedProfiles() const { return m_saved; }
    ConnectionProfile profile() const;
    void setSecret(const QString &secret);
    QString secret() const;
    QString appToken() const;
    QString clientSecret() const;
    bool rememberSecret() const;
    void setMessage(const QString &text);
    QString statusText() const;
    // Online: how long the user has in the browser (tests shorten it).
    void setBrowserTimeout(int ms);
    // A browser sign-in is waiting for the user.
    bool isWaitingForBrowser() const;

    void test();
    // Tests first; closes once the sign-in worked.
    void accept() override;
    // While a browser sign-in waits, it is stopped before the dialog closes.
    void reject() override;
    // Stops the browser sign-in in flight; the form is back for the user.
    void cancelSignIn();

signals:
    // The user removed a saved connection (and its saved password).
    void removeRequested(const QString &profileName);
    // The profile works with this secret; principal is the server's currentPrincipal answer.
    void connected(const ConnectionProfile &profile, const QString &secret, const QString &appToken,
                   bool remember, const QJsonObject &principal);
    // SuperOffice Online: the browser sign-in worked. profile holds the tenant, its address and
    // the user; remember: keep the refresh token in the keychain.
    void connectedOnline(const ConnectionProfile &profile, const OnlineTokens &tokens,
                         const QString &clientSecret, bool remember,
                         const QJsonObject &principal);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isOnlineChosen() const;
    QUrl chosenLoginUrl(bool *ok = nullptr) const;
    // Which fields show and which buttons work; showProblems: also say why the form cannot be
    // used yet (not when only the check's state changed, so its answer stays).
    void updateState(bool showProblems = true);
    void chooseSaved(int index);
    void readClientSecret(const ConnectionProfile &profile);
    void runTest(bool acceptOnSuccess);
    void onChecked(const QJsonObject &principal);
    void onFailed(const ApiError &error);
    void onBrowserWaiting(const QUrl &url, bool opened);
    void setStatus(const QString &text);

    QWidget *m_form;
    QFormLayout *m_rows;
    QComboBox *m_saved;
    QPushButton *m_remove;
    QList<ConnectionProfile> m_profiles;
    QPointer<CredentialStore> m_credentials;
    QLineEdit *m_name;
    QComboBox *m_scheme;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLineEdit *m_appToken;
    QComboBox *m_environment;
    QLineEdit *m_loginUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QComboBox *m_language;
    QLineEdit *m_timeZone;
    QCheckBox *m_insecure;
    QCheckBox *m_remember;
    QLabel *m_status;
    // Online, while waiting: where to sign in, for when the browser did not open or is elsewhere.
    QWidget *m_browser;
    QLabel *m_browserNote;
    QLineEdit *m_browserUrl;
    QPushButton *m_copyUrl;
    QPushButton *m_cancelSignIn;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    ConnectionCheck *m_check;
    // The tenant, its address and the user of the Online profile last set: a sign-in replaces
    // them, but until then the profile keeps them.
    ConnectionProfile m_loaded;
    // What the check in flight tests, and whether Connect (not Test) started it.
    ConnectionProfile m_checked;
    bool m_checkedOnline = false;
    // The user left the name empty: the tenant names the connection after the sign-in.
    bool m_nameFromTenant = false;
    bool m_acceptOnSuccess = false;
    // The status shows why the form cannot be used yet; it goes once the form can.
    QString m_problem;
};
