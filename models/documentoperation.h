#pragma once

#include "jsonpath.h"

#include <QJsonObject>

// One change as the document applied it (set a value, insert, remove or move a list element):
// small enough to write through to the draft store on every edit and replay after a crash.
struct DocumentOperation
{
    enum class Kind { Set, Remove, Insert, RemoveElement, Move };

    Kind kind = Kind::Set;
    JsonPath path;    // the value (Set, Remove) or the list (element kinds)
    QJsonValue value; // Set, Insert
    int from = -1;    // RemoveElement, Move, Insert (position)
    int to = -1;      // Move

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, DocumentOperation *op);
    // Replays the operation on an entity; false when it does not fit (a corrupt log).
    bool applyTo(QJsonObject &entity) const;
};
