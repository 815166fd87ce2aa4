#include "mainwindow.h"

#include "aboutdialog.h"
#include "connectdialog.h"
#include "connectivitymonitor.h"
#include "contacteditor.h"
#include "contactsession.h"
#include "displaytext.h"
#include "enrichdialog.h"
#include "enrichmentsession.h"
#include "messagebanner.h"
#include "messagebox.h"
#include "personeditor.h"
#include "personsession.h"
#include "plaintext.h"
#include "profilestore.h"
#include "reviewdialog.h"
#include "searchpanel.h"
#include "settingsdialog.h"
#include "unsentchangesmodel.h"
#include "unsentpanel.h"
#include "webapiclient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

#include <utility>

namespace {

// How long start() waits for a window shown but not yet on screen.
constexpr int kFirstFrameWaitMs = 500;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_undo(new QUndoGroup(this))
    , m_search(new SearchPanel(m_workspace->finder(), this))
    , m_unsentModel(new UnsentChangesModel(m_workspace, this))
    , m_unsent(new UnsentPanel(m_unsentModel, this))
    , m_unsentDock(new QDockWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(this))
    , m_connection(new QLabel(this))
    , m_outboxButton(new QPushButton(this))
    , m_online(new QLabel(this))
    , m_signInBanner(new MessageBanner(this))
    , m_connectionBanner(new MessageBanner(this))
    , m_signInUrl(new QLineEdit(this))
{
    setWindowTitle(tr("Contact Editor"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open companies and persons"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_search);
    // With no company open, say what to do instead of showing an empty area.
    auto *stack = new QStackedWidget(this);
    auto *empty =
        new QLabel(tr("Find a company on the left (%1), or create a new one (%2).")
                       .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                            QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
                   stack);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setTextFormat(Qt::PlainText);
    empty->setEnabled(false);
    stack->addWidget(empty);
    stack->addWidget(m_tabs);
    m_splitter->addWidget(stack);
    auto updateStack = [stack, this] { stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0); };
    connect(m_tabs, &QTabWidget::currentChanged, stack, updateStack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 900});
    // A sign-in needed while working waits for the browser: said above everything, since
    // saving and opening wait for it too.
    auto *central = new QWidget(this);
    auto *centralBox = new QVBoxLayout(central);
    centralBox->setContentsMargins(0, 0, 0, 0);
    centralBox->setSpacing(0);
    m_signInBanner->setObjectName(QStringLiteral("signInBanner"));
    m_signInBanner->setAccessibleName(tr("Browser sign-in"));
    m_signInUrl->setObjectName(QStringLiteral("signInUrl"));
    m_signInUrl->setReadOnly(true);
    m_signInUrl->setMinimumWidth(260);
    m_signInUrl->setAccessibleName(tr("Sign-in address to open in your browser"));
    m_signInBanner->addWidget(m_signInUrl, 1);
    QPushButton *copyUrl =
        m_signInBanner->addButton(tr("Co&py address"), tr("Copy the sign-in address"));
    copyUrl->setObjectName(QStringLiteral("copySignInUrl"));
    connect(copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_signInUrl->text()); });
    QPushButton *cancelSignIn = m_signInBanner->addButton(tr("Cancel s&ign-in"));
    cancelSignIn->setObjectName(QStringLiteral("cancelSignIn"));
    connect(cancelSignIn, &QPushButton::clicked, m_workspace, &Workspace::cancelSignIn);
    centralBox->addWidget(m_signInBanner);
    // A connection that cannot be used until the user acts (an untrusted certificate, say):
    // said above everything, with what to do about it.
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setAccessibleName(tr("Connection problem"));
    QPushButton *retryConnection = m_connectionBanner->addButton(tr("&Try again"));
    retryConnection->setObjectName(QStringLiteral("retryConnection"));
    retryConnection->setAccessibleName(tr("Try connecting again"));
    connect(retryConnection, &QPushButton::clicked, this, [this] {
        m_connectionBanner->hide();
        m_workspace->retryConnection();
    });
    QPushButton *connectionSettings =
        m_connectionBanner->addButton(tr("Connection &settings…"), tr("Connection settings"));
    connectionSettings->setObjectName(QStringLiteral("connectionSettings"));
    connect(connectionSettings, &QPushButton::clicked, this,
            [this] { showConnectDialog(m_connectionBanner->text()); });
    centralBox->addWidget(m_connectionBanner);
    centralBox->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_online->setObjectName(QStringLiteral("online"));
    m_online->setTextFormat(Qt::PlainText);
    m_online->setAccessibleName(tr("Network state"));
    m_outboxButton->setObjectName(QStringLiteral("outboxButton"));
    m_outboxButton->setFlat(true);
    m_outboxButton->setAccessibleName(tr("Outbox"));
    m_outboxButton->hide();
    statusBar()->addPermanentWidget(m_outboxButton);
    statusBar()->addPermanentWidget(m_online);
    statusBar()->addPermanentWidget(m_connection);
    m_connection->setText(tr("Not connected"));
    connect(m_outboxButton, &QPushButton::clicked, this, [this] { reviewChanges(true); });
    // Drafts come back here, however many, not as tabs: tabs are for what the user opens.
    m_unsentDock->setObjectName(QStringLiteral("unsentDock"));
    m_unsentDock->setWidget(m_unsent);
    m_unsentDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::LeftDockWidgetArea |
                                  Qt::RightDockWidgetArea);
    m_unsentDock->setWindowTitle(tr("Unsent changes"));
    m_unsentDock->setAccessibleName(tr("Unsent changes"));
    addDockWidget(Qt::BottomDockWidgetArea, m_unsentDock);
    m_unsentDock->hide();
    connect(m_unsent, &UnsentPanel::openRequested, this,
            [this](qint64 draftId, EntitySession *session) { openDraft(draftId, session); });
    connect(m_unsent, &UnsentPanel::reviewAllRequested, this, [this] { reviewChanges(true); });
    connect(m_unsent, &UnsentPanel::sendAllRequested, this, &MainWindow::saveAll);
    connect(m_unsent, &UnsentPanel::countChanged, this, [this](int count) {
        m_unsentDock->setWindowTitle(count ? tr("Unsent changes (%1)").arg(count)
                                           : tr("Unsent changes"));
        scheduleUpdateActions();
    });
    connectWorkspace();

    createActions();
    connect(m_search, &SearchPanel::openRequested, this, &MainWindow::openContact);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        closeEditor(qobject_cast<EntityEditor *>(m_tabs->widget(index)));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        EntityEditor *editor = currentEditor();
        if (editor && editor->document())
            m_undo->setActiveStack(editor->document()->undoStack());
        else
            m_undo->setActiveStack(nullptr);
        if (editor)
            updateTab(editor);
        else
            setWindowTitle(tr("Contact Editor"));
        updateActions();
    });
    m_splitter->restoreState(QSettings().value(QStringLiteral("window/splitter")).toByteArray());
    resize(1200, 820);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The editors show their sessions' documents: they go before the workspace does.
    qDeleteAll(editors());
}

void MainWindow::connectWorkspace()
{
    Workspace *w = m_workspace;
    connect(w, &Workspace::message, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    connect(w, &Workspace::signingIn, this, [this](const QString &host) {
        m_connection->setText(tr("Signing in to %1…").arg(host));
    });
    connect(w, &Workspace::signInFailed, this, [this](const QString &why) {
        m_signInBanner->hide();
        // One line in the status bar; the details (a certificate's, say) are in the banner.
        m_connection->setText(tr("Not connected: %1").arg(why.section(QLatin1Char('\n'), 0, 0)));
        updateActions();
    });
    connect(w, &Workspace::browserSignInWaiting, this, &MainWindow::showBrowserSignIn);
    connect(w, &Workspace::signedIn, this, [this](const QJsonObject &principal) {
        m_signInBanner->hide();
        m_connectionBanner->hide();
        QString who = principal.value(QLatin1String("FullName")).toString();
        if (who.isEmpty())
            who = m_workspace->client()->profile().userName();
        m_connection->setText(tr("Signed in as %1 at %2")
                                  .arg(who, m_workspace->client()->profile().baseUrl().host()));
        updateActions();
        emit signedIn(principal);
    });
    connect(w, &Workspace::connectionNeeded, this, [this](const QString &why) {
        m_connectionBanner->hide();
        showConnectDialog(why);
    });
    connect(w, &Workspace::connectionFailed, this, [this](const QString &why) {
        m_connectionBanner->show(MessageBanner::Kind::Error,
                                 tr("Cannot connect to %1. %2")
                                     .arg(m_workspace->client()->profile().baseUrl().host(), why));
    });
    connect(w, &Workspace::sessionAdded, this,
            [this](EntitySession *session) { addEditor(session, true); });
    connect(w, &Workspace::draftsListed, this, [this] {
        // Work left from last time is shown where it can be seen at once.
        const bool unsent =
            std::any_of(m_workspace->pendingDrafts().cbegin(), m_workspace->pendingDrafts().cend(),
                        [](const DraftSummary &summary) { return summary.hasUnsentWork(); });
        if (unsent)
            m_unsentDock->show();
    });
    connect(w, &Workspace::sessionClosed, this, [this](EntitySession *session) {
        EntityEditor *editor = editorFor(session);
        if (!editor)
            return;
        m_quitAnswered.remove(editor);
        if (editor->document())
            m_undo->removeStack(editor->document()->undoStack());
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
        updateActions();
    });
    connect(w, &Workspace::recentChanged, this,
            [this] { m_search->setRecent(m_workspace->recent()); });
    connect(w, &Workspace::stateChanged, this, &MainWindow::scheduleUpdateActions);
    connect(w, &Workspace::onlineChanged, this, &MainWindow::updateActions);
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_workspace->profiles(), m_workspace->drafts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::cacheCleared, this, [this](int entries) {
        statusBar()->showMessage(tr("Cleared %n cached entries.", nullptr, entries), 5000);
    });
    dialog->open();
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!keys.isEmpty())
            action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(QString::fromLatin1(name), action);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(make("new", tr("&New company"), QKeySequence::New, [this] { newContact(); }));
    file->addAction(make("find", tr("&Find company…"), QKeySequence::Find,
                         [this] { m_search->focusSearch(); }));
    file->addSeparator();
    file->addAction(make("save", tr("&Save"), QKeySequence::Save, [this] { saveCurrent(); }));
    file->addAction(make("saveAll", tr("Save &all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         [this] { saveAll(); }));
    file->addAction(make("revert", tr("Re&vert changes"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                         [this] { revertCurrent(); }));
    file->addSeparator();
    file->addAction(make("review", tr("Re&view changes…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                         [this] { reviewChanges(false); }));
    file->addAction(make("reviewAll", tr("Review a&ll unsent changes…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                         [this] { reviewChanges(true); }));
    file->addAction(make("close", tr("&Close tab"), QKeySequence::Close, [this] {
        if (EntityEditor *editor = currentEditor())
            closeEditor(editor);
    }));
    file->addSeparator();
    file->addAction(make("connect", tr("C&onnect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                         [this] { showConnectDialog(); }));
    file->addAction(make("signInAgain", tr("Sign &in again"), QKeySequence(),
                         [this] { m_workspace->signInAgain(); }));
    // O is Connect's: "Sign Out" takes the u.
    file->addAction(make("signOut", tr("Sign O&ut"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                         [this] { m_workspace->signOut(); }));
    file->addAction(make("forget", tr("Forget saved &password"), QKeySequence(),
                         [this] { m_workspace->forgetSavedPassword(); }));
    file->addSeparator();
    QAction *settings = make("settings", tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                             [this] { showSettingsDialog(); });
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(settings);
    QAction *quit = make("quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(QStringLiteral("redo"));
    m_actions.insert(QStringLiteral("undo"), undo);
    m_actions.insert(QStringLiteral("redo"), redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *company = menuBar()->addMenu(tr("&Company"));
    company->addAction(make("enrich", tr("&Enrich…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            [this] { enrichCurrent(); }));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(
        make("nextTab", tr("&Next company"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
            if (m_tabs->count())
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
        }));
    view->addAction(make(
        "previousTab", tr("&Previous company"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
            if (m_tabs->count())
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                        m_tabs->count());
        }));

    view->addSeparator();
    QAction *unsent = m_unsentDock->toggleViewAction();
    unsent->setObjectName(QStringLiteral("unsent"));
    unsent->setText(tr("&Unsent changes"));
    unsent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_actions.insert(QStringLiteral("unsent"), unsent);
    view->addAction(unsent);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = make("about", tr("&About Contact Editor"), QKeySequence::HelpContents, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"new", "save", "saveAll", "review", "revert", "enrich"})
        bar->addAction(m_actions.value(QString::fromLatin1(name)));
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    for (QAction *a : m_actions) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                              a->shortcut().toString(QKeySequence::NativeText)));
    }
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

EntityEditor *MainWindow::currentEditor() const
{
    return qobject_cast<EntityEditor *>(m_tabs->currentWidget());
}

QList<EntityEditor *> MainWindow::editors() const
{
    QList<EntityEditor *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<EntityEditor *>(m_tabs->widget(i)))
            out.append(editor);
    }
    return out;
}

ContactEditor *MainWindow::editorFor(int contactId) const
{
    return qobject_cast<ContactEditor *>(editorFor(m_workspace->sessionFor(contactId)));
}

PersonEditor *MainWindow::personEditorFor(int personId) const
{
    return qobject_cast<PersonEditor *>(editorFor(m_workspace->personSessionFor(personId)));
}

EntityEditor *MainWindow::editorFor(const EntitySession *session) const
{
    for (EntityEditor *editor : editors()) {
        if (session && editor->session() == session)
            return editor;
    }
    return nullptr;
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

bool MainWindow::isSignedIn() const
{
    return m_workspace->isSignedIn();
}

void MainWindow::updateActions()
{
    EntityEditor *editor = currentEditor();
    const bool isCompany = qobject_cast<ContactEditor *>(editor) != nullptr;
    const bool hasDocument = editor && editor->document();
    const bool editable = hasDocument && editor->document()->rights().canEditRecord();
    const bool signedIn = m_workspace->isSignedIn();
    m_actions.value(QStringLiteral("save"))
        ->setEnabled(hasDocument && editable && editor->isModified());
    m_actions.value(QStringLiteral("revert"))->setEnabled(hasDocument && editor->isModified());
    m_actions.value(QStringLiteral("close"))->setEnabled(editor != nullptr);
    m_actions.value(QStringLiteral("new"))->setEnabled(signedIn || !m_workspace->isOnline());
    m_actions.value(QStringLiteral("review"))->setEnabled(hasDocument);
    const ConnectionProfile profile = m_workspace->client()->profile();
    // Online keeps no password: its sign-in is forgotten by signing out.
    m_actions.value(QStringLiteral("forget"))
        ->setEnabled(!profile.isOnline() && !profile.userName().isEmpty());
    m_actions.value(QStringLiteral("signInAgain"))
        ->setEnabled(profile.isOnline() && !m_signInBanner->isVisible());
    m_actions.value(QStringLiteral("signOut"))->setEnabled(signedIn);
    QAction *enrich = m_actions.value(QStringLiteral("enrich"));
    const bool online = m_workspace->isOnline() && signedIn;
    // Enrichment finds companies; a person tab has nothing to enrich.
    enrich->setEnabled(hasDocument && isCompany && editable && online);
    enrich->setToolTip(
        !online ? tr("Enrichment needs a connection to SuperOffice; you are offline.")
        : !hasDocument || !isCompany ? tr("Open a company to enrich it.")
        : !editable
            ? tr("You may not change this company.")
            : tr("Fill in address, phones and e-mail from SuperOffice's enrichment service (%1)")
                  .arg(enrich->shortcut().toString(QKeySequence::NativeText)));
    // Drafts not loaded yet count too: the panel lists them.
    const bool unsent = m_unsentModel->rowCount() > 0 || !m_workspace->unsentSessions().isEmpty();
    m_actions.value(QStringLiteral("reviewAll"))->setEnabled(unsent);
    m_actions.value(QStringLiteral("saveAll"))->setEnabled(unsent);
    m_online->setText(m_workspace->isOnline() ? QString()
                                              : tr("Offline: changes are kept and sent later"));
    m_online->setVisible(!m_workspace->isOnline());
    const int waiting = m_workspace->waitingCount();
    m_outboxButton->setText(tr("Outbox (%1)").arg(waiting));
    m_outboxButton->setVisible(waiting > 0);
}

void MainWindow::scheduleUpdateActions()
{
    // Many sessions can change at once (drafts reopening, the outbox): update once afterwards.
    if (m_actionsPending)
        return;
    m_actionsPending = true;
    QTimer::singleShot(0, this, [this] {
        m_actionsPending = false;
        updateActions();
    });
}

void MainWindow::saveAll()
{
    m_workspace->saveAll();
}

void MainWindow::enrichCurrent()
{
    auto *editor = qobject_cast<ContactEditor *>(currentEditor());
    if (!editor || !m_actions.value(QStringLiteral("enrich"))->isEnabled())
        return;
    EnrichmentSession *enrichment = m_workspace->startEnrichment(editor->session(), this);
    if (!enrichment)
        return;
    auto *dialog = new EnrichDialog(enrichment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reviewChanges(bool all)
{
    if (all && m_workspace->isReopeningDrafts()) {
        // "All" includes drafts still loading: the dialog opens once they are in.
        statusBar()->showMessage(tr("Loading the drafts to review…"), 0);
        m_workspace->whenDraftsReopened(this, [this] {
            statusBar()->clearMessage();
            reviewChanges(true);
        });
        return;
    }
    QList<EntitySession *> list;
    if (all)
        list = m_workspace->unsentSessions();
    else if (EntityEditor *editor = currentEditor())
        list.append(editor->session());
    if (list.isEmpty()) {
        statusBar()->showMessage(tr("There are no unsaved changes."), 5000);
        return;
    }
    auto *dialog = new ReviewDialog(list, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::saveRequested, m_workspace, &Workspace::send);
    dialog->open();
}

void MainWindow::updateTab(EntityEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    // Server text: hidden characters shown, never reversing or cutting what is shown.
    const QString title = DisplayText::line(editor->title());
    // The tab shows the name as plain characters (no mnemonics from a "&" in a name).
    QString tabText = PlainText::label(title);
    if (editor->isModified())
        tabText.prepend(QStringLiteral("* "));
    switch (editor->session()->draftState()) {
    case Draft::State::Queued:
        tabText += tr(" (outbox)");
        break;
    case Draft::State::Conflict:
        tabText += tr(" (decide)");
        break;
    case Draft::State::Failed:
        tabText += tr(" (not saved)");
        break;
    default:
        break;
    }
    // Each change of a tab's text lays out the whole tab bar: only when it really changed.
    if (m_tabs->tabText(index) != tabText)
        m_tabs->setTabText(index, tabText);
    const QString tip = PlainText::toolTip(editor->description());
    if (m_tabs->tabToolTip(index) != tip)
        m_tabs->setTabToolTip(index, tip);
    if (editor == currentEditor()) {
        setWindowTitle(title + (editor->isModified() ? QStringLiteral(" *") : QString()) +
                       QStringLiteral(" — ") + tr("Contact Editor"));
        updateActions();
    } else {
        scheduleUpdateActions();
    }
}

EntityEditor *MainWindow::addEditor(EntitySession *session, bool makeCurrent)
{
    EntityEditor *editor = nullptr;
    if (auto *person = qobject_cast<PersonSession *>(session)) {
        auto *personEditor =
            new PersonEditor(person, m_workspace->lists(), m_workspace->client(), m_tabs,
                             m_workspace->customFields(EntityKind::Person));
        connect(personEditor, &EntityEditor::existingRequested, this, &MainWindow::openPerson);
        editor = personEditor;
    } else if (auto *company = qobject_cast<ContactSession *>(session)) {
        auto *contactEditor =
            new ContactEditor(company, m_workspace->lists(), m_tabs, m_workspace->customFields());
        connect(contactEditor, &ContactEditor::openContactRequested, this,
                &MainWindow::openContact);
        connect(contactEditor, &ContactEditor::openPersonRequested, this, &MainWindow::openPerson);
        connect(contactEditor, &ContactEditor::newPersonRequested, this,
                [this, contactEditor] { newPerson(contactEditor); });
        editor = contactEditor;
    } else {
        return nullptr;
    }
    const int index = m_tabs->addTab(editor, tr("Opening…"));
    if (makeCurrent)
        m_tabs->setCurrentIndex(index);
    connect(editor, &EntityEditor::draftStateChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &EntityEditor::titleChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &EntityEditor::modifiedChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &EntityEditor::documentReady, this, [this, editor](EntityDocument *document) {
        m_undo->addStack(document->undoStack());
        if (editor == currentEditor())
            m_undo->setActiveStack(document->undoStack());
        updateTab(editor);
    });
    connect(session, &EntitySession::saved, this, [this, editor] {
        statusBar()->showMessage(tr("Saved %1.").arg(DisplayText::line(editor->title())), 5000);
    });
    connect(editor, &EntityEditor::signInNeeded, this, [this] {
        showConnectDialog(
            tr("Your sign-in was not accepted. Sign in again to continue; your changes are kept."));
    });
    return editor;
}

ContactEditor *MainWindow::openContact(int contactId)
{
    auto *editor = qobject_cast<ContactEditor *>(editorFor(m_workspace->openContact(contactId)));
    if (editor)
        m_tabs->setCurrentWidget(editor);
    return editor;
}

ContactEditor *MainWindow::newContact()
{
    return qobject_cast<ContactEditor *>(editorFor(m_workspace->newContact()));
}

PersonEditor *MainWindow::openPerson(int personId)
{
    auto *editor = qobject_cast<PersonEditor *>(editorFor(m_workspace->openPerson(personId)));
    if (editor)
        m_tabs->setCurrentWidget(editor);
    return editor;
}

EntityEditor *MainWindow::openDraft(qint64 draftId, EntitySession *session)
{
    if (!session)
        session = m_workspace->draftSession(draftId);
    if (!session)
        return nullptr;
    EntityEditor *editor = editorFor(session);
    if (!editor)
        editor = addEditor(session, true);
    if (editor)
        m_tabs->setCurrentWidget(editor);
    return editor;
}

PersonEditor *MainWindow::newPerson(ContactEditor *company)
{
    if (!company || !company->document() || company->document()->isNew())
        return nullptr;
    return qobject_cast<PersonEditor *>(
        editorFor(m_workspace->newPerson(company->document()->working())));
}

void MainWindow::saveCurrent()
{
    if (EntityEditor *editor = currentEditor())
        editor->save();
}

void MainWindow::revertCurrent()
{
    EntityEditor *editor = currentEditor();
    if (!editor || !editor->isModified())
        return;
    MessageBox::ask(this, tr("Revert changes"),
                    tr("Drop every change to %1 since it was last saved?")
                        .arg(DisplayText::line(editor->title())),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
                    [editor = QPointer<EntityEditor>(editor)](QMessageBox::StandardButton answer) {
                        if (editor && answer == QMessageBox::Discard)
                            editor->revert();
                    });
}

void MainWindow::closeEditor(EntityEditor *editor)
{
    if (!editor)
        return;
    EntitySession *session = editor->session();
    // Unmodified, or already in the outbox (it stays there, and on disk, until sent).
    if (!editor->isModified() || session->draftState() == Draft::State::Queued) {
        m_workspace->closeSession(session);
        return;
    }
    m_tabs->setCurrentWidget(editor);
    MessageBox::ask(
        this, tr("Unsaved changes"),
        tr("Save the changes to %1 before closing?").arg(DisplayText::line(editor->title())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        [this, session = QPointer<EntitySession>(session)](QMessageBox::StandardButton answer) {
            if (!session)
                return;
            if (answer == QMessageBox::Discard) {
                m_workspace->closeSession(session, true);
            } else if (answer == QMessageBox::Save) {
                // Close once the server has confirmed (or it waits in the outbox); a
                // failure keeps the tab open.
                m_workspace->saveThen(session, [this, session](bool ok) {
                    if (ok && session)
                        m_workspace->closeSession(session);
                });
            }
        });
}

void MainWindow::closeAllThen(const std::function<void(bool)> &done)
{
    for (EntityEditor *editor : editors()) {
        EntitySession *session = editor->session();
        if (!editor->isModified() || session->draftState() == Draft::State::Queued ||
            m_quitAnswered.contains(editor))
            continue;
        m_quitAnswered.insert(editor);
        m_tabs->setCurrentWidget(editor);
        const QString name = DisplayText::line(editor->title());
        MessageBox::ask(
            this, tr("Unsaved changes"), tr("Save the changes to %1 before quitting?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            [this, session = QPointer<EntitySession>(session),
             done](QMessageBox::StandardButton answer) {
                if (!session) {
                    closeAllThen(done);
                } else if (answer == QMessageBox::Discard) {
                    session->closeDraft(true);
                    closeAllThen(done);
                } else if (answer == QMessageBox::Save) {
                    m_workspace->saveThen(session, [this, done](bool ok) {
                        if (ok)
                            closeAllThen(done);
                        else
                            done(false);
                    });
                } else {
                    done(false);
                }
            });
        return;
    }
    // Companies with nothing unsent leave no draft behind.
    for (EntitySession *session : m_workspace->sessions())
        session->closeDraft(false);
    done(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
        settings.setValue(QStringLiteral("window/state"), saveState());
        event->accept();
        return;
    }
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    closeAllThen([this](bool ok) {
        m_closing = false;
        m_quitAnswered.clear();
        if (!ok)
            return;
        m_closeConfirmed = true;
        close();
    });
}

void MainWindow::start(const StartOptions &options)
{
    m_pendingStart = options;
    m_draftsOpened = false;
    // Loading the SQLite driver and the network-information plugin, opening the store and
    // listing its drafts take longer than building the window: they wait for its first frame,
    // and then take a turn of the event loop each. A window that is never exposed (started
    // minimised, say) does not keep them waiting long.
    QWindow *window = windowHandle();
    if (isVisible() && window && !window->isExposed()) {
        window->installEventFilter(this);
        QTimer::singleShot(kFirstFrameWaitMs, this, &MainWindow::finishStart);
        return;
    }
    openDrafts();
    signIn();
}

void MainWindow::finishStart()
{
    if (!m_pendingStart || m_draftsOpened)
        return;
    if (QWindow *window = windowHandle())
        window->removeEventFilter(this);
    openDrafts();
    QTimer::singleShot(0, this, &MainWindow::signIn);
}

void MainWindow::openDrafts()
{
    m_draftsOpened = true;
    const QString problem = m_workspace->openDrafts();
    if (!problem.isEmpty())
        MessageBox::inform(this, tr("Drafts"), problem);
}

void MainWindow::signIn()
{
    if (!m_pendingStart)
        return;
    m_workspace->start(*std::exchange(m_pendingStart, std::nullopt));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The frame is painted while the expose event is handled; the start goes right after it.
    if (m_pendingStart && watched == windowHandle() && event->type() == QEvent::Expose &&
        windowHandle()->isExposed())
        QTimer::singleShot(0, this, &MainWindow::finishStart);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showConnectDialog(const QString &message)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        if (!message.isEmpty())
            m_connectDialog->setMessage(message);
        return;
    }
    m_connectDialog = new ConnectDialog(this);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    const ConnectionProfile current = m_workspace->client()->profile();
    // Online before its first sign-in has no address yet, only its sign-in service.
    if (!current.baseUrl().isEmpty() || current.isOnline())
        m_connectDialog->setProfile(current);
    m_connectDialog->setSavedProfiles(m_workspace->profiles()->profiles(),
                                      m_workspace->credentials());
    connect(m_connectDialog, &ConnectDialog::removeRequested, m_workspace,
            &Workspace::removeProfile);
    if (!message.isEmpty())
        m_connectDialog->setMessage(message);
    connect(m_connectDialog, &ConnectDialog::connected, m_workspace, &Workspace::connectWith);
    connect(m_connectDialog, &ConnectDialog::connectedOnline, m_workspace,
            &Workspace::connectOnline);
    m_connectDialog->open();
}

void MainWindow::showBrowserSignIn(const QUrl &url, bool opened)
{
    // The connect dialog shows its own sign-in; this one is the workspace's.
    m_signInUrl->setText(url.toString(QUrl::FullyEncoded));
    m_signInUrl->setCursorPosition(0);
    m_signInBanner->show(
        opened ? MessageBanner::Kind::Busy : MessageBanner::Kind::Warning,
        opened ? tr("SuperOffice asks you to sign in again: finish it in your browser. Your "
                    "changes are kept. If no browser page opened, open this address:")
               : tr("SuperOffice asks you to sign in again, but no browser could be opened. Open "
                    "this address in your browser; your changes are kept:"));
    m_connection->setText(tr("Waiting for you to sign in in your browser…"));
    updateActions();
}
