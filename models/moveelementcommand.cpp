#include "moveelementcommand.h"

#include "contactdocument.h"

MoveElementCommand::MoveElementCommand(ContactDocument *document, const JsonPath &list, int from,
                                       int to, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_list(list)
    , m_from(from)
    , m_to(to)
{}

void MoveElementCommand::redo()
{
    m_document->applyMove(m_list, m_from, m_to);
}

void MoveElementCommand::undo()
{
    m_document->applyMove(m_list, m_to, m_from);
}
