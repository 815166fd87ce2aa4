#pragma once

#include "jsonpath.h"

#include <optional>
#include <QJsonObject>
#include <QJsonValue>

// One change of a company's entity, with what it replaced, so it can be replayed and taken back:
// the one description of an edit that undo, the draft log, review and merge all share.
struct EntityEdit
{
    enum class Kind {
        SetMember,     // path: the member; before: the old value (undefined: it did not exist)
        RemoveMember,  // path: the member; before: the removed value (undefined: not known)
        InsertElement, // path: the list; from: the row; after: the element
        RemoveElement, // path: the list; from: the row; before: the element (undefined: not known)
        MoveElement,   // path: the list; from and to: the rows
    };

    Kind kind = Kind::SetMember;
    JsonPath path;
    QJsonValue before = QJsonValue(QJsonValue::Undefined);
    QJsonValue after = QJsonValue(QJsonValue::Undefined);
    int from = -1;
    int to = -1;

    // A member taking a new value; an undefined after removes the member.
    static EntityEdit changeMember(const JsonPath &path, const QJsonValue &before,
                                   const QJsonValue &after);
    static EntityEdit insertElement(const JsonPath &list, int row, const QJsonValue &element);
    static EntityEdit removeElement(const JsonPath &list, int row, const QJsonValue &element);
    static EntityEdit moveElement(const JsonPath &list, int from, int to);

    // The edit that takes this one back.
    EntityEdit inverse() const;
    // Makes the change on an entity; false when it does not fit (a corrupt log or history).
    bool applyTo(QJsonObject &entity) const;

    QJsonObject toJson() const;
    // Reads what toJson wrote, and what earlier versions wrote to the draft log and the undo
    // history (drafts outlive updates); nullopt for anything else.
    static std::optional<EntityEdit> fromJson(const QJsonObject &json);

    bool operator==(const EntityEdit &) const = default;
};
