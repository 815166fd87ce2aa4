#pragma once

#include "documentoperation.h"

#include <QCoreApplication>
#include <QJsonObject>

class ContactDocument;
class QUndoStack;

// The undo history of one open company as data, so a draft reopens with its steps: each step
// is its text and the changes it made, in order, with the values needed to take them back.
class UndoHistory
{
public:
    struct Atom
    {
        enum class Kind { Set, Insert, Remove, Move };
        Kind kind = Kind::Set;
        JsonPath path;
        QJsonValue
            before; // Set: the old value (undefined: the member did not exist); Remove: the element
        QJsonValue after; // Set: the new value; Insert: the element
        int from = -1;    // Insert, Remove: the row; Move: from
        int to = -1;      // Move

        DocumentOperation forward() const;
        DocumentOperation backward() const;
        QJsonObject toJson() const;
        static bool fromJson(const QJsonObject &json, Atom *atom);
    };

    struct Step
    {
        QString text;
        QList<Atom> atoms;
    };

    // The stack's steps, its index and its clean index, as JSON. Steps of kinds it does not
    // know make the history unsavable: an empty object then.
    static QJsonObject save(const QUndoStack *stack);
    // Rebuilds the document's undo stack from saved history, ending in the document's current
    // working entity. Returns false (leaving the document as it was) when the history does not
    // lead exactly there.
    static bool restore(ContactDocument *document, const QJsonObject &history);
};
