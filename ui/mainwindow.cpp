#include "mainwindow.h"

#include "connectdialog.h"
#include "connectivitymonitor.h"
#include "contacteditor.h"
#include "createdefaultcontactentityjob.h"
#include "credentialjob.h"
#include "credentialstore.h"
#include "currentprincipaljob.h"
#include "draftstore.h"
#include "enrichdialog.h"
#include "mdolistcache.h"
#include "messagebox.h"
#include "outbox.h"
#include "plaintext.h"
#include "profilestore.h"
#include "reviewdialog.h"
#include "searchpanel.h"
#include "webapiclient.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new WebApiClient(this))
    , m_lists(new MdoListCache(m_client, this))
    , m_credentials(new CredentialStore(QStringLiteral("contact-editor"), this))
    , m_profiles(new ProfileStore(this))
    , m_undo(new QUndoGroup(this))
    , m_search(new SearchPanel(m_client, this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(this))
    , m_connection(new QLabel(this))
    , m_drafts(std::make_unique<DraftStore>())
    , m_connectivity(new ConnectivityMonitor(m_client, this))
    , m_outbox(new Outbox(this))
    , m_outboxButton(new QPushButton(this))
    , m_online(new QLabel(this))
{
    setWindowTitle(tr("Contact Editor"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open companies"));
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
    setCentralWidget(m_splitter);
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
    connect(m_lists, &MdoListCache::listReady, this, [this](const QString &name) {
        if (m_drafts->isOpen() && !m_client->profile().userName().isEmpty())
            m_drafts->cachePut(serverKey(), QStringLiteral("mdolist"), name,
                               m_lists->rawItems(name));
    });
    connect(m_connectivity, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        updateOnlineState();
        updateActions();
        if (online && !m_signedIn)
            verifyConnection(0);
        if (online) {
            statusBar()->showMessage(tr("The connection is back."), 5000);
            // What the user saved while offline goes out now; companies merely being edited
            // wait for their own Save.
            sendOutbox();
        }
    });
    connect(m_outbox, &Outbox::progress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Sending the outbox: %1 of %2…").arg(done).arg(total));
    });
    connect(m_outbox, &Outbox::finished, this, [this](int saved, int failed) {
        statusBar()->showMessage(
            failed ? tr("Outbox: %1 saved, %2 not saved (see the review).").arg(saved).arg(failed)
                   : tr("Outbox: %n company(ies) saved.", nullptr, saved),
            10000);
        updateOnlineState();
    });

    createActions();
    connect(m_search, &SearchPanel::openRequested, this, &MainWindow::openContact);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        closeEditor(qobject_cast<ContactEditor *>(m_tabs->widget(index)));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ContactEditor *editor = currentEditor();
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
    connect(m_credentials, &CredentialStore::keychainUnavailable, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    restoreSettings();
    resize(1200, 820);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The editors write to the draft store as they go: they go before it does.
    qDeleteAll(editors());
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
    file->addAction(make("close", tr("&Close company"), QKeySequence::Close, [this] {
        if (ContactEditor *editor = currentEditor())
            closeEditor(editor);
    }));
    file->addSeparator();
    file->addAction(make("connect", tr("C&onnect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                         [this] { showConnectDialog(); }));
    file->addAction(make("forget", tr("Forget saved &password"), QKeySequence(), [this] {
        const ConnectionProfile p = m_client->profile();
        if (p.userName().isEmpty())
            return;
        CredentialJob *job = m_credentials->remove(p.credentialKey());
        connect(job, &CredentialJob::finished, this, [this](CredentialJob *) {
            statusBar()->showMessage(tr("The saved password was removed from the keychain."), 8000);
        });
    }));
    file->addSeparator();
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = make("about", tr("&About Contact Editor"), QKeySequence::HelpContents, [this] {
        MessageBox::inform(
            this, tr("About Contact Editor"),
            tr("Contact Editor %1\nEdit SuperOffice CRM companies, online or offline.")
                .arg(QCoreApplication::applicationVersion()),
            QMessageBox::Information);
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

ContactEditor *MainWindow::currentEditor() const
{
    return qobject_cast<ContactEditor *>(m_tabs->currentWidget());
}

QList<ContactEditor *> MainWindow::editors() const
{
    QList<ContactEditor *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<ContactEditor *>(m_tabs->widget(i)))
            out.append(editor);
    }
    return out;
}

ContactEditor *MainWindow::editorFor(int contactId) const
{
    for (ContactEditor *editor : editors()) {
        if (contactId > 0 && editor->contactId() == contactId)
            return editor;
    }
    return nullptr;
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::updateActions()
{
    ContactEditor *editor = currentEditor();
    const bool hasDocument = editor && editor->document();
    const bool editable = hasDocument && editor->document()->rights().canEditRecord();
    m_actions.value(QStringLiteral("save"))
        ->setEnabled(hasDocument && editable && editor->isModified());
    m_actions.value(QStringLiteral("revert"))->setEnabled(hasDocument && editor->isModified());
    m_actions.value(QStringLiteral("close"))->setEnabled(editor != nullptr);
    m_actions.value(QStringLiteral("new"))->setEnabled(m_signedIn || !m_connectivity->isOnline());
    m_actions.value(QStringLiteral("review"))->setEnabled(hasDocument);
    QAction *enrich = m_actions.value(QStringLiteral("enrich"));
    const bool online = m_connectivity->isOnline() && m_signedIn;
    enrich->setEnabled(hasDocument && editable && online);
    enrich->setToolTip(
        !online        ? tr("Enrichment needs a connection to SuperOffice; you are offline.")
        : !hasDocument ? tr("Open a company to enrich it.")
        : !editable
            ? tr("You may not change this company.")
            : tr("Fill in address, phones and e-mail from SuperOffice's enrichment service (%1)")
                  .arg(enrich->shortcut().toString(QKeySequence::NativeText)));
    m_actions.value(QStringLiteral("reviewAll"))->setEnabled(!editors().isEmpty());
    m_actions.value(QStringLiteral("saveAll"))->setEnabled(!unsentEditors().isEmpty());
    updateOnlineState();
}

QList<ContactEditor *> MainWindow::unsentEditors() const
{
    QList<ContactEditor *> out;
    for (ContactEditor *editor : editors()) {
        if (editor->session()->hasUnsentWork())
            out.append(editor);
    }
    return out;
}

void MainWindow::updateOnlineState()
{
    m_online->setText(m_connectivity->isOnline() ? QString()
                                                 : tr("Offline: changes are kept and sent later"));
    m_online->setVisible(!m_connectivity->isOnline());
    int waiting = 0;
    for (ContactEditor *editor : editors()) {
        const Draft::State state = editor->session()->draftState();
        if (state == Draft::State::Queued || state == Draft::State::Conflict ||
            state == Draft::State::Failed)
            ++waiting;
    }
    m_outboxButton->setText(tr("Outbox (%1)").arg(waiting));
    m_outboxButton->setVisible(waiting > 0);
}

QString MainWindow::serverKey() const
{
    return m_client->profile().credentialKey();
}

void MainWindow::sendOutbox()
{
    QList<ContactSession *> sessions;
    for (ContactEditor *editor : editors()) {
        if (editor->session()->draftState() == Draft::State::Queued && !editor->session()->isBusy())
            sessions.append(editor->session());
    }
    if (!sessions.isEmpty() && m_connectivity->isOnline())
        m_outbox->send(sessions);
}

void MainWindow::saveAll()
{
    QList<ContactSession *> sessions;
    for (ContactEditor *editor : unsentEditors()) {
        if (!editor->session()->isBusy())
            sessions.append(editor->session());
    }
    if (sessions.isEmpty())
        return;
    if (!m_connectivity->isOnline()) {
        for (ContactSession *s : sessions)
            s->save();
        m_connectivity->probeNow();
        updateOnlineState();
        return;
    }
    m_outbox->send(sessions);
}

void MainWindow::enrichCurrent()
{
    ContactEditor *editor = currentEditor();
    if (!editor || !editor->document() || !m_actions.value(QStringLiteral("enrich"))->isEnabled())
        return;
    auto *dialog = new EnrichDialog(m_client, editor->document(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reviewChanges(bool all)
{
    QList<ContactEditor *> list;
    if (all)
        list = unsentEditors();
    else if (ContactEditor *editor = currentEditor())
        list.append(editor);
    if (list.isEmpty()) {
        statusBar()->showMessage(tr("There are no unsaved changes."), 5000);
        return;
    }
    auto *dialog = new ReviewDialog(list, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::saveRequested, this,
            [this](const QList<ContactEditor *> &editors) {
                if (editors.size() == 1) {
                    editors.first()->save();
                    return;
                }
                QList<ContactSession *> sessions;
                for (ContactEditor *e : editors)
                    sessions.append(e->session());
                m_outbox->send(sessions);
            });
    dialog->open();
}

void MainWindow::reopenDrafts()
{
    if (!m_drafts->isOpen())
        return;
    m_pendingDrafts = m_drafts->draftIds(serverKey());
    // After the window is shown: the drafts follow a few at a time.
    QTimer::singleShot(0, this, &MainWindow::reopenSomeDrafts);
}

void MainWindow::reopenSomeDrafts()
{
    if (m_pendingDrafts.isEmpty())
        return;
    QSet<qint64> open;
    for (ContactEditor *editor : editors())
        open.insert(editor->session()->draftId());
    // Adding tabs to a hidden bar does not lay it out each time.
    QTabBar *bar = m_tabs->tabBar();
    const bool barVisible = bar->isVisible();
    bar->hide();
    for (int n = 0; n < 8 && !m_pendingDrafts.isEmpty(); ++n) {
        const qint64 id = m_pendingDrafts.takeFirst();
        if (open.contains(id))
            continue;
        const std::optional<Draft> draft = m_drafts->draft(id);
        if (!draft)
            continue;
        ContactEditor *editor =
            addEditor(false, draft->name.isEmpty() ? tr("New company") : draft->name);
        editor->setProperty("fromDraft", true);
        editor->openDraft(*draft);
    }
    // Laying out a bar of many tabs is slow: show it again once they are all in.
    if (m_pendingDrafts.isEmpty() && (barVisible || m_tabs->count() > 0))
        bar->show();
    scheduleUpdateActions();
    if (!m_pendingDrafts.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::reopenSomeDrafts);
}

void MainWindow::cacheForOffline()
{
    // What offline work needs: the lists behind the pickers and a default new company.
    for (const char *list :
         {"category", "business", "country", "associate", "ticketpriority", "customerlanguage"})
        m_lists->request(QString::fromLatin1(list));
    auto *job = m_client->createDefaultContactEntity();
    job->setAutoDelete(true);
    const QString server = serverKey();
    connect(job, &ApiJob::finished, this, [this, server](ApiJob *finished) {
        if (finished->succeeded() && m_drafts->isOpen())
            m_drafts->cachePut(server, QStringLiteral("default"), QStringLiteral("contact"),
                               static_cast<EntityJob *>(finished)->entity().json());
    });
}

void MainWindow::updateTab(ContactEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    const QString title = editor->title();
    // The tab shows the name as plain characters (no mnemonics from a "&" in a name).
    QString tabText = QString(title).replace(QLatin1Char('&'), QStringLiteral("&&"));
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
    const QString tip = PlainText::toolTip(title);
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

void MainWindow::scheduleUpdateActions()
{
    // Many editors can change at once (drafts reopening, the outbox): update once afterwards.
    if (m_actionsPending)
        return;
    m_actionsPending = true;
    QTimer::singleShot(0, this, [this] {
        m_actionsPending = false;
        updateActions();
    });
}

ContactEditor *MainWindow::addEditor(bool makeCurrent, const QString &title)
{
    auto *editor = new ContactEditor(m_client, m_lists, m_tabs);
    if (m_drafts->isOpen())
        editor->setPersistence(m_drafts.get(), serverKey(), m_connectivity);
    const int index = m_tabs->addTab(editor, title.isEmpty() ? tr("Opening…") : title);
    if (makeCurrent)
        m_tabs->setCurrentIndex(index);
    connect(editor, &ContactEditor::draftStateChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &ContactEditor::closeRequested, this, [this, editor] {
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
        updateActions();
    });
    connect(editor, &ContactEditor::titleChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &ContactEditor::modifiedChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &ContactEditor::documentReady, this, [this, editor](ContactDocument *document) {
        m_undo->addStack(document->undoStack());
        if (editor == currentEditor())
            m_undo->setActiveStack(document->undoStack());
        if (!document->entity().isNew() && !editor->property("fromDraft").toBool())
            rememberRecent(document->entity().contactId(), document->entity().name());
        updateTab(editor);
    });
    connect(editor, &ContactEditor::savedContact, this, [this](int id, const QString &name) {
        rememberRecent(id, name);
        statusBar()->showMessage(tr("Saved %1.").arg(name), 5000);
    });
    connect(editor, &ContactEditor::openContactRequested, this, &MainWindow::openContact);
    connect(editor, &ContactEditor::signInNeeded, this, [this] {
        showConnectDialog(
            tr("Your sign-in was not accepted. Sign in again to continue; your changes are kept."));
    });
    return editor;
}

ContactEditor *MainWindow::openContact(int contactId)
{
    if (contactId <= 0)
        return nullptr;
    if (ContactEditor *existing = editorFor(contactId)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    ContactEditor *editor = addEditor();
    editor->openContact(contactId);
    return editor;
}

ContactEditor *MainWindow::newContact()
{
    ContactEditor *editor = addEditor();
    editor->createNew();
    return editor;
}

void MainWindow::saveCurrent()
{
    if (ContactEditor *editor = currentEditor())
        editor->save();
}

void MainWindow::revertCurrent()
{
    ContactEditor *editor = currentEditor();
    if (!editor || !editor->isModified())
        return;
    MessageBox::ask(this, tr("Revert changes"),
                    tr("Drop every change to %1 since it was last saved?").arg(editor->title()),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
                    [editor = QPointer<ContactEditor>(editor)](QMessageBox::StandardButton answer) {
                        if (editor && answer == QMessageBox::Discard)
                            editor->revert();
                    });
}

void MainWindow::whenSaveSettles(ContactEditor *editor, const std::function<void(bool)> &then)
{
    // Exactly one answer, whichever way the save ends: confirmed or safely in the outbox (true),
    // refused or waiting for the user's decision (false).
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto once = [connections, then](bool ok) {
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
        connections->clear();
        then(ok);
    };
    ContactSession *session = editor->session();
    *connections << connect(session, &ContactSession::saved, this, [once] { once(true); })
                 << connect(session, &ContactSession::queued, this, [once] { once(true); })
                 << connect(session, &ContactSession::failed, this, [once] { once(false); })
                 << connect(session, &ContactSession::conflictsFound, this, [once] { once(false); })
                 << connect(session, &ContactSession::earlierCreateFound, this,
                            [once] { once(false); })
                 << connect(session, &QObject::destroyed, this, [once] { once(false); });
    if (!editor->save())
        once(false);
}

void MainWindow::closeEditor(ContactEditor *editor)
{
    if (!editor)
        return;
    auto remove = [this, editor = QPointer<ContactEditor>(editor)] {
        if (!editor)
            return;
        editor->session()->closeDraft(false);
        if (editor->document())
            m_undo->removeStack(editor->document()->undoStack());
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
        updateActions();
    };
    if (!editor->isModified()) {
        remove();
        return;
    }
    if (editor->session()->draftState() == Draft::State::Queued) {
        // Already in the outbox: it stays there (and on disk) until sent.
        remove();
        return;
    }
    m_tabs->setCurrentWidget(editor);
    MessageBox::ask(this, tr("Unsaved changes"),
                    tr("Save the changes to %1 before closing?").arg(editor->title()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    QMessageBox::Save,
                    [this, editor = QPointer<ContactEditor>(editor),
                     remove](QMessageBox::StandardButton answer) {
                        if (!editor)
                            return;
                        if (answer == QMessageBox::Discard) {
                            editor->session()->closeDraft(true);
                            remove();
                        } else if (answer == QMessageBox::Save) {
                            // Close once the server has confirmed (or it waits in the outbox); a
                            // failure keeps the tab open.
                            whenSaveSettles(editor, [remove](bool ok) {
                                if (ok)
                                    remove();
                            });
                        }
                    });
}

void MainWindow::closeAllThen(const std::function<void(bool)> &done)
{
    for (ContactEditor *editor : editors()) {
        if (!editor->isModified() || editor->session()->draftState() == Draft::State::Queued ||
            editor->property("quitAnswered").toBool())
            continue;
        editor->setProperty("quitAnswered", true);
        m_tabs->setCurrentWidget(editor);
        MessageBox::ask(this, tr("Unsaved changes"),
                        tr("Save the changes to %1 before quitting?").arg(editor->title()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                        QMessageBox::Save,
                        [this, editor = QPointer<ContactEditor>(editor),
                         done](QMessageBox::StandardButton answer) {
                            if (!editor) {
                                closeAllThen(done);
                                return;
                            }
                            if (answer == QMessageBox::Discard) {
                                editor->session()->closeDraft(true);
                                closeAllThen(done);
                            } else if (answer == QMessageBox::Save) {
                                whenSaveSettles(editor, [this, done](bool ok) {
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
    for (ContactEditor *editor : editors())
        editor->session()->closeDraft(false);
    done(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed) {
        saveSettings();
        event->accept();
        return;
    }
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    closeAllThen([this](bool ok) {
        m_closing = false;
        for (ContactEditor *editor : editors())
            editor->setProperty("quitAnswered", QVariant());
        if (!ok)
            return;
        m_closeConfirmed = true;
        close();
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::rememberRecent(int contactId, const QString &name)
{
    if (contactId <= 0)
        return;
    QSettings settings;
    const QString key = QStringLiteral("recent/") + m_client->profile().name();
    QStringList list = settings.value(key).toStringList();
    const QString prefix = QString::number(contactId) + QLatin1Char('\t');
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const QString &s) { return s.startsWith(prefix); }),
               list.end());
    list.prepend(prefix + name);
    while (list.size() > 15)
        list.removeLast();
    settings.setValue(key, list);
    loadRecent();
}

void MainWindow::loadRecent()
{
    QList<std::pair<int, QString>> recent;
    const QStringList list =
        QSettings().value(QStringLiteral("recent/") + m_client->profile().name()).toStringList();
    for (const QString &entry : list) {
        const int id = entry.section(QLatin1Char('\t'), 0, 0).toInt();
        if (id > 0)
            recent.append({id, entry.section(QLatin1Char('\t'), 1)});
    }
    m_search->setRecent(recent);
}

void MainWindow::start(const StartOptions &options)
{
    QString error;
    if (!m_drafts->open(DraftStore::defaultPath(), &error))
        MessageBox::inform(this, tr("Drafts"),
                           error + QLatin1Char('\n') +
                               tr("Your edits cannot be kept on this computer in this session."));
    else if (!m_drafts->setAsideMessage().isEmpty())
        MessageBox::inform(this, tr("Drafts"), m_drafts->setAsideMessage());
    m_openAfterSignIn = options.contactId;
    std::optional<ConnectionProfile> profile = options.profile;
    if (!profile)
        profile = m_profiles->profile(m_profiles->lastProfileName());
    if (!profile) {
        showConnectDialog(tr("Connect to your SuperOffice to start."));
        return;
    }
    if (!options.secret.isEmpty()) {
        useConnection(*profile, options.secret, QString());
        verifyConnection(m_openAfterSignIn);
        return;
    }
    // The password from the keychain, asynchronously; ask when there is none.
    m_connection->setText(tr("Signing in to %1…").arg(profile->baseUrl().host()));
    CredentialJob *job = m_credentials->read(profile->credentialKey());
    const ConnectionProfile chosen = *profile;
    connect(job, &CredentialJob::finished, this, [this, chosen](CredentialJob *job) {
        if (job->status() == CredentialJob::Status::Ok && !job->secret().isEmpty()) {
            const QString secret = job->secret();
            if (!chosen.hasAppToken()) {
                useConnection(chosen, secret, QString());
                verifyConnection(m_openAfterSignIn);
                return;
            }
            // The partner app's token is a secret too: from the keychain, like the password.
            CredentialJob *tokenJob = m_credentials->read(chosen.appTokenKey());
            connect(tokenJob, &CredentialJob::finished, this,
                    [this, chosen, secret](CredentialJob *tokenJob) {
                        useConnection(chosen, secret,
                                      tokenJob->status() == CredentialJob::Status::Ok
                                          ? tokenJob->secret()
                                          : QString());
                        verifyConnection(m_openAfterSignIn);
                    });
        } else {
            m_client->setProfile(chosen);
            showConnectDialog(job->status() == CredentialJob::Status::NotFound ? QString()
                                                                               : job->errorText());
        }
    });
}

void MainWindow::useConnection(const ConnectionProfile &profile, const QString &secret,
                               const QString &appToken)
{
    const QString previousServer =
        m_client->profile().userName().isEmpty() ? QString() : serverKey();
    if (!previousServer.isEmpty() && previousServer != profile.credentialKey() &&
        !editors().isEmpty()) {
        // Another server or user: its companies go away (their drafts stay on this computer
        // and come back when that connection is used again); none is ever saved elsewhere.
        for (ContactEditor *editor : editors()) {
            if (editor->document())
                m_undo->removeStack(editor->document()->undoStack());
            m_tabs->removeTab(m_tabs->indexOf(editor));
            editor->deleteLater();
        }
        m_pendingDrafts.clear();
        statusBar()->showMessage(
            tr("The companies of the previous connection were closed; their drafts are kept."),
            10000);
    }
    const bool otherServer = m_client->profile().baseUrl() != profile.baseUrl() ||
                             m_client->profile().userName() != profile.userName() ||
                             m_client->profile().language() != profile.language();
    m_client->setProfile(profile);
    m_client->setSecret(secret);
    m_client->setAppToken(appToken);
    if (otherServer)
        m_lists->clear();
    if (m_drafts->isOpen()) {
        QJsonObject lists;
        for (const auto &[name, value] : m_drafts->cacheAll(serverKey(), QStringLiteral("mdolist")))
            lists.insert(name, value);
        m_lists->restore(lists);
    }
    loadRecent();
    // Unsent work from the last run comes back at once, signed in or not.
    reopenDrafts();
}

void MainWindow::verifyConnection(int openAfter)
{
    m_connection->setText(tr("Signing in to %1…").arg(m_client->profile().baseUrl().host()));
    CurrentPrincipalJob *job = m_client->currentPrincipal();
    job->setAutoDelete(true);
    connect(job, &ApiJob::finished, this, [this, openAfter](ApiJob *finished) {
        auto *job = static_cast<CurrentPrincipalJob *>(finished);
        if (job->succeeded()) {
            setSignedIn(job->principal());
            if (openAfter > 0)
                openContact(openAfter);
            return;
        }
        m_connection->setText(tr("Not connected: %1").arg(job->error().message()));
        if (job->error().kind() == ApiError::Kind::Unauthorized) {
            showConnectDialog(job->error().message());
        } else if (job->error().isTransient()) {
            // Work offline: drafts and cached companies stay editable; sign-in is retried
            // when the connection is back.
            m_connectivity->setOnline(false);
            if (openAfter > 0)
                openContact(openAfter);
            updateActions();
        }
    });
}

void MainWindow::setSignedIn(const QJsonObject &principal)
{
    m_signedIn = true;
    QString who = principal.value(QLatin1String("FullName")).toString();
    if (who.isEmpty())
        who = m_client->profile().userName();
    m_connection->setText(
        tr("Signed in as %1 at %2").arg(who, m_client->profile().baseUrl().host()));
    m_connectivity->setOnline(true);
    cacheForOffline();
    updateActions();
    emit signedIn(principal);
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
    if (!m_client->profile().baseUrl().isEmpty())
        m_connectDialog->setProfile(m_client->profile());
    m_connectDialog->setSavedProfiles(m_profiles->profiles(), m_credentials);
    connect(m_connectDialog, &ConnectDialog::removeRequested, this, [this](const QString &name) {
        if (const auto profile = m_profiles->profile(name)) {
            m_credentials->remove(profile->credentialKey());
            m_credentials->remove(profile->appTokenKey());
        }
        m_profiles->remove(name);
    });
    if (!message.isEmpty())
        m_connectDialog->setMessage(message);
    connect(m_connectDialog, &ConnectDialog::connected, this, &MainWindow::onConnected);
    m_connectDialog->open();
}

void MainWindow::onConnected(const ConnectionProfile &profile, const QString &secret,
                             const QString &appToken, bool remember, const QJsonObject &principal)
{
    useConnection(profile, secret, appToken);
    m_profiles->save(profile);
    m_profiles->setLastProfileName(profile.name());
    if (remember)
        m_credentials->write(profile.credentialKey(), secret);
    if (!appToken.isEmpty())
        m_credentials->write(profile.appTokenKey(), appToken);
    setSignedIn(principal);
    // Calls that failed for want of a valid sign-in run again.
    for (ContactEditor *editor : editors()) {
        if (editor->session()->lastError().kind() == ApiError::Kind::Unauthorized)
            editor->retry();
        else if (!editor->document() && !editor->session()->isBusy())
            editor->retry();
    }
    if (m_openAfterSignIn > 0) {
        openContact(m_openAfterSignIn);
        m_openAfterSignIn = 0;
    }
}
