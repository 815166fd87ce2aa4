#pragma once

#include "undohistory.h"

#include <QUndoCommand>

class ContactDocument;

// An undo step rebuilt from a draft's saved history: redoes and undoes its recorded changes.
class ReplayCommand : public QUndoCommand
{
public:
    ReplayCommand(ContactDocument *document, const UndoHistory::Step &step);

    void undo() override;
    void redo() override;
    const UndoHistory::Step &step() const { return m_step; }

private:
    ContactDocument *m_document;
    UndoHistory::Step m_step;
};
