#pragma once

#include "documentcommand.h"
#include "jsonpath.h"

class EntityDocument;

// Removes one element from a list member; undo puts it back where it was.
class RemoveElementCommand : public DocumentCommand
{
public:
    RemoveElementCommand(EntityDocument *document, const JsonPath &list, int row,
                         const QString &text, QUndoCommand *parent = nullptr);
};
