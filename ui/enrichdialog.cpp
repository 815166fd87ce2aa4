#include "enrichdialog.h"

#include "displaytext.h"
#include "entitydocument.h"
#include "messagebanner.h"
#include "plaintext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

EnrichDialog::EnrichDialog(EnrichmentSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_document(session->document())
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_candidates(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_proposals(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Review changes >"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    // The dialog owns the enrichment it shows.
    m_session->setParent(this);
    const EntityDocument *document = m_document;
    setWindowTitle(tr("Enrich %1").arg(document->entity().name()));
    auto *layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("enrichBanner"));
    layout->addWidget(m_banner);

    // Page 1: candidates and the preview of the chosen one.
    auto *findPage = new QWidget(this);
    auto *find = new QVBoxLayout(findPage);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Company &name"), findPage);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("enrichSearch"));
    m_search->setAccessibleName(tr("Company name"));
    m_search->setText(document->entity().name());
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    find->addLayout(searchRow);
    auto *split = new QHBoxLayout;
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setAccessibleName(tr("Candidates"));
    split->addWidget(m_candidates, 1);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMinimumWidth(280);
    m_preview->setMargin(6);
    split->addWidget(m_preview, 1);
    find->addLayout(split, 1);
    m_pages->addWidget(findPage);

    // Page 2: the proposed changes, one checkbox each.
    auto *reviewPage = new QWidget(this);
    auto *review = new QVBoxLayout(reviewPage);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    review->addWidget(m_summary);
    m_proposals->setObjectName(QStringLiteral("proposals"));
    m_proposals->setAccessibleName(tr("Proposed changes"));
    m_proposals->setHeaderLabels({tr("Field"), tr("Now"), tr("Proposed")});
    m_proposals->setRootIsDecorated(false);
    m_proposals->setColumnWidth(0, 200);
    m_proposals->setColumnWidth(1, 220);
    review->addWidget(m_proposals, 1);
    m_pages->addWidget(reviewPage);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_searchButton->setAutoDefault(false);
    m_next->setDefault(true);

    connect(m_searchButton, &QPushButton::clicked, this, &EnrichDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &EnrichDialog::search);
    connect(m_candidates, &QListWidget::currentItemChanged, this, [this] {
        updateButtons();
        const QString id = currentEnrichId();
        m_preview->clear();
        if (!id.isEmpty())
            m_session->preview(id);
    });
    connect(m_candidates, &QListWidget::itemActivated, this, &EnrichDialog::review);
    connect(m_next, &QPushButton::clicked, this, &EnrichDialog::review);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        updateButtons();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        applyChecked();
        accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Cancel stops a call under way first; a second press closes.
        if (m_session->isBusy())
            m_session->cancel();
        else
            reject();
    });
    connect(m_proposals, &QTreeWidget::itemChanged, this, &EnrichDialog::updateButtons);
    connect(m_session, &EnrichmentSession::candidatesReady, this, &EnrichDialog::onCandidates);
    connect(m_session, &EnrichmentSession::previewReady, this, &EnrichDialog::onPreview);
    connect(m_session, &EnrichmentSession::proposalsReady, this, &EnrichDialog::onProposals);
    connect(m_session, &EnrichmentSession::failed, this, &EnrichDialog::onFailed);
    connect(m_session, &EnrichmentSession::busyChanged, this, &EnrichDialog::onBusy);
    updateButtons();
    resize(760, 460);
    search();
}

int EnrichDialog::page() const
{
    return m_pages->currentIndex();
}

QString EnrichDialog::previewText() const
{
    return m_preview->text();
}

QString EnrichDialog::currentEnrichId() const
{
    QListWidgetItem *item = m_candidates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void EnrichDialog::search()
{
    m_retry = [this] { search(); };
    m_candidates->clear();
    m_preview->clear();
    const QString iso = m_document ? m_document->entity().country().isoCode() : QString();
    m_session->search(m_search->text(), iso);
}

void EnrichDialog::onCandidates(const QList<MDOListItem> &candidates)
{
    m_candidates->clear();
    for (const MDOListItem &item : candidates) {
        // The service's text: hidden characters shown (DisplayText).
        const QString extra = item.toolTip().isEmpty()
                                  ? QString()
                                  : QStringLiteral(" — ") + DisplayText::line(item.toolTip());
        auto *row = new QListWidgetItem(DisplayText::line(item.name()) + extra, m_candidates);
        row->setData(Qt::UserRole, item.extraInfo());
        row->setToolTip(PlainText::toolTip(DisplayText::line(item.toolTip())));
    }
    if (candidates.isEmpty()) {
        m_banner->clearButtons();
        m_banner->show(
            MessageBanner::Kind::Info,
            tr("The enrichment service found no company named “%1”. Try another spelling.")
                .arg(m_search->text()));
    } else {
        m_banner->hide();
        m_candidates->setCurrentRow(0);
        m_candidates->setFocus();
    }
    updateButtons();
}

void EnrichDialog::onPreview(const PreviewContact &preview)
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(label + QStringLiteral(": ") + DisplayText::line(value.trimmed()));
    };
    add(tr("Name"), preview.name());
    const QString address = preview.address().composed();
    if (!address.isEmpty())
        lines.append(tr("Address:") + QLatin1Char('\n') + DisplayText::block(address));
    add(tr("Phone"), preview.phone());
    add(tr("Web"), preview.url());
    add(tr("E-mail"), preview.email());
    add(tr("Business"), preview.businessName());
    add(tr("Category"), preview.categoryName());
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

void EnrichDialog::review()
{
    const QString id = currentEnrichId();
    if (id.isEmpty())
        return;
    m_retry = [this] { review(); };
    m_session->enrich(id);
}

void EnrichDialog::onProposals(const QList<EnrichmentSession::Proposal> &proposals)
{
    m_proposals->clear();
    for (int i = 0; i < proposals.size(); ++i) {
        const EnrichmentSession::Proposal &p = proposals.at(i);
        QString label = DisplayText::line(p.change.label);
        if (p.change.kind == EntityChange::Kind::Added)
            label = tr("%1 (new)").arg(label);
        auto *item = new QTreeWidgetItem(m_proposals, {label, DisplayText::block(p.change.before),
                                                       DisplayText::block(p.change.after)});
        item->setData(0, Qt::UserRole, i);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (!p.allowed)
            flags &= ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setFlags(flags);
        item->setCheckState(0, p.recommended && p.allowed ? Qt::Checked : Qt::Unchecked);
        if (!p.note.isEmpty()) {
            for (int c = 0; c < 3; ++c)
                item->setToolTip(c, PlainText::toolTip(p.note));
        }
    }
    m_summary->setText(
        proposals.isEmpty()
            ? tr("The enrichment service has nothing new for this company.")
            : tr("%n change(s) proposed. Untick what you do not want; changes to fields you edited "
                 "yourself are unticked.",
                 nullptr, int(proposals.size())));
    m_pages->setCurrentIndex(1);
    updateButtons();
}

int EnrichDialog::applyChecked()
{
    QList<int> accepted;
    for (int i = 0; i < m_proposals->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_proposals->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            accepted.append(item->data(0, Qt::UserRole).toInt());
    }
    return m_session->apply(accepted);
}

void EnrichDialog::onFailed(const ApiError &error)
{
    m_banner->clearButtons();
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_banner->show(MessageBanner::Kind::Info, tr("Cancelled."));
    } else {
        m_banner->show(MessageBanner::Kind::Error, error.message());
    }
    if (m_retry) {
        connect(m_banner->addButton(tr("&Retry")), &QPushButton::clicked, this, [this] {
            m_banner->hide();
            m_retry();
        });
    }
}

void EnrichDialog::onBusy(bool busy, const QString &text)
{
    if (busy) {
        m_banner->clearButtons();
        m_banner->show(MessageBanner::Kind::Busy, text + QStringLiteral("…"));
    } else if (m_banner->kind() == MessageBanner::Kind::Busy) {
        m_banner->hide();
    }
    m_cancel->setText(busy ? tr("Stop") : tr("Cancel"));
    updateButtons();
}

void EnrichDialog::updateButtons()
{
    const bool busy = m_session->isBusy();
    const bool onReview = m_pages->currentIndex() == 1;
    m_back->setVisible(onReview);
    m_next->setVisible(!onReview);
    m_apply->setVisible(onReview);
    m_next->setEnabled(!busy && !currentEnrichId().isEmpty());
    m_searchButton->setEnabled(!busy);
    bool anyChecked = false;
    for (int i = 0; i < m_proposals->topLevelItemCount(); ++i)
        anyChecked = anyChecked || m_proposals->topLevelItem(i)->checkState(0) == Qt::Checked;
    m_apply->setEnabled(onReview && !busy && anyChecked);
}
