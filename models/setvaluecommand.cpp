#include "setvaluecommand.h"

#include "entitydocument.h"

namespace {

QList<EntityEdit> editsFor(const EntityDocument *document,
                           const QList<std::pair<JsonPath, QJsonValue>> &changes)
{
    QList<EntityEdit> edits;
    for (const auto &[path, value] : changes)
        edits.append(EntityEdit::changeMember(path, document->value(path), value));
    return edits;
}

} // namespace

SetValueCommand::SetValueCommand(EntityDocument *document,
                                 const QList<std::pair<JsonPath, QJsonValue>> &changes,
                                 const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, editsFor(document, changes), parent)
    , m_mergeable(changes.size() == 1)
    , m_epoch(document->mergeEpoch())
{}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_epoch != m_epoch ||
        next->m_edits.size() != 1 || !(next->m_edits.first().path == m_edits.first().path))
        return false;
    EntityEdit &edit = m_edits.first();
    edit = EntityEdit::changeMember(edit.path, edit.before, next->m_edits.first().after);
    // Typing back to where the step started leaves nothing to undo.
    setObsolete(edit.after == edit.before);
    return true;
}
