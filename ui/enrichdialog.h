#pragma once

#include "enrichmentsession.h"

#include <QDialog>

class EntityDocument;
class MessageBanner;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// Enrich: find the company among the enrichment service's candidates, preview the chosen one,
// then review each change it proposes (current → proposed, a checkbox each) and apply the
// accepted ones as one undoable step. Nothing is saved until the user saves.
class EnrichDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes the session (from Workspace::startEnrichment), which has a document.
    explicit EnrichDialog(EnrichmentSession *session, QWidget *parent = nullptr);

    EnrichmentSession *session() const { return m_session; }
    QListWidget *candidates() const { return m_candidates; }
    QTreeWidget *proposals() const { return m_proposals; }
    QLineEdit *searchEdit() const { return m_search; }
    MessageBanner *banner() const { return m_banner; }
    QString previewText() const;
    int page() const;

    void search();
    // Moves on from the chosen candidate to the proposed changes.
    void review();
    // Applies the ticked proposals; returns how many.
    int applyChecked();

private:
    void onCandidates(const QList<MDOListItem> &candidates);
    void onPreview(const PreviewContact &preview);
    void onProposals(const QList<EnrichmentSession::Proposal> &proposals);
    void onFailed(const ApiError &error);
    void onBusy(bool busy, const QString &text);
    void updateButtons();
    QString currentEnrichId() const;

    EnrichmentSession *m_session;
    EntityDocument *m_document;
    MessageBanner *m_banner;
    QStackedWidget *m_pages;
    QLineEdit *m_search;
    QListWidget *m_candidates;
    QLabel *m_preview;
    QTreeWidget *m_proposals;
    QLabel *m_summary;
    QPushButton *m_searchButton;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    std::function<void()> m_retry;
};
