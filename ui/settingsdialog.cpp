#include "settingsdialog.h"

#include "appsettings.h"
#include "apptranslator.h"
#include "draftstore.h"
#include "messagebox.h"
#include "profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(ProfileStore *profiles, DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_drafts(drafts)
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_connection(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose…"), this))
    , m_defaultFolder(new QPushButton(tr("&Default"), this))
    , m_folderNote(new QLabel(this))
    , m_clear(new QPushButton(tr("C&lear cached data…"), this))
    , m_clearNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_startLanguage(AppTranslator::configuredLanguage())
    , m_startFolder(AppSettings::draftsFolder())
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto row = [&](const QString &label, QWidget *field, QLayout *fieldLayout, const char *name) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        field->setObjectName(QString::fromLatin1(name));
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        if (fieldLayout)
            form->addRow(caption, fieldLayout);
        else
            form->addRow(caption, field);
    };

    // Each language in its own name, so it can be found whatever the current one is.
    m_language->addItem(tr("System default (%1)")
                            .arg(QLocale::system().nativeLanguageName().isEmpty()
                                     ? QLocale::system().name()
                                     : QLocale::system().nativeLanguageName()),
                        QString());
    for (const AppTranslator::Language &l : AppTranslator::languages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startLanguage)));
    row(tr("&Language"), m_language, nullptr, "language");
    m_language->setAccessibleDescription(
        tr("The language of the editor and of the texts asked of the server"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(QString(), m_languageNote);

    m_connection->addItem(tr("The one used last"), QString());
    if (m_profiles) {
        for (const ConnectionProfile &p : m_profiles->profiles())
            m_connection->addItem(p.name(), p.name());
    }
    const QString chosen = AppSettings::defaultConnection();
    int index = m_connection->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        // A connection removed since: shown, so OK does not silently change the choice.
        m_connection->addItem(tr("%1 (no longer saved)").arg(chosen), chosen);
        index = m_connection->count() - 1;
    }
    m_connection->setCurrentIndex(qMax(0, index));
    row(tr("Connect at &start to"), m_connection, nullptr, "defaultConnection");

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_defaultFolder);
    m_folder->setText(QDir::toNativeSeparators(
        QFileInfo(AppSettings::draftsPathIn(m_startFolder)).absolutePath()));
    m_folder->setPlaceholderText(tr("The data folder"));
    row(tr("Keep &drafts in"), m_folder, folderRow, "draftsFolder");
    m_browse->setObjectName(QStringLiteral("chooseDraftsFolder"));
    m_browse->setAccessibleName(tr("Choose the drafts folder"));
    m_browse->setAutoDefault(false);
    m_defaultFolder->setObjectName(QStringLiteral("defaultDraftsFolder"));
    m_defaultFolder->setAccessibleName(tr("Keep drafts in the data folder"));
    m_defaultFolder->setAutoDefault(false);
    m_folderNote->setWordWrap(true);
    m_folderNote->setObjectName(QStringLiteral("folderNote"));
    form->addRow(QString(), m_folderNote);

    auto *cache = new QGroupBox(tr("Offline cache"), this);
    auto *cacheLayout = new QVBoxLayout(cache);
    m_clearNote->setWordWrap(true);
    m_clearNote->setText(tr("Lists, field definitions and companies kept for working offline. "
                            "Drafts and unsent changes are never cleared."));
    cacheLayout->addWidget(m_clearNote);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clear);
    clearRow->addStretch();
    cacheLayout->addLayout(clearRow);
    m_clear->setObjectName(QStringLiteral("clearCache"));
    m_clear->setAccessibleName(tr("Clear cached data"));
    m_clear->setAccessibleDescription(m_clearNote->text());
    m_clear->setAutoDefault(false);
    m_clear->setEnabled(m_drafts && m_drafts->isOpen());
    layout->addWidget(cache);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNotes);
    connect(m_folder, &QLineEdit::textChanged, this, &SettingsDialog::updateNotes);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    connect(m_defaultFolder, &QPushButton::clicked, this, [this] {
        m_folder->setText(QDir::toNativeSeparators(
            QFileInfo(AppSettings::draftsPathIn(QString())).absolutePath()));
    });
    connect(m_clear, &QPushButton::clicked, this, &SettingsDialog::clearCache);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateNotes();
}

void SettingsDialog::updateNotes()
{
    const bool languageChanged = m_language->currentData().toString() != m_startLanguage;
    m_languageNote->setText(
        languageChanged
            ? tr("The new language is used when Contact Editor is started again, for its own "
                 "texts and for what the server is asked for. Nothing is lost in the restart.")
            : tr("A change takes effect when Contact Editor is started again."));
    const QString inUse = QFileInfo(AppSettings::draftsPathIn(m_startFolder)).absolutePath();
    const bool folderChanged =
        QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed())) !=
        QDir::cleanPath(inUse);
    m_folderNote->setText(
        folderChanged ? tr("The drafts move to this folder when Contact Editor is started "
                           "again; until then they stay where they are.")
                      : tr("A change takes effect when Contact Editor is started again; the "
                           "drafts move along."));
}

void SettingsDialog::chooseFolder()
{
    // Not QFileDialog::getExistingDirectory: that would run an event loop of its own.
    auto *dialog = new QFileDialog(this, tr("Keep drafts in"), m_folder->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void SettingsDialog::apply()
{
    AppTranslator::setConfiguredLanguage(m_language->currentData().toString());
    AppSettings::setDefaultConnection(m_connection->currentData().toString());
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    const QString dataFolder = QFileInfo(AppSettings::draftsPathIn(QString())).absolutePath();
    const QString chosen =
        folder.isEmpty() || folder == QDir::cleanPath(dataFolder) ? QString() : folder;
    const QString inUse = m_drafts && m_drafts->isOpen() ? m_drafts->path()
                                                         : AppSettings::draftsPathIn(m_startFolder);
    if (chosen != m_startFolder)
        AppSettings::setDraftsFolder(chosen, inUse);
}

void SettingsDialog::clearCache()
{
    if (!m_drafts || !m_drafts->isOpen())
        return;
    MessageBox::ask(
        this, tr("Clear cached data"),
        tr("Remove the lists, field definitions and companies kept for working offline? They "
           "are fetched again when needed. Your drafts and unsent changes stay."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Discard || !m_drafts)
                return;
            const int removed = m_drafts->clearCache();
            if (removed < 0) {
                MessageBox::inform(
                    this, tr("Clear cached data"),
                    tr("The cache could not be cleared: %1").arg(m_drafts->lastError()));
                return;
            }
            m_clearNote->setText(tr("Cleared %n cached entries. Drafts and unsent changes "
                                    "were kept.",
                                    nullptr, removed));
            emit cacheCleared(removed);
        });
}
