#include "moveelementcommand.h"

MoveElementCommand::MoveElementCommand(EntityDocument *document, const JsonPath &list, int from,
                                       int to, const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, {EntityEdit::moveElement(list, from, to)}, parent)
{}
