#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class ConnectionCheck;
class CredentialStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Creates, edits and tests a connection profile: server address, sign-in method, user, password
// (or ticket, or token), app token, language and time zone. Tests with a ConnectionCheck and
// shows who you are signed in as; accepting first tests, then reports connected().
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
    bool rememberSecret() const;
    void setMessage(const QString &text);
    QString statusText() const;

    void test();

signals:
    // The user removed a saved connection (and its saved password).
    void removeRequested(const QString &profileName);
    // The profile works with this secret; principal is the server's currentPrincipal answer.
    void connected(const ConnectionProfile &profile, const QString &secret, const QString &appToken,
                   bool remember, const QJsonObject &principal);

protected:
    void accept() override;

private:
    void updateState();
    void chooseSaved(int index);
    void runTest(bool acceptOnSuccess);
    void onChecked(const QJsonObject &principal);

    QComboBox *m_saved;
    QPushButton *m_remove;
    QList<ConnectionProfile> m_profiles;
    QPointer<CredentialStore> m_credentials;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_scheme;
    QLineEdit *m_user;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLineEdit *m_appToken;
    QComboBox *m_language;
    QLineEdit *m_timeZone;
    QCheckBox *m_insecure;
    QCheckBox *m_remember;
    QLabel *m_status;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    ConnectionCheck *m_check;
    // What the check in flight tests, and whether Connect (not Test) started it.
    ConnectionProfile m_checked;
    bool m_acceptOnSuccess = false;
};
