#pragma once

#include "workspace.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class ConnectDialog;
class ContactEditor;
class ContactSession;
class EntityEditor;
class PersonEditor;
class QAction;
class QDockWidget;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QUndoGroup;
class SearchPanel;
class UnsentChangesModel;
class UnsentPanel;

// The editor's main window over the workspace: find companies on the left, open companies and
// persons in tabs on the right, each with its own undo history and modified marker; actions, the
// status bar, dialogs and the questions asked before closing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using StartOptions = Workspace::StartOptions;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the draft store, then signs in and opens the company (Workspace::start). A window
    // shown but not on screen yet does this after its first frame, so it appears at once.
    void start(const StartOptions &options);
    // start() has not signed in yet: it waits for the first frame, or for the turn after the
    // draft store was opened.
    bool isStartPending() const { return m_pendingStart.has_value(); }

    Workspace *workspace() const { return m_workspace; }
    SearchPanel *searchPanel() const { return m_search; }
    // Every company and person with changes not on the server yet, in a dock of its own.
    UnsentPanel *unsentPanel() const { return m_unsent; }
    QDockWidget *unsentDock() const { return m_unsentDock; }
    QTabWidget *tabs() const { return m_tabs; }
    // The current tab's editor, a company's or a person's.
    EntityEditor *currentEditor() const;
    ContactEditor *editorFor(int contactId) const;
    PersonEditor *personEditorFor(int personId) const;
    EntityEditor *editorFor(const EntitySession *session) const;
    QList<EntityEditor *> editors() const;
    QAction *action(const QString &name) const;
    QString connectionText() const;
    bool isSignedIn() const;

    ContactEditor *openContact(int contactId);
    ContactEditor *newContact();
    PersonEditor *openPerson(int personId);
    // A draft from the Unsent changes panel in a tab (its session, when it has no draft).
    EntityEditor *openDraft(qint64 draftId, EntitySession *session = nullptr);
    // A new person at the company shown in editor.
    PersonEditor *newPerson(ContactEditor *company);
    void saveCurrent();
    void revertCurrent();
    // Asks Save / Discard / Cancel for a modified company or person; closes the tab unless
    // cancelled.
    void closeEditor(EntityEditor *editor);
    void showConnectDialog(const QString &message = QString());
    // File › Settings…: language, start connection, drafts folder, clearing the offline cache.
    void showSettingsDialog();
    // Online: shown while a sign-in needed during work waits for the browser.
    MessageBanner *signInBanner() const { return m_signInBanner; }
    MessageBanner *connectionBanner() const { return m_connectionBanner; }
    // Review one company's changes, or every company with unsent work.
    void reviewChanges(bool all);
    // Sends every company with unsent work to the server.
    void saveAll();
    void enrichCurrent();

signals:
    void signedIn(const QJsonObject &principal);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // start() in steps: the draft store opened, then Workspace::start.
    void finishStart();
    void openDrafts();
    void signIn();
    void connectWorkspace();
    void createActions();
    void updateActions();
    void scheduleUpdateActions();
    void updateTab(EntityEditor *editor);
    EntityEditor *addEditor(EntitySession *session, bool makeCurrent);
    // Closes modified editors one question at a time, then calls done(true), or done(false)
    // when the user cancels.
    void closeAllThen(const std::function<void(bool)> &done);
    void showBrowserSignIn(const QUrl &url, bool opened);

    Workspace *m_workspace;
    QUndoGroup *m_undo;
    SearchPanel *m_search;
    UnsentChangesModel *m_unsentModel;
    UnsentPanel *m_unsent;
    QDockWidget *m_unsentDock;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_connection;
    QPushButton *m_outboxButton;
    QLabel *m_online;
    MessageBanner *m_signInBanner;
    MessageBanner *m_connectionBanner;
    QLineEdit *m_signInUrl;
    QHash<QString, QAction *> m_actions;
    QPointer<ConnectDialog> m_connectDialog;
    // The editors asked about while quitting, so each is asked once.
    QSet<EntityEditor *> m_quitAnswered;
    std::optional<StartOptions> m_pendingStart;
    bool m_draftsOpened = false;
    bool m_actionsPending = false;
    bool m_closing = false;
    bool m_closeConfirmed = false;
};
