#include "replaycommand.h"

#include "contactdocument.h"

ReplayCommand::ReplayCommand(ContactDocument *document, const UndoHistory::Step &step)
    : QUndoCommand(step.text)
    , m_document(document)
    , m_step(step)
{}

void ReplayCommand::redo()
{
    for (const UndoHistory::Atom &atom : std::as_const(m_step.atoms))
        m_document->applyOperation(atom.forward());
}

void ReplayCommand::undo()
{
    for (auto it = m_step.atoms.crbegin(); it != m_step.atoms.crend(); ++it)
        m_document->applyOperation(it->backward());
}
