#include "contacteditor.h"

#include "addresssection.h"
#include "classificationsection.h"
#include "communicationsection.h"
#include "conflictdialog.h"
#include "customfieldssection.h"
#include "descriptionsection.h"
#include "fieldcatalogue.h"
#include "identitysection.h"
#include "interestssection.h"
#include "mdolistcache.h"
#include "messagebanner.h"
#include "personssection.h"
#include "plaintext.h"
#include "recordinfosection.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ContactEditor::ContactEditor(ContactSession *session, MdoListCache *lists, QWidget *parent)
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
    connect(m_cancel, &QPushButton::clicked, m_session, &ContactSession::cancel);
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_session, &ContactSession::documentReady, this, &ContactEditor::onDocumentReady);
    connect(m_session, &ContactSession::failed, this, &ContactEditor::onFailed);
    connect(m_session, &ContactSession::busyChanged, this, &ContactEditor::onBusy);
    connect(m_session, &ContactSession::retrying, m_banner, &QWidget::hide);
    connect(m_session, &ContactSession::mandatoryFieldsBlank, this,
            &ContactEditor::showBlankMandatory);
    connect(m_session, &ContactSession::possibleDuplicates, this,
            &ContactEditor::showPossibleDuplicates);
    connect(m_session, &ContactSession::saved, this, [this] {
        m_banner->hide();
        emit savedContact(contactId(), title());
        emit titleChanged();
    });
    connect(m_session, &ContactSession::queued, this, [this](const QString &message) {
        showInfo(message);
        emit draftStateChanged();
    });
    connect(m_session, &ContactSession::draftStateChanged, this, &ContactEditor::draftStateChanged);
    connect(m_session, &ContactSession::conflictsFound, this, &ContactEditor::onConflicts);
    connect(m_session, &ContactSession::mergedFromServer, this, [this](const QStringList &labels) {
        showInfo(tr("Changes someone made on the server were taken in before saving: %1.")
                     .arg(labels.join(QStringLiteral(", "))));
    });
    connect(m_session, &ContactSession::earlierCreateFound, this, &ContactEditor::onEarlierCreate);
    connect(m_session, &ContactSession::existingCompanyChosen, this, [this](int id) {
        // The user still decides what happens to this draft (close asks Save / Discard).
        emit openContactRequested(id);
        showInfo(tr("The existing company is open in its own tab. This new one was not saved; "
                    "close it when "
                    "you no longer need it."));
    });
    connect(m_session, &ContactSession::draftWriteFailed, this, [this](const QString &message) {
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

void ContactEditor::showEvent(QShowEvent *event)
{
    ensureForm();
    QWidget::showEvent(event);
}

void ContactEditor::ensureForm()
{
    if (!m_sections.isEmpty())
        return;
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    auto *identity = new IdentitySection(content);
    auto *classification = new ClassificationSection(content);
    auto *communication = new CommunicationSection(content);
    auto *address = new AddressSection(content);
    auto *interests = new InterestsSection(content);
    auto *description = new DescriptionSection(content);
    auto *custom = new CustomFieldsSection(content);
    auto *persons = new PersonsSection(content);
    auto *record = new RecordInfoSection(content);
    grid->addWidget(identity, 0, 0);
    grid->addWidget(classification, 0, 1);
    grid->addWidget(communication, 1, 0, 1, 2);
    grid->addWidget(address, 2, 0);
    grid->addWidget(interests, 2, 1);
    grid->addWidget(description, 3, 0);
    grid->addWidget(custom, 3, 1);
    grid->addWidget(persons, 4, 0, 1, 2);
    grid->addWidget(record, 5, 0, 1, 2);
    grid->setRowStretch(6, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_sections = {identity,    classification, communication, address, interests,
                  description, custom,         persons,       record};
    classification->setListCache(m_lists);
    connect(identity->nameEdit(), &QLineEdit::editingFinished, m_session,
            &ContactSession::checkForDuplicates);
    m_scroll->setWidget(content);
    content->setEnabled(false);
    if (ContactDocument *doc = document()) {
        for (FormSection *section : std::as_const(m_sections))
            section->setDocument(doc);
        content->setEnabled(true);
    }
    fixTabOrder();
}

void ContactEditor::fixTabOrder()
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

void ContactEditor::showInfo(const QString &text)
{
    m_banner->clearButtons();
    m_banner->show(MessageBanner::Kind::Info, text);
    connect(m_banner->addButton(tr("&Dismiss")), &QPushButton::clicked, m_banner, &QWidget::hide);
}

void ContactEditor::onConflicts(const ThreeWayMerge::Result &result)
{
    auto *dialog = new ConflictDialog(title(), result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->resolveConflicts(dialog->choices()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->abandonSave();
        m_banner->clearButtons();
        m_banner->show(
            MessageBanner::Kind::Warning,
            tr("Not saved: someone changed this company on the server too, and you have not chosen "
               "which values to keep. Your changes are kept."));
        connect(m_banner->addButton(tr("&Choose…")), &QPushButton::clicked, this,
                [this] { save(); });
    });
    dialog->open();
}

void ContactEditor::onEarlierCreate(const QList<DuplicateEntry> &matches)
{
    m_banner->clearButtons();
    QStringList names;
    for (const DuplicateEntry &d : matches.mid(0, 3))
        names.append(d.name());
    m_banner->show(MessageBanner::Kind::Warning, tr("An earlier attempt to create this company got "
                                                    "no answer, and the server now has: %1. Was "
                                                    "it created then?")
                                                     .arg(names.join(QStringLiteral("; "))));
    for (const DuplicateEntry &d : matches.mid(0, 3)) {
        const int id = d.contactId();
        connect(m_banner->addButton(tr("Yes, open %1").arg(PlainText::label(d.name()))),
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

bool ContactEditor::isModified() const
{
    return document() && document()->isModified();
}

QString ContactEditor::title() const
{
    return m_session->displayName();
}

void ContactEditor::retry()
{
    m_banner->hide();
    m_session->retry();
}

bool ContactEditor::save()
{
    if (!document() || m_session->isBusy())
        return false;
    return m_session->save().isEmpty();
}

void ContactEditor::showBlankMandatory(const QStringList &missing)
{
    if (missing.isEmpty())
        return;
    QStringList labels;
    for (const QString &member : missing)
        labels.append(FieldCatalogue::label(member));
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

void ContactEditor::revert()
{
    if (document())
        document()->revert();
    m_banner->hide();
}

void ContactEditor::onDocumentReady(ContactDocument *document)
{
    for (FormSection *section : std::as_const(m_sections))
        section->setDocument(document);
    if (m_scroll->widget())
        m_scroll->widget()->setEnabled(true);
    connect(document, &ContactDocument::modifiedChanged, this, &ContactEditor::modifiedChanged);
    connect(document, &ContactDocument::rightsChanged, this, &ContactEditor::updateStatusBanner);
    connect(document, &ContactDocument::reset, this, &ContactEditor::updateStatusBanner);
    connect(document, &ContactDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && path.at(0).key == QLatin1String("Name"))
            emit titleChanged();
        if (!path.isEmpty() && (path.at(0).key == QLatin1String("Address") ||
                                path.at(0).key == QLatin1String("Country")))
            QMetaObject::invokeMethod(this, &ContactEditor::fixTabOrder, Qt::QueuedConnection);
    });
    connect(document, &ContactDocument::reset, this, &ContactEditor::fixTabOrder,
            Qt::QueuedConnection);
    updateStatusBanner();
    fixTabOrder();
    emit documentReady(document);
    emit titleChanged();
    emit modifiedChanged(document->isModified());
    if (hasForm() && isVisible()) {
        if (auto *identity = section<IdentitySection>())
            identity->nameEdit()->setFocus();
    }
}

void ContactEditor::updateStatusBanner()
{
    if (!document())
        return;
    const ContactEntity entity = document()->entity();
    const FieldRights &rights = document()->rights();
    QStringList lines;
    MessageBanner::Kind kind = MessageBanner::Kind::Info;
    if (entity.deleted() != 0) {
        lines.append(tr("This company is marked as deleted in SuperOffice."));
        kind = MessageBanner::Kind::Warning;
    }
    if (!rights.canEditRecord())
        lines.append(
            tr("You can view this company but not change it: %1").arg(rights.recordReason()));
    if (lines.isEmpty())
        m_status->hide();
    else
        m_status->show(kind, lines.join(QLatin1Char('\n')));
}

void ContactEditor::onBusy(bool busy, const QString &text)
{
    if (busy)
        m_busy->show(MessageBanner::Kind::Busy, text + QStringLiteral("…"));
    else
        m_busy->hide();
}

void ContactEditor::onFailed(ContactSession::Operation operation, const ApiError &error)
{
    m_banner->clearButtons();
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_banner->show(MessageBanner::Kind::Info,
                       operation == ContactSession::Operation::Save
                           ? tr("Saving was cancelled. Your changes are kept.")
                           : tr("Cancelled."));
        connect(m_banner->addButton(tr("&Retry")), &QPushButton::clicked, this,
                &ContactEditor::retry);
        return;
    }
    QString text;
    switch (operation) {
    case ContactSession::Operation::Save:
        text = tr("The company was not saved. Your changes are kept.");
        break;
    case ContactSession::Operation::Open:
        text = tr("The company could not be opened.");
        break;
    case ContactSession::Operation::Create:
        text = tr("A new company could not be started.");
        break;
    case ContactSession::Operation::None:
        break;
    }
    m_banner->show(MessageBanner::Kind::Error, text + QLatin1Char(' ') + error.message());
    if (error.kind() == ApiError::Kind::Unauthorized) {
        connect(m_banner->addButton(tr("&Sign in…")), &QPushButton::clicked, this,
                &ContactEditor::signInNeeded);
        emit signInNeeded();
    } else {
        connect(m_banner->addButton(tr("&Retry")), &QPushButton::clicked, this,
                &ContactEditor::retry);
    }
}

void ContactEditor::showPossibleDuplicates(const QList<DuplicateEntry> &matches)
{
    QStringList names;
    for (const DuplicateEntry &d : matches.mid(0, 3))
        names.append(d.name());
    m_banner->clearButtons();
    m_banner->show(MessageBanner::Kind::Warning,
                   tr("This company may already exist: %1. Open the existing one instead?")
                       .arg(names.join(QStringLiteral("; "))));
    for (const DuplicateEntry &d : matches.mid(0, 3)) {
        const int id = d.contactId();
        connect(m_banner->addButton(tr("Open %1").arg(PlainText::label(d.name()))),
                &QPushButton::clicked, this, [this, id] { emit openContactRequested(id); });
    }
    connect(m_banner->addButton(tr("&Keep new")), &QPushButton::clicked, m_banner, &QWidget::hide);
}
