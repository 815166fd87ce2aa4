#include "documentcommand.h"

#include "entitydocument.h"

DocumentCommand::DocumentCommand(EntityDocument *document, const QString &text,
                                 const QList<EntityEdit> &edits, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_edits(edits)
{}

void DocumentCommand::redo()
{
    for (const EntityEdit &edit : std::as_const(m_edits))
        m_document->apply(edit);
}

void DocumentCommand::undo()
{
    for (auto it = m_edits.crbegin(); it != m_edits.crend(); ++it)
        m_document->apply(it->inverse());
}
