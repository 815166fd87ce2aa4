#include "connectdialog.h"

#include "connectioncheck.h"
#include "credentialjob.h"
#include "credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_saved(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_appToken(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_timeZone(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Allow plain &HTTP (sends your password unencrypted)"), this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_check(new ConnectionCheck(this))
{
    setWindowTitle(tr("Connect to SuperOffice"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
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
    row(tr("&Server address"), m_url, "url");
    m_url->setPlaceholderText(QStringLiteral("https://sod2.superoffice.com/Cust12345"));
    m_scheme->addItem(tr("User name and password"), int(ConnectionProfile::AuthScheme::Basic));
    m_scheme->addItem(tr("SuperOffice ticket"), int(ConnectionProfile::AuthScheme::SoTicket));
    m_scheme->addItem(tr("Access token (Online)"), int(ConnectionProfile::AuthScheme::Bearer));
    row(tr("Sign-in &method"), m_scheme, "scheme");
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
    layout->addLayout(form);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    layout->addWidget(m_insecure);
    layout->addWidget(m_remember);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));
    layout->addWidget(m_status);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);
    for (QLineEdit *edit : {m_url, m_user, m_secret, m_name})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectDialog::updateState);
    connect(m_check, &ConnectionCheck::busyChanged, this, &ConnectDialog::updateState);
    connect(m_check, &ConnectionCheck::succeeded, this, &ConnectDialog::onChecked);
    connect(m_check, &ConnectionCheck::failed, this,
            [this](const ApiError &error) { m_status->setText(error.message()); });
    updateState();
    resize(520, sizeHint().height());
}

void ConnectDialog::setSavedProfiles(const QList<ConnectionProfile> &profiles,
                                     CredentialStore *credentials)
{
    m_profiles = profiles;
    m_credentials = credentials;
    while (m_saved->count() > 1)
        m_saved->removeItem(1);
    for (const ConnectionProfile &p : profiles)
        m_saved->addItem(p.name() + QStringLiteral(" — ") + p.userName() + QLatin1Char('@') +
                         p.baseUrl().host());
    const QString current = m_name->text();
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name() == current)
            m_saved->setCurrentIndex(i + 1);
    }
    updateState();
}

void ConnectDialog::chooseSaved(int index)
{
    if (index <= 0 || index > m_profiles.size()) {
        setProfile(ConnectionProfile());
        m_name->clear();
        m_secret->clear();
        m_status->clear();
        updateState();
        return;
    }
    const ConnectionProfile profile = m_profiles.at(index - 1);
    setProfile(profile);
    m_secret->clear();
    if (!m_credentials)
        return;
    m_appToken->clear();
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

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_name->setText(profile.name());
    m_url->setText(profile.baseUrl().toString());
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(profile.authScheme()))));
    m_user->setText(profile.userName());
    m_language->setCurrentIndex(qMax(0, m_language->findData(profile.language())));
    m_timeZone->setText(profile.timeZone());
    m_insecure->setChecked(profile.allowInsecureHttp());
    updateState();
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p;
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    p.setBaseUrl(url);
    p.setName(m_name->text().trimmed().isEmpty() ? url.host() : m_name->text().trimmed());
    p.setAuthScheme(ConnectionProfile::AuthScheme(m_scheme->currentData().toInt()));
    p.setUserName(m_user->text().trimmed());
    p.setHasAppToken(!m_appToken->text().isEmpty());
    p.setLanguage(m_language->currentData().toString());
    p.setTimeZone(m_timeZone->text().trimmed());
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

bool ConnectDialog::rememberSecret() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setMessage(const QString &text)
{
    m_status->setText(text);
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::updateState()
{
    const auto scheme = ConnectionProfile::AuthScheme(m_scheme->currentData().toInt());
    m_secretLabel->setText(scheme == ConnectionProfile::AuthScheme::Basic ? tr("&Password")
                           : scheme == ConnectionProfile::AuthScheme::SoTicket
                               ? tr("&Ticket")
                               : tr("Access &token"));
    m_secret->setAccessibleName(m_secretLabel->text().remove(QLatin1Char('&')));
    m_remove->setEnabled(m_saved->currentIndex() > 0);
    const ConnectionProfile p = profile();
    const QString problem = m_url->text().trimmed().isEmpty() ? QString() : p.validate();
    const bool ready = !m_url->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty() &&
                       !m_secret->text().isEmpty() && problem.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_check->isBusy());
    m_test->setEnabled(ready && !m_check->isBusy());
    if (!problem.isEmpty())
        m_status->setText(problem);
    else if (p.needsInsecureWarning())
        m_status->setText(tr("Warning: plain HTTP sends your password unencrypted to %1.")
                              .arg(p.baseUrl().host()));
    m_insecure->setVisible(p.baseUrl().scheme() == QLatin1String("http") && !p.isLoopback());
}

void ConnectDialog::test()
{
    runTest(false);
}

void ConnectDialog::accept()
{
    runTest(true);
}

void ConnectDialog::runTest(bool acceptOnSuccess)
{
    if (m_check->isBusy())
        return;
    m_checked = profile();
    m_acceptOnSuccess = acceptOnSuccess;
    m_status->setText(tr("Connecting to %1…").arg(m_checked.baseUrl().host()));
    m_check->check(m_checked, m_secret->text(), m_appToken->text());
}

void ConnectDialog::onChecked(const QJsonObject &principal)
{
    m_status->setText(tr("Signed in as %1.").arg(ConnectionCheck::displayName(principal)));
    if (m_acceptOnSuccess) {
        emit connected(m_checked, m_secret->text(), m_appToken->text(), m_remember->isChecked(),
                       principal);
        m_secret->clear();
        m_appToken->clear();
        QDialog::accept();
    }
}
