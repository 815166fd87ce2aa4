#pragma once

#include "documentcommand.h"
#include "jsonpath.h"

class ContactDocument;

// Moves one element of a list member; the order is the rank the server stores.
class MoveElementCommand : public DocumentCommand
{
public:
    MoveElementCommand(ContactDocument *document, const JsonPath &list, int from, int to,
                       const QString &text, QUndoCommand *parent = nullptr);
};
