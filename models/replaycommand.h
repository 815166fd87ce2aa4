#pragma once

#include "documentcommand.h"

class EntityDocument;

// An undo step rebuilt from a draft's saved history: redoes and undoes its recorded edits.
class ReplayCommand : public DocumentCommand
{
public:
    ReplayCommand(EntityDocument *document, const QString &text, const QList<EntityEdit> &edits);
};
