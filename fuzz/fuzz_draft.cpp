// The draft loader (DraftStore reading a draft's row and its edit log, then the document and undo
// history rebuilt from it as a session does on reopening): whatever the file holds, a draft loads
// or is marked unreadable, and nothing else happens. The input is split at "\n--\n" lines into
// base, working, history, state, kind and up to three logged edits.

#include "fuzzsupport.h"

#include "draftstore.h"
#include "entitydocument.h"
#include "undohistory.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QString kServer = QStringLiteral("fuzz@sandbox");

struct Store
{
    Store()
    {
        Fuzz::ensureApplication();
        path = dir.filePath(QStringLiteral("drafts.sqlite"));
        QString error;
        CE_FUZZ_CHECK(drafts.open(path, &error), error);
        // A second connection that writes rows as raw bytes, as a damaged or foreign file would.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        CE_FUZZ_CHECK(db.open(), db.lastError().text());
    }

    QTemporaryDir dir;
    QString path;
    DraftStore drafts;
};

Store &store()
{
    static Store s;
    return s;
}

// Empty rather than NULL: those columns are NOT NULL in every file this program writes.
QString text(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    return s.isNull() ? QStringLiteral("") : s;
}

void exec(QSqlQuery &q)
{
    CE_FUZZ_CHECK(q.exec(), q.lastError().text());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Store &s = store();
    const QList<QByteArray> parts = Fuzz::parts(Fuzz::bytes(data, size), 8);
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw")));
    q.prepare(QStringLiteral("DELETE FROM draft_ops"));
    exec(q);
    q.prepare(QStringLiteral("DELETE FROM drafts"));
    exec(q);
    q.prepare(
        QStringLiteral("INSERT INTO drafts (id, server, contact_id, name, base, working, state, "
                       "history, kind) VALUES (1, ?, 7, 'x', ?, ?, ?, ?, ?)"));
    q.addBindValue(kServer);
    q.addBindValue(parts.at(0));
    q.addBindValue(parts.at(1));
    q.addBindValue(text(parts.at(3)));
    q.addBindValue(parts.at(2));
    q.addBindValue(text(parts.at(4)));
    exec(q);
    for (int i = 5; i < parts.size(); ++i) {
        if (parts.at(i).isEmpty())
            continue;
        q.prepare(QStringLiteral("INSERT INTO draft_ops (draft_id, op) VALUES (1, ?)"));
        q.addBindValue(parts.at(i));
        exec(q);
    }
    q.finish();

    const std::optional<Draft> draft = s.drafts.draft(1);
    CE_FUZZ_CHECK(draft.has_value(), s.drafts.lastError());
    CE_FUZZ_CHECK(s.drafts.drafts(kServer).size() == 1, s.drafts.lastError());
    (void)DraftStore::nameOf(draft->kind, draft->working);
    if (draft->state == Draft::State::Unreadable)
        return 0;
    // As EntitySession::adopt does when the draft is reopened.
    EntityDocument document(draft->kind, draft->base);
    if (draft->base != draft->working)
        document.restore(Carrier(draft->base), Carrier(draft->working));
    CE_FUZZ_CHECK(document.working() == draft->working,
                  QStringLiteral("the document does not hold the draft's working entity"));
    if (!draft->history.isEmpty() && UndoHistory::restore(&document, draft->history)) {
        CE_FUZZ_CHECK(document.working() == draft->working,
                      QStringLiteral("restoring history changed the working entity"));
        // Every step can be taken back and made again.
        QUndoStack *stack = document.undoStack();
        const int index = stack->index();
        while (stack->canUndo())
            stack->undo();
        while (stack->index() < index)
            stack->redo();
        CE_FUZZ_CHECK(document.working() == draft->working,
                      QStringLiteral("undo and redo of the history do not lead back"));
    }
    return 0;
}
