#include "entityedit.h"

#include <QJsonArray>

namespace {

using Kind = EntityEdit::Kind;

// What each kind is called on disk. toJson writes the first name of a kind; the others are what
// earlier versions wrote (the draft log: set, remove, insert, removeElement, move; the undo
// history: set, insert, remove, move), which fromJson keeps reading.
struct KindName
{
    const char *name;
    Kind kind;
};
constexpr KindName kKindNames[] = {
    {"setMember", Kind::SetMember},
    {"removeMember", Kind::RemoveMember},
    {"insertElement", Kind::InsertElement},
    {"removeElement", Kind::RemoveElement},
    {"moveElement", Kind::MoveElement},
    {"set", Kind::SetMember},
    {"insert", Kind::InsertElement},
    {"move", Kind::MoveElement},
    // The draft log meant a member, the undo history an element; see fromJson.
    {"remove", Kind::RemoveMember},
};

const QLatin1String kKind("k");
const QLatin1String kPath("p");
const QLatin1String kBefore("b");
const QLatin1String kAfter("a");
const QLatin1String kFrom("f");
const QLatin1String kTo("t");
// The draft log's value before it kept both sides of a change.
const QLatin1String kLegacyValue("v");

bool removeMember(QJsonObject &entity, const JsonPath &path)
{
    if (path.size() == 1) {
        entity.remove(path.at(0).key);
        return true;
    }
    const QJsonValue parent = path.parent().get(entity);
    if (!parent.isObject())
        return false;
    QJsonObject o = parent.toObject();
    o.remove(path.last().key);
    return path.parent().set(entity, o);
}

} // namespace

EntityEdit EntityEdit::changeMember(const JsonPath &path, const QJsonValue &before,
                                    const QJsonValue &after)
{
    return {
        after.isUndefined() ? Kind::RemoveMember : Kind::SetMember, path, before, after, -1, -1};
}

EntityEdit EntityEdit::insertElement(const JsonPath &list, int row, const QJsonValue &element)
{
    return {Kind::InsertElement, list, QJsonValue(QJsonValue::Undefined), element, row, -1};
}

EntityEdit EntityEdit::removeElement(const JsonPath &list, int row, const QJsonValue &element)
{
    return {Kind::RemoveElement, list, element, QJsonValue(QJsonValue::Undefined), row, -1};
}

EntityEdit EntityEdit::moveElement(const JsonPath &list, int from, int to)
{
    return {Kind::MoveElement,
            list,
            QJsonValue(QJsonValue::Undefined),
            QJsonValue(QJsonValue::Undefined),
            from,
            to};
}

EntityEdit EntityEdit::inverse() const
{
    EntityEdit back = *this;
    std::swap(back.before, back.after);
    switch (kind) {
    case Kind::SetMember:
    case Kind::RemoveMember:
        // Taking back the set of a member that did not exist removes it.
        back.kind = back.after.isUndefined() ? Kind::RemoveMember : Kind::SetMember;
        break;
    case Kind::InsertElement:
        back.kind = Kind::RemoveElement;
        break;
    case Kind::RemoveElement:
        back.kind = Kind::InsertElement;
        break;
    case Kind::MoveElement:
        std::swap(back.from, back.to);
        break;
    }
    return back;
}

bool EntityEdit::applyTo(QJsonObject &entity) const
{
    switch (kind) {
    case Kind::SetMember:
        return path.set(entity, after);
    case Kind::RemoveMember:
        return removeMember(entity, path);
    case Kind::InsertElement:
    case Kind::RemoveElement:
    case Kind::MoveElement: {
        const QJsonValue current = path.get(entity);
        if (!current.isArray() && !(kind == Kind::InsertElement && current.isUndefined()))
            return false;
        QJsonArray a = current.toArray();
        if (kind == Kind::InsertElement) {
            if (from < 0 || from > a.size())
                return false;
            a.insert(from, after);
        } else if (kind == Kind::RemoveElement) {
            if (from < 0 || from >= a.size())
                return false;
            a.removeAt(from);
        } else {
            if (from < 0 || from >= a.size() || to < 0 || to >= a.size())
                return false;
            const QJsonValue v = a.takeAt(from);
            a.insert(to, v);
        }
        return path.set(entity, a);
    }
    }
    return false;
}

QJsonObject EntityEdit::toJson() const
{
    QJsonObject o{{kPath, path.toString()}};
    for (const KindName &k : kKindNames) {
        if (k.kind == kind) {
            o.insert(kKind, QString::fromLatin1(k.name));
            break;
        }
    }
    // Undefined is not JSON: a missing "b" or "a" stands for it.
    if (!before.isUndefined())
        o.insert(kBefore, before);
    if (!after.isUndefined())
        o.insert(kAfter, after);
    if (from >= 0)
        o.insert(kFrom, from);
    if (to >= 0)
        o.insert(kTo, to);
    return o;
}

std::optional<EntityEdit> EntityEdit::fromJson(const QJsonObject &json)
{
    const QString name = json.value(kKind).toString();
    const KindName *known = nullptr;
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            known = &k;
            break;
        }
    }
    bool ok = false;
    EntityEdit edit;
    edit.path = JsonPath::fromString(json.value(kPath).toString(), &ok);
    if (!known || !ok || edit.path.isEmpty())
        return std::nullopt;
    edit.kind = known->kind;
    edit.before = json.value(kBefore);
    edit.after = json.contains(kAfter) ? json.value(kAfter) : json.value(kLegacyValue);
    edit.from = json.value(kFrom).toInt(-1);
    edit.to = json.value(kTo).toInt(-1);
    // The old "remove": the undo history's always had the row, the draft log's never did.
    if (name == QLatin1String("remove") && edit.from >= 0)
        edit.kind = Kind::RemoveElement;
    // The undo history wrote the removal of a member as a set to nothing.
    if (edit.kind == Kind::SetMember && edit.after.isUndefined())
        edit.kind = Kind::RemoveMember;
    return edit;
}
