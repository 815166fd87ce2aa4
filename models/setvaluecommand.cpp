#include "setvaluecommand.h"

#include "contactdocument.h"

SetValueCommand::SetValueCommand(ContactDocument *document,
                                 const QList<std::pair<JsonPath, QJsonValue>> &changes,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_mergeable(changes.size() == 1)
    , m_epoch(document->mergeEpoch())
{
    for (const auto &[path, value] : changes)
        m_changes.append({path, document->value(path), value});
}

void SetValueCommand::redo()
{
    for (const Change &c : std::as_const(m_changes))
        m_document->applyValue(c.path, c.after);
}

void SetValueCommand::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_document->applyValue(it->path, it->before);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_epoch != m_epoch ||
        next->m_changes.size() != 1 || !(next->m_changes.first().path == m_changes.first().path))
        return false;
    m_changes.first().after = next->m_changes.first().after;
    // Typing back to where the step started leaves nothing to undo.
    setObsolete(m_changes.first().after == m_changes.first().before);
    return true;
}

QList<UndoHistory::Atom> SetValueCommand::atoms() const
{
    QList<UndoHistory::Atom> out;
    for (const Change &c : m_changes)
        out.append({UndoHistory::Atom::Kind::Set, c.path, c.before, c.after, -1, -1});
    return out;
}
