#pragma once

#include <QDialog>

class DraftStore;
class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Preferences (File › Settings…): the language, the connection to start with, the folder the
// drafts are kept in, and clearing the offline cache. Language and folder apply at the next
// start; the dialog says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Neither store is owned; drafts may be null (no draft store open: nothing to clear).
    SettingsDialog(ProfileStore *profiles, DraftStore *drafts, QWidget *parent = nullptr);

    // Writes the choices to the settings (OK does this, then closes).
    void apply();
    // Asks first (drafts and unsent work stay), then empties the cache.
    void clearCache();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *connectionBox() const { return m_connection; }
    QLineEdit *draftsFolderEdit() const { return m_folder; }
    QPushButton *clearCacheButton() const { return m_clear; }

signals:
    // The cache was emptied: the number of entries removed.
    void cacheCleared(int entries);

private:
    void chooseFolder();
    void updateNotes();

    ProfileStore *m_profiles;
    DraftStore *m_drafts;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_connection;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_defaultFolder;
    QLabel *m_folderNote;
    QPushButton *m_clear;
    QLabel *m_clearNote;
    QDialogButtonBox *m_buttons;
    QString m_startLanguage;
    QString m_startFolder;
};
