#include "removeelementcommand.h"

#include "entitydocument.h"

RemoveElementCommand::RemoveElementCommand(EntityDocument *document, const JsonPath &list, int row,
                                           const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text,
                      {EntityEdit::removeElement(list, row, document->value(list.index(row)))},
                      parent)
{}
