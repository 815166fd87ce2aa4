#include "removeelementcommand.h"

#include "contactdocument.h"

RemoveElementCommand::RemoveElementCommand(ContactDocument *document, const JsonPath &list, int row,
                                           const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text,
                      {EntityEdit::removeElement(list, row, document->value(list.index(row)))},
                      parent)
{}
