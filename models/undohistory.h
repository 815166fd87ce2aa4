#pragma once

#include <QJsonObject>

class EntityDocument;
class QUndoStack;

// The undo history of one open company as data, so a draft reopens with its steps: each step
// is its text and the edits it made, in order, with the values needed to take them back.
class UndoHistory
{
public:
    // The stack's steps, its index and its clean index, as JSON. Steps of kinds it does not
    // know make the history unsavable: an empty object then.
    static QJsonObject save(const QUndoStack *stack);
    // Rebuilds the document's undo stack from saved history, ending in the document's current
    // working entity. Returns false (leaving the document as it was) when the history does not
    // lead exactly there.
    static bool restore(EntityDocument *document, const QJsonObject &history);
};
