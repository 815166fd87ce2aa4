#pragma once

#include "entityedit.h"

#include <QUndoCommand>

class EntityDocument;

// The base of every undo step that changes a company: the step is its edits, so redo and undo
// are the same for all of them and the undo history can be saved without knowing each kind.
class DocumentCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;
    // What redo() changes, in order; a macro's children hold their own.
    const QList<EntityEdit> &edits() const { return m_edits; }

protected:
    DocumentCommand(EntityDocument *document, const QString &text, const QList<EntityEdit> &edits,
                    QUndoCommand *parent);

    EntityDocument *m_document;
    QList<EntityEdit> m_edits;
};
