#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class EntityDocument;
class DraftStore;

// Writes one open company through to the draft store as it changes: each edit as one small
// transaction, and a fresh snapshot after a reset (save, revert, merge) or every so many edits.
class DraftRecorder : public QObject
{
    Q_OBJECT

public:
    ~DraftRecorder() override;
    DraftRecorder(DraftStore *store, EntityDocument *document, qint64 draftId,
                  QObject *parent = nullptr);

    qint64 draftId() const { return m_draftId; }
    bool hasFailed() const { return m_failed; }
    void snapshot();
    void writeHistory();

    static constexpr int CompactAfter = 400;
    static constexpr int HistoryDelayMs = 500;

signals:
    // Writing failed (disk full, database gone): the user must be told their edits are at risk.
    void writeFailed(const QString &message);

private:
    DraftStore *m_store;
    QPointer<EntityDocument> m_document;
    qint64 m_draftId;
    int m_sinceSnapshot = 0;
    QTimer m_historyTimer;
    bool m_failed = false;
};
