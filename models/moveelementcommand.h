#pragma once

#include "documentcommand.h"
#include "jsonpath.h"

class EntityDocument;

// Moves one element of a list member; the order is the rank the server stores.
class MoveElementCommand : public DocumentCommand
{
public:
    MoveElementCommand(EntityDocument *document, const JsonPath &list, int from, int to,
                       const QString &text, QUndoCommand *parent = nullptr);
};
