#pragma once

#include "connectionprofile.h"
#include "draft.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class ConnectDialog;
class ConnectivityMonitor;
class ContactEditor;
class DraftStore;
class Outbox;
class QPushButton;
class CredentialStore;
class MdoListCache;
class ProfileStore;
class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QUndoGroup;
class SearchPanel;
class WebApiClient;

// The editor's main window: find companies on the left, open companies in tabs on the right,
// each with its own undo history and modified marker; the connection in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct StartOptions
    {
        std::optional<ConnectionProfile> profile; // from the command line
        QString secret;                           // from CONTACT_EDITOR_SECRET
        int contactId = 0;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in (profile from the command line, else the last one used) and opens the company.
    void start(const StartOptions &options);

    WebApiClient *client() const { return m_client; }
    SearchPanel *searchPanel() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    ContactEditor *currentEditor() const;
    ContactEditor *editorFor(int contactId) const;
    QList<ContactEditor *> editors() const;
    QAction *action(const QString &name) const;
    QString connectionText() const;
    bool isSignedIn() const { return m_signedIn; }

    ContactEditor *openContact(int contactId);
    ContactEditor *newContact();
    void saveCurrent();
    void revertCurrent();
    // Asks Save / Discard / Cancel for a modified company; closes the tab unless cancelled.
    void closeEditor(ContactEditor *editor);
    void showConnectDialog(const QString &message = QString());
    // Review one company's changes, or every company with unsent work.
    void reviewChanges(bool all);
    // Sends every company waiting in the outbox (queued, failed) to the server.
    void saveAll();
    // Sends the companies saved while offline (the outbox), nothing else.
    void sendOutbox();
    void enrichCurrent();
    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    DraftStore *drafts() const { return m_drafts.get(); }
    Outbox *outbox() const { return m_outbox; }
    QList<ContactEditor *> unsentEditors() const;

signals:
    void signedIn(const QJsonObject &principal);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateTab(ContactEditor *editor);
    ContactEditor *addEditor(bool makeCurrent = true, const QString &title = QString());
    void scheduleUpdateActions();
    void useConnection(const ConnectionProfile &profile, const QString &secret,
                       const QString &appToken);
    void verifyConnection(int openAfter);
    void onConnected(const ConnectionProfile &profile, const QString &secret,
                     const QString &appToken, bool remember, const QJsonObject &principal);
    void setSignedIn(const QJsonObject &principal);
    void rememberRecent(int contactId, const QString &name);
    void loadRecent();
    void restoreSettings();
    void saveSettings();
    // Closes modified editors one question at a time, then calls done(true), or done(false)
    // when the user cancels.
    void closeAllThen(const std::function<void(bool)> &done);
    void reopenDrafts();
    void whenSaveSettles(ContactEditor *editor, const std::function<void(bool)> &then);
    void reopenSomeDrafts();
    void updateOnlineState();
    void cacheForOffline();
    QString serverKey() const;

    WebApiClient *m_client;
    MdoListCache *m_lists;
    CredentialStore *m_credentials;
    ProfileStore *m_profiles;
    QUndoGroup *m_undo;
    SearchPanel *m_search;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_connection;
    QHash<QString, QAction *> m_actions;
    QPointer<ConnectDialog> m_connectDialog;
    std::unique_ptr<DraftStore> m_drafts;
    ConnectivityMonitor *m_connectivity;
    Outbox *m_outbox;
    QPushButton *m_outboxButton;
    QLabel *m_online;
    QList<qint64> m_pendingDrafts;
    bool m_actionsPending = false;
    bool m_signedIn = false;
    bool m_closing = false;
    bool m_closeConfirmed = false;
    int m_openAfterSignIn = 0;
};
