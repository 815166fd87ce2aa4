#include "draftrecorder.h"

#include "entitydocument.h"
#include "draftstore.h"
#include "undohistory.h"

DraftRecorder::DraftRecorder(DraftStore *store, EntityDocument *document, qint64 draftId,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_document(document)
    , m_draftId(draftId)
{
    connect(document, &EntityDocument::editApplied, this, [this](const EntityEdit &edit) {
        if (++m_sinceSnapshot >= CompactAfter) {
            snapshot();
            return;
        }
        if (!m_store->record(m_draftId, edit, m_document->undoStack()->index())) {
            m_failed = true;
            emit writeFailed(m_store->lastError());
        }
    });
    connect(document, &EntityDocument::reset, this, &DraftRecorder::snapshot);
    // After a push, undo, redo or merge the stack is complete: keep its steps with the draft. The
    // edits themselves are already safe; the history only lets undo survive a restart, so it is
    // written once typing pauses rather than on every keystroke.
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(HistoryDelayMs);
    connect(&m_historyTimer, &QTimer::timeout, this, &DraftRecorder::writeHistory);
    connect(document->undoStack(), &QUndoStack::indexChanged, &m_historyTimer,
            qOverload<>(&QTimer::start));
}

DraftRecorder::~DraftRecorder()
{
    if (m_historyTimer.isActive())
        writeHistory();
}

void DraftRecorder::writeHistory()
{
    m_historyTimer.stop();
    if (m_document &&
        !m_store->writeHistory(m_draftId, UndoHistory::save(m_document->undoStack()))) {
        m_failed = true;
        emit writeFailed(m_store->lastError());
    }
}

void DraftRecorder::snapshot()
{
    if (!m_document)
        return;
    m_sinceSnapshot = 0;
    if (!m_store->writeSnapshot(m_draftId, m_document->base().json(), m_document->working(),
                                m_document->undoStack()->index())) {
        m_failed = true;
        emit writeFailed(m_store->lastError());
    }
    writeHistory();
}
