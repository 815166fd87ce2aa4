#include "entityeditor.h"

#include "conflictdialog.h"
#include "displaytext.h"
#include "fieldcatalogue.h"
#include "formsection.h"
#include "mdolistcache.h"
#include "messagebanner.h"
#include "plaintext.h"

#include <QGridLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

EntityEditor::EntityEditor(EntitySession *session, MdoListCache *lists, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lists(lists)
    , m_banner(new MessageBanner(this))
    , m_status(new MessageBanner(this))
    , m_busy(new MessageBanner(this))
    , m_progress(new QProgressBar(m_busy))
    , m_cancel(nullptr)
    , m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_status->setObjectName(QStringLiteral("statusBanner"));
    m_busy->setObjectName(QStringLiteral("busyBanner"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Working"));
    m_busy->layout()->addWidget(m_progress);
    m_cancel = m_busy->addButton(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, m_session, &EntitySession::cancel);
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_session, &EntitySession::documentReady, this, &EntityEditor::onDocumentReady);
    connect(m_session, &EntitySession::failed, this, &EntityEditor::onFailed);
    connect(m_session, &EntitySession::busyChanged, this, &EntityEditor::onBusy);
    connect(m_session, &EntitySession::retrying, m_banner, &QWidget::hide);
    connect(m_session, &EntitySession::mandatoryFieldsBlank, this,
            &EntityEditor::showBlankMandatory);
    connect(m_session, &EntitySession::saved, this, [this] {
        m_banner->hide();
        emit titleChanged();
    });
    connect(m_session, &EntitySession::queued, this, [this](const QString &message) {
        showInfo(message);
        emit draftStateChanged();
    });
    connect(m_session, &EntitySession::draftStateChanged, this, &EntityEditor::draftStateChanged);
    connect(m_session, &EntitySession::conflictsFound, this, &EntityEditor::onConflicts);
    connect(m_session, &EntitySession::mergedFromServer, this, [this](const QStringList &labels) {
        showInfo(tr("Changes someone made on the server were taken in before saving: %1.")
                     .arg(labels.join(QStringLiteral(", "))));
    });
    connect(m_session, &EntitySession::earlierCreateFound, this, &EntityEditor::onEarlierCreate);
    connect(m_session, &EntitySession::existingChosen, this, [this](int id) {
        // The user still decides what happens to this draft (close asks Save / Discard).
        emit existingRequested(id);
        showInfo(text(Text::ExistingOpened));
    });
    connect(m_session, &EntitySession::draftWriteFailed, this, [this](const QString &message) {
        m_banner->clearButtons();
        m_banner->show(MessageBanner::Kind::Error,
                       tr("Your changes could not be written to this computer's draft store: %1. "
                          "Save them to the "
                          "server as soon as you can.")
                           .arg(message));
    });
    // A session that is open already (shown again in a new editor).
    if (m_session->document())
        QMetaObject::invokeMethod(
            this, [this] { onDocumentReady(m_session->document()); }, Qt::QueuedConnection);
}

MdoListCache *EntityEditor::lists() const
{
    return m_lists;
}

void EntityEditor::showEvent(QShowEvent *event)
{
    ensureForm();
    QWidget::showEvent(event);
}

void EntityEditor::ensureForm()
{
    if (!m_sections.isEmpty())
        return;
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    m_sections = buildSections(content, grid);
    m_scroll->setWidget(content);
    content->setEnabled(false);
    if (EntityDocument *doc = document()) {
        for (FormSection *section : std::as_const(m_sections))
            section->setDocument(doc);
        content->setEnabled(true);
    }
    fixTabOrder();
}

void EntityEditor::fixTabOrder()
{
    if (m_sections.isEmpty())
        return;
    // Walk the whole chain once and sort the focusable fields by section, keeping each
    // section's own order.
    QList<QList<QWidget *>> buckets(m_sections.size());
    QWidget *start = m_scroll->widget();
    for (QWidget *w = start->nextInFocusChain(); w && w != start; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        for (qsizetype i = 0; i < m_sections.size(); ++i) {
            if (m_sections.at(i)->isAncestorOf(w)) {
                if (!buckets[i].contains(w))
                    buckets[i].append(w);
                break;
            }
        }
    }
    QList<QWidget *> chain;
    for (const QList<QWidget *> &bucket : std::as_const(buckets))
        chain += bucket;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void EntityEditor::showInfo(const QString &text)
{
    m_banner->clearButtons();
    m_banner->show(MessageBanner::Kind::Info, text);
    connect(m_banner->addButton(tr("&Dismiss")), &QPushButton::clicked, m_banner, &QWidget::hide);
}

void EntityEditor::onConflicts(const ThreeWayMerge::Result &result)
{
    auto *dialog = new ConflictDialog(title(), result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->resolveConflicts(dialog->choices()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->abandonSave();
        m_banner->clearButtons();
        m_banner->show(MessageBanner::Kind::Warning, text(Text::ConflictNotSaved));
        connect(m_banner->addButton(tr("&Choose…")), &QPushButton::clicked, this,
                [this] { save(); });
    });
    dialog->open();
}

void EntityEditor::onEarlierCreate(const QList<DuplicateEntry> &matches)
{
    m_banner->clearButtons();
    QStringList names;
    for (const DuplicateEntry &d : matches.mid(0, 3))
        names.append(DisplayText::line(d.name()));
    m_banner->show(MessageBanner::Kind::Warning,
                   text(Text::EarlierCreate).arg(names.join(QStringLiteral("; "))));
    for (const DuplicateEntry &d : matches.mid(0, 3)) {
        // contactId() is the id of the entity's own kind (a person's for a person).
        const int id = d.contactId();
        connect(m_banner->addButton(
                    tr("Yes, open %1").arg(PlainText::label(DisplayText::line(d.name())))),
                &QPushButton::clicked, this, [this, id] {
                    m_banner->hide();
                    m_session->resolveEarlierCreate(id);
                });
    }
    connect(m_banner->addButton(tr("No, &create it")), &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_session->resolveEarlierCreate(0);
    });
}

bool EntityEditor::isModified() const
{
    return document() && document()->isModified();
}

QString EntityEditor::title() const
{
    return m_session->displayName();
}

QString EntityEditor::description() const
{
    return DisplayText::line(title());
}

void EntityEditor::retry()
{
    m_banner->hide();
    m_session->retry();
}

bool EntityEditor::save()
{
    if (!document() || m_session->isBusy())
        return false;
    return m_session->save().isEmpty();
}

void EntityEditor::showBlankMandatory(const QStringList &missing)
{
    if (missing.isEmpty())
        return;
    QStringList labels;
    for (const QString &member : missing)
        labels.append(FieldCatalogue::label(member, kind()));
    m_banner->clearButtons();
    m_banner->show(MessageBanner::Kind::Error, tr("Fill in the required fields before saving: %1.")
                                                   .arg(labels.join(QStringLiteral(", "))));
    // Straight to the first one (editors are named after their members).
    if (QWidget *field = m_scroll->widget()
                             ? m_scroll->widget()->findChild<QWidget *>(missing.first())
                             : nullptr) {
        m_scroll->ensureWidgetVisible(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

void EntityEditor::revert()
{
    if (document())
        document()->revert();
    m_banner->hide();
}

void EntityEditor::onDocumentReady(EntityDocument *document)
{
    for (FormSection *section : std::as_const(m_sections))
        section->setDocument(document);
    if (m_scroll->widget())
        m_scroll->widget()->setEnabled(true);
    connect(document, &EntityDocument::modifiedChanged, this, &EntityEditor::modifiedChanged);
    connect(document, &EntityDocument::rightsChanged, this, &EntityEditor::updateStatusBanner);
    connect(document, &EntityDocument::reset, this, &EntityEditor::updateStatusBanner);
    connect(document, &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && isNameMember(path.at(0).key))
            emit titleChanged();
        if (!path.isEmpty() && (path.at(0).key == QLatin1String("Address") ||
                                path.at(0).key == QLatin1String("Country")))
            QMetaObject::invokeMethod(this, &EntityEditor::fixTabOrder, Qt::QueuedConnection);
    });
    connect(document, &EntityDocument::reset, this, &EntityEditor::fixTabOrder,
            Qt::QueuedConnection);
    updateStatusBanner();
    fixTabOrder();
    emit documentReady(document);
    emit titleChanged();
    emit modifiedChanged(document->isModified());
    if (hasForm() && isVisible()) {
        if (QWidget *first = firstField())
            first->setFocus();
    }
}

void EntityEditor::updateStatusBanner()
{
    if (!document())
        return;
    const FieldRights &rights = document()->rights();
    QStringList lines;
    MessageBanner::Kind kind = MessageBanner::Kind::Info;
    if (document()->entity().deleted() != 0) {
        lines.append(text(Text::Deleted));
        kind = MessageBanner::Kind::Warning;
    }
    if (!rights.canEditRecord())
        lines.append(text(Text::ViewOnly).arg(rights.recordReason()));
    if (lines.isEmpty())
        m_status->hide();
    else
        m_status->show(kind, lines.join(QLatin1Char('\n')));
}

void EntityEditor::onBusy(bool busy, const QString &text)
{
    if (busy)
        m_busy->show(MessageBanner::Kind::Busy, text + QStringLiteral("…"));
    else
        m_busy->hide();
}

void EntityEditor::onFailed(EntitySession::Operation operation, const ApiError &error)
{
    m_banner->clearButtons();
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_banner->show(MessageBanner::Kind::Info,
                       operation == EntitySession::Operation::Save
                           ? tr("Saving was cancelled. Your changes are kept.")
                           : tr("Cancelled."));
        connect(m_banner->addButton(tr("&Retry")), &QPushButton::clicked, this,
                &EntityEditor::retry);
        return;
    }
    QString what;
    switch (operation) {
    case EntitySession::Operation::Save:
        what = text(Text::SaveFailed);
        break;
    case EntitySession::Operation::Open:
        what = text(Text::OpenFailed);
        break;
    case EntitySession::Operation::Create:
        what = text(Text::CreateFailed);
        break;
    case EntitySession::Operation::None:
        break;
    }
    m_banner->show(MessageBanner::Kind::Error, what + QLatin1Char(' ') + error.message());
    if (error.kind() == ApiError::Kind::Unauthorized) {
        connect(m_banner->addButton(tr("&Sign in…")), &QPushButton::clicked, this,
                &EntityEditor::signInNeeded);
        emit signInNeeded();
    } else {
        connect(m_banner->addButton(tr("&Retry")), &QPushButton::clicked, this,
                &EntityEditor::retry);
    }
}
