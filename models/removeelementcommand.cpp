#include "removeelementcommand.h"

#include "contactdocument.h"

RemoveElementCommand::RemoveElementCommand(ContactDocument *document, const JsonPath &list, int row,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_list(list)
    , m_row(row)
    , m_value(document->value(list.index(row)))
{}

void RemoveElementCommand::redo()
{
    m_document->applyRemove(m_list, m_row);
}

void RemoveElementCommand::undo()
{
    m_document->applyInsert(m_list, m_row, m_value);
}
