#include "insertelementcommand.h"

InsertElementCommand::InsertElementCommand(EntityDocument *document, const JsonPath &list, int row,
                                           const QJsonValue &value, const QString &text,
                                           QUndoCommand *parent)
    : DocumentCommand(document, text, {EntityEdit::insertElement(list, row, value)}, parent)
{}
