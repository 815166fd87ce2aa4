#include "insertelementcommand.h"

#include "contactdocument.h"

InsertElementCommand::InsertElementCommand(ContactDocument *document, const JsonPath &list, int row,
                                           const QJsonValue &value, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_list(list)
    , m_row(row)
    , m_value(value)
{}

void InsertElementCommand::redo()
{
    m_document->applyInsert(m_list, m_row, m_value);
}

void InsertElementCommand::undo()
{
    m_document->applyRemove(m_list, m_row);
}
