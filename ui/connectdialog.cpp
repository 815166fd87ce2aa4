#include "connectdialog.h"

#include "connectioncheck.h"
#include "credentialjob.h"
#include "credentialstore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The environment combo's data for "Other address…".
constexpr int OtherEnvironment = -1;

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QWidget(this))
    , m_rows(new QFormLayout)
    , m_saved(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_name(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_appToken(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_loginUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_timeZone(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Allow plain &HTTP (sends your password unencrypted)"), this))
    , m_remember(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_browser(new QWidget(this))
    , m_browserNote(new QLabel(this))
    , m_browserUrl(new QLineEdit(this))
    , m_copyUrl(new QPushButton(tr("Co&py address"), this))
    , m_cancelSignIn(new QPushButton(tr("Cancel s&ign-in"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_check(new ConnectionCheck(this))
{
    setWindowTitle(tr("Connect to SuperOffice"));
    auto *layout = new QVBoxLayout(this);
    auto *formBox = new QVBoxLayout(m_form);
    formBox->setContentsMargins(0, 0, 0, 0);
    formBox->addLayout(m_rows);
    QFormLayout *form = m_rows;
    auto row = [&](const QString &label, QWidget *field, const char *name) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        field->setObjectName(QString::fromLatin1(name));
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(caption, field);
        return caption;
    };
    // Saved connections: pick one to edit or use, or start a new one.
    auto *savedRow = new QHBoxLayout;
    m_saved->setObjectName(QStringLiteral("savedProfiles"));
    m_saved->setAccessibleName(tr("Saved connections"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_remove->setAccessibleName(tr("Remove saved connection"));
    m_remove->setToolTip(tr("Remove this connection and its saved password"));
    m_remove->setAutoDefault(false);
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_remove);
    auto *savedLabel = new QLabel(tr("Sa&ved connection"), this);
    savedLabel->setBuddy(m_saved);
    form->addRow(savedLabel, savedRow);
    m_saved->addItem(tr("New connection"));
    connect(m_saved, &QComboBox::activated, this, &ConnectDialog::chooseSaved);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int index = m_saved->currentIndex();
        if (index <= 0 || index > m_profiles.size())
            return;
        const QString name = m_profiles.takeAt(index - 1).name();
        m_saved->removeItem(index);
        m_saved->setCurrentIndex(0);
        chooseSaved(0);
        emit removeRequested(name);
    });
    row(tr("Connection &name"), m_name, "name");
    // Most customers are on SuperOffice Online, so it comes first and is what a new connection
    // starts with.
    m_scheme->addItem(tr("SuperOffice Online"), int(ConnectionProfile::AuthScheme::Online));
    m_scheme->addItem(tr("User name and password"), int(ConnectionProfile::AuthScheme::Basic));
    m_scheme->addItem(tr("SuperOffice ticket"), int(ConnectionProfile::AuthScheme::SoTicket));
    m_scheme->addItem(tr("Access token (Online)"), int(ConnectionProfile::AuthScheme::Bearer));
    row(tr("Sign-in &method"), m_scheme, "scheme");

    // SuperOffice Online: where to sign in and as which application.
    m_environment->addItem(tr("SuperOffice Online"),
                           int(ConnectionProfile::OnlineEnvironment::Online));
    m_environment->addItem(tr("Development (SOD)"), int(ConnectionProfile::OnlineEnvironment::Sod));
    m_environment->addItem(tr("Stage"), int(ConnectionProfile::OnlineEnvironment::Stage));
    m_environment->addItem(tr("Other address…"), OtherEnvironment);
    m_environment->setToolTip(tr("Where your tenant runs: SuperOffice Online for customers, "
                                 "Development (SOD) and Stage for developers' test tenants"));
    row(tr("&Environment"), m_environment, "environment");
    m_loginUrl->setPlaceholderText(QStringLiteral("https://online.superoffice.com/login"));
    row(tr("Sign-in &address"), m_loginUrl, "loginUrl");
    m_clientId->setToolTip(tr("The client id of the application registered for Contact Editor in "
                              "SuperOffice's developer portal; your SuperOffice administrator "
                              "can tell you"));
    row(tr("Client i&d"), m_clientId, "clientId");
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Only if your tenant requires one"));
    row(tr("Client se&cret (optional)"), m_clientSecret, "clientSecret");

    // On-site servers: the address and the credentials.
    row(tr("&Server address"), m_url, "url");
    m_url->setPlaceholderText(QStringLiteral("https://sod2.superoffice.com/Cust12345"));
    row(tr("&User name"), m_user, "user");
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setText(tr("&Password"));
    m_secretLabel->setBuddy(m_secret);
    m_secret->setObjectName(QStringLiteral("secret"));
    form->addRow(m_secretLabel, m_secret);
    m_appToken->setEchoMode(QLineEdit::Password);
    m_appToken->setPlaceholderText(tr("Optional"));
    row(tr("&App token"), m_appToken, "appToken");

    m_language->addItem(tr("Same as this program"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    row(tr("Server &language"), m_language, "language");
    m_timeZone->setPlaceholderText(tr("Optional, e.g. NO or UTC"));
    row(tr("&Time zone"), m_timeZone, "timeZone");
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    formBox->addWidget(m_insecure);
    formBox->addWidget(m_remember);
    layout->addWidget(m_form);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));
    layout->addWidget(m_status);
    // The sign-in page's address can be hundreds of characters long: a read-only line shows it
    // selectable without widening the dialog.
    auto *browserBox = new QVBoxLayout(m_browser);
    browserBox->setContentsMargins(0, 0, 0, 0);
    m_browserNote->setObjectName(QStringLiteral("browserNote"));
    m_browserNote->setTextFormat(Qt::PlainText);
    m_browserNote->setWordWrap(true);
    m_browserNote->setAccessibleName(tr("Browser sign-in"));
    browserBox->addWidget(m_browserNote);
    auto *urlRow = new QHBoxLayout;
    m_browserUrl->setObjectName(QStringLiteral("browserUrl"));
    m_browserUrl->setReadOnly(true);
    m_browserUrl->setAccessibleName(tr("Sign-in address to open in your browser"));
    m_browserNote->setBuddy(m_browserUrl);
    urlRow->addWidget(m_browserUrl, 1);
    m_copyUrl->setObjectName(QStringLiteral("copyUrl"));
    m_copyUrl->setAccessibleName(tr("Copy the sign-in address"));
    m_copyUrl->setAutoDefault(false);
    urlRow->addWidget(m_copyUrl);
    browserBox->addLayout(urlRow);
    m_browser->setObjectName(QStringLiteral("browserSignIn"));
    m_browser->hide();
    layout->addWidget(m_browser);
    layout->addStretch(1);
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_browserUrl->text()); });

    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancelSignIn->setAccessibleName(tr("Cancel sign-in"));
    m_cancelSignIn->setToolTip(tr("Stop waiting for the browser (Esc)"));
    m_cancelSignIn->setAutoDefault(false);
    m_cancelSignIn->hide();
    m_test->setObjectName(QStringLiteral("test"));
    m_test->setAutoDefault(false);
    m_buttons->addButton(m_cancelSignIn, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connect"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(m_cancelSignIn, &QPushButton::clicked, this, &ConnectDialog::cancelSignIn);
    for (QLineEdit *edit : {m_url, m_user, m_secret, m_name, m_loginUrl, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); });
    for (QComboBox *combo : {m_scheme, m_environment})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_insecure, &QCheckBox::toggled, this, [this] { updateState(); });
    // Not a change of the form: the check's result in the status stays.
    connect(m_check, &ConnectionCheck::busyChanged, this, [this] { updateState(false); });
    connect(m_check, &ConnectionCheck::succeeded, this, &ConnectDialog::onChecked);
    connect(m_check, &ConnectionCheck::failed, this, &ConnectDialog::onFailed);
    connect(m_check, &ConnectionCheck::browserWaiting, this, &ConnectDialog::onBrowserWaiting);
    chooseSaved(0);
    resize(540, sizeHint().height());
}

void ConnectDialog::setSavedProfiles(const QList<ConnectionProfile> &profiles,
                                     CredentialStore *credentials)
{
    m_profiles = profiles;
    m_credentials = credentials;
    while (m_saved->count() > 1)
        m_saved->removeItem(1);
    for (const ConnectionProfile &p : profiles) {
        if (p.isOnline())
            m_saved->addItem(p.userName().isEmpty()
                                 ? p.name()
                                 : p.name() + QStringLiteral(" — ") + p.userName());
        else
            m_saved->addItem(p.name() + QStringLiteral(" — ") + p.userName() +
                             QLatin1Char('@') + p.baseUrl().host());
    }
    const QString current = m_name->text();
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name() == current) {
            m_saved->setCurrentIndex(i + 1);
            // The connection in use: signing in again needs its client secret, if it has one.
            readClientSecret(profiles.at(i));
        }
    }
    updateState();
}

void ConnectDialog::chooseSaved(int index)
{
    m_secret->clear();
    m_appToken->clear();
    m_clientSecret->clear();
    if (index <= 0 || index > m_profiles.size()) {
        ConnectionProfile fresh;
        fresh.setAuthScheme(ConnectionProfile::AuthScheme::Online);
        fresh.setLoginUrl(
            ConnectionProfile::onlineLoginUrl(ConnectionProfile::OnlineEnvironment::Online));
        setProfile(fresh);
        m_status->clear();
        m_problem.clear();
        updateState();
        return;
    }
    const ConnectionProfile profile = m_profiles.at(index - 1);
    setProfile(profile);
    if (!m_credentials)
        return;
    if (profile.isOnline()) {
        // The refresh token under credentialKey() stays in the keychain: the dialog never
        // shows a token. Only the client secret is the user's to see and change.
        readClientSecret(profile);
        return;
    }
    if (profile.hasAppToken()) {
        CredentialJob *tokenJob = m_credentials->read(profile.appTokenKey());
        const QString tokenKey = profile.appTokenKey();
        connect(tokenJob, &CredentialJob::finished, this,
                [this, tokenKey](CredentialJob *tokenJob) {
                    if (tokenJob->status() == CredentialJob::Status::Ok &&
                        this->profile().appTokenKey() == tokenKey && m_appToken->text().isEmpty())
                        m_appToken->setText(tokenJob->secret());
                });
    }
    CredentialJob *job = m_credentials->read(profile.credentialKey());
    const QString key = profile.credentialKey();
    connect(job, &CredentialJob::finished, this, [this, key](CredentialJob *job) {
        // Still the same connection, and nothing typed meanwhile.
        if (job->status() == CredentialJob::Status::Ok && this->profile().credentialKey() == key &&
            m_secret->text().isEmpty())
            m_secret->setText(job->secret());
    });
}

void ConnectDialog::readClientSecret(const ConnectionProfile &profile)
{
    if (!m_credentials || !profile.isOnline() || !profile.hasClientSecret())
        return;
    const QString key = profile.appTokenKey();
    CredentialJob *job = m_credentials->read(key);
    connect(job, &CredentialJob::finished, this, [this, key](CredentialJob *job) {
        // Still the same connection, and nothing typed meanwhile.
        if (job->status() == CredentialJob::Status::Ok && isOnlineChosen() &&
            this->profile().appTokenKey() == key && m_clientSecret->text().isEmpty())
            m_clientSecret->setText(job->secret());
    });
}

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_loaded = profile;
    m_name->setText(profile.name());
    m_url->setText(profile.baseUrl().toString());
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(profile.authScheme()))));
    m_user->setText(profile.userName());
    m_language->setCurrentIndex(qMax(0, m_language->findData(profile.language())));
    m_timeZone->setText(profile.timeZone());
    m_insecure->setChecked(profile.allowInsecureHttp());
    int environment = profile.loginUrl().isEmpty() ? 0 : m_environment->findData(OtherEnvironment);
    for (auto known : {ConnectionProfile::OnlineEnvironment::Online,
                       ConnectionProfile::OnlineEnvironment::Sod,
                       ConnectionProfile::OnlineEnvironment::Stage}) {
        if (ConnectionProfile::onlineLoginUrl(known) == profile.loginUrl())
            environment = m_environment->findData(int(known));
    }
    m_environment->setCurrentIndex(environment);
    m_loginUrl->setText(environment == m_environment->findData(OtherEnvironment)
                            ? profile.loginUrl().toString()
                            : QString());
    m_clientId->setText(profile.clientId());
    updateState();
}

bool ConnectDialog::isOnlineChosen() const
{
    return m_scheme->currentData().toInt() == int(ConnectionProfile::AuthScheme::Online);
}

QUrl ConnectDialog::chosenLoginUrl(bool *ok) const
{
    const int environment = m_environment->currentData().toInt();
    if (environment != OtherEnvironment) {
        if (ok)
            *ok = true;
        return ConnectionProfile::onlineLoginUrl(
            ConnectionProfile::OnlineEnvironment(environment));
    }
    // An empty address would mean production to onlineLoginUrlFromName; here it means that
    // nothing has been entered yet.
    if (m_loginUrl->text().trimmed().isEmpty()) {
        if (ok)
            *ok = false;
        return QUrl();
    }
    return ConnectionProfile::onlineLoginUrlFromName(m_loginUrl->text(), ok);
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p;
    p.setAuthScheme(ConnectionProfile::AuthScheme(m_scheme->currentData().toInt()));
    p.setLanguage(m_language->currentData().toString());
    p.setTimeZone(m_timeZone->text().trimmed());
    if (p.isOnline()) {
        bool ok = false;
        const QUrl login = chosenLoginUrl(&ok);
        // Kept as typed when unusable, so that validate() says why.
        p.setLoginUrl(ok ? login : QUrl(m_loginUrl->text().trimmed()));
        p.setClientId(m_clientId->text().trimmed());
        p.setHasClientSecret(!m_clientSecret->text().isEmpty());
        // Until the user signs in somewhere else, the tenant of the last sign-in stays.
        if (m_loaded.isOnline() && m_loaded.loginUrl() == p.loginUrl() &&
            m_loaded.clientId() == p.clientId()) {
            p.setTenant(m_loaded.tenant());
            p.setBaseUrl(m_loaded.baseUrl());
            p.setUserName(m_loaded.userName());
        }
        const QString name = m_name->text().trimmed();
        p.setName(!name.isEmpty()           ? name
                  : !p.tenant().isEmpty() ? tr("%1 (SuperOffice Online)").arg(p.tenant())
                                          : tr("SuperOffice Online"));
        return p;
    }
    const QUrl url = ConnectionProfile::serverUrlFromText(m_url->text());
    p.setBaseUrl(url);
    p.setName(m_name->text().trimmed().isEmpty() ? url.host() : m_name->text().trimmed());
    p.setUserName(m_user->text().trimmed());
    p.setHasAppToken(!m_appToken->text().isEmpty());
    p.setAllowInsecureHttp(m_insecure->isChecked());
    return p;
}

void ConnectDialog::setSecret(const QString &secret)
{
    m_secret->setText(secret);
}

QString ConnectDialog::secret() const
{
    return m_secret->text();
}

QString ConnectDialog::appToken() const
{
    return m_appToken->text();
}

QString ConnectDialog::clientSecret() const
{
    return m_clientSecret->text();
}

bool ConnectDialog::rememberSecret() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setMessage(const QString &text)
{
    setStatus(text);
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::setBrowserTimeout(int ms)
{
    m_check->setBrowserTimeout(ms);
}

bool ConnectDialog::isWaitingForBrowser() const
{
    return m_checkedOnline && m_check->isBusy();
}

void ConnectDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_problem.clear();
}

void ConnectDialog::updateState(bool showProblems)
{
    const bool online = isOnlineChosen();
    const bool busy = m_check->isBusy();
    const bool waiting = busy && m_checkedOnline;
    const bool other = m_environment->currentData().toInt() == OtherEnvironment;
    for (QWidget *field : {m_url, m_user, m_secret, m_appToken})
        m_rows->setRowVisible(field, !online);
    m_rows->setRowVisible(m_environment, online);
    m_rows->setRowVisible(m_loginUrl, online && other);
    m_rows->setRowVisible(m_clientId, online);
    m_rows->setRowVisible(m_clientSecret, online);
    m_remember->setText(online ? tr("&Stay signed in on this computer")
                               : tr("&Remember the password in the system keychain"));
    m_remember->setToolTip(online ? tr("Keeps the sign-in in the system keychain, so that the "
                                       "browser is needed only when SuperOffice asks again")
                                  : QString());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(online ? tr("Sign in with the &browser") : tr("&Connect"));
    m_form->setEnabled(!waiting);
    m_cancelSignIn->setVisible(waiting);
    if (!waiting)
        m_browser->hide();

    const auto scheme = ConnectionProfile::AuthScheme(m_scheme->currentData().toInt());
    m_secretLabel->setText(scheme == ConnectionProfile::AuthScheme::Basic ? tr("&Password")
                           : scheme == ConnectionProfile::AuthScheme::SoTicket
                               ? tr("&Ticket")
                               : tr("Access &token"));
    m_secret->setAccessibleName(m_secretLabel->text().remove(QLatin1Char('&')));
    m_remove->setEnabled(m_saved->currentIndex() > 0);
    const ConnectionProfile p = profile();
    QString problem;
    bool ready = false;
    if (online) {
        bool loginOk = false;
        chosenLoginUrl(&loginOk);
        problem = p.validate();
        if (problem.isEmpty() && !loginOk)
            problem = tr("Enter the sign-in address, for example "
                         "https://online.superoffice.com/login.");
        ready = problem.isEmpty();
    } else {
        problem = m_url->text().trimmed().isEmpty() ? QString() : p.validate();
        ready = !m_url->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty() &&
                !m_secret->text().isEmpty() && problem.isEmpty();
    }
    ok->setEnabled(ready && !busy);
    m_test->setEnabled(ready && !busy);
    m_insecure->setVisible(!online && p.baseUrl().scheme() == QLatin1String("http") &&
                           !p.isLoopback());
    if (!showProblems || busy)
        return;
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        m_problem = problem;
    } else if (!online && p.needsInsecureWarning()) {
        setStatus(tr("Warning: plain HTTP sends your password unencrypted to %1.")
                      .arg(p.baseUrl().host()));
    } else if (!m_problem.isEmpty() && m_status->text() == m_problem) {
        // Fixed: the reason why not would only mislead now.
        m_status->clear();
        m_problem.clear();
    }
}

void ConnectDialog::test()
{
    runTest(false);
}

void ConnectDialog::accept()
{
    runTest(true);
}

void ConnectDialog::reject()
{
    // The browser must not go on to sign in a dialog that is gone.
    if (m_check->isBusy())
        m_check->cancel();
    QDialog::reject();
}

void ConnectDialog::keyPressEvent(QKeyEvent *event)
{
    // Esc while the browser is waiting: back to the form, which is what a user who changed
    // their mind about the browser wants, rather than losing everything typed.
    if (isWaitingForBrowser() && event->matches(QKeySequence::Cancel)) {
        cancelSignIn();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ConnectDialog::cancelSignIn()
{
    if (!m_check->isBusy())
        return;
    const QString before = m_status->text();
    m_check->cancel();
    // A call dropped quietly says nothing: the status must not go on waiting.
    if (m_status->text() == before)
        setStatus(tr("Signing in was cancelled."));
    updateState(false);
    m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void ConnectDialog::runTest(bool acceptOnSuccess)
{
    if (m_check->isBusy())
        return;
    m_checked = profile();
    m_acceptOnSuccess = acceptOnSuccess;
    m_checkedOnline = m_checked.isOnline();
    if (m_checkedOnline) {
        m_nameFromTenant = m_name->text().trimmed().isEmpty();
        m_browserUrl->clear();
        setStatus(tr("Contacting %1…").arg(m_checked.loginUrl().host()));
        m_check->checkOnline(m_checked, m_clientSecret->text());
        if (m_cancelSignIn->isVisible())
            m_cancelSignIn->setFocus();
        return;
    }
    setStatus(tr("Connecting to %1…").arg(m_checked.baseUrl().host()));
    m_check->check(m_checked, m_secret->text(), m_appToken->text());
}

void ConnectDialog::onBrowserWaiting(const QUrl &url, bool opened)
{
    if (!isWaitingForBrowser())
        return;
    setStatus(tr("Waiting for you to sign in in your browser…"));
    m_browserNote->setText(
        opened ? tr("If no browser page opened, open this address in your browser:")
               : tr("No browser could be opened. Open this address in your browser to sign in:"));
    m_browserUrl->setText(url.toString(QUrl::FullyEncoded));
    m_browserUrl->setCursorPosition(0);
    m_browser->show();
}

void ConnectDialog::onChecked(const QJsonObject &principal)
{
    if (!m_checkedOnline) {
        setStatus(tr("Signed in as %1.").arg(ConnectionCheck::displayName(principal)));
        if (m_acceptOnSuccess) {
            emit connected(m_checked, m_secret->text(), m_appToken->text(),
                           m_remember->isChecked(), principal);
            m_secret->clear();
            m_appToken->clear();
            QDialog::accept();
        }
        return;
    }
    ConnectionProfile signedIn = m_check->profile();
    if (m_nameFromTenant) {
        signedIn.setName(tr("%1 (SuperOffice Online)").arg(signedIn.tenant()));
        m_name->setText(signedIn.name());
        m_nameFromTenant = false;
    }
    m_loaded = signedIn;
    m_browser->hide();
    setStatus(tr("Signed in to %1 as %2")
                  .arg(signedIn.tenant(), ConnectionCheck::displayName(principal)));
    if (m_acceptOnSuccess) {
        emit connectedOnline(signedIn, m_check->tokens(), m_clientSecret->text(),
                             m_remember->isChecked(), principal);
        m_clientSecret->clear();
        QDialog::accept();
    }
}

void ConnectDialog::onFailed(const ApiError &error)
{
    // The browser sign-in's reasons are sentences of their own (denied, timed out, the wrong
    // answer); the generic "not accepted" would hide them.
    const bool ownReason =
        m_checkedOnline && error.httpStatus() == 0 && !error.serverMessage().isEmpty();
    setStatus(ownReason ? error.serverMessage() : error.message());
    m_browser->hide();
    updateState(false);
}
