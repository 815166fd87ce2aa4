#include "undohistory.h"

#include "contactdocument.h"
#include "insertelementcommand.h"
#include "moveelementcommand.h"
#include "removeelementcommand.h"
#include "replaycommand.h"
#include "setvaluecommand.h"

#include <QJsonArray>
#include <QUndoStack>

namespace {

const char *const kKinds[] = {"set", "insert", "remove", "move"};

// The atoms of one command, children (a macro) in order; false for a command of another kind.
bool atomsOf(const QUndoCommand *command, QList<UndoHistory::Atom> &out)
{
    if (const auto *c = dynamic_cast<const SetValueCommand *>(command)) {
        out += c->atoms();
    } else if (const auto *c = dynamic_cast<const InsertElementCommand *>(command)) {
        out += c->atom();
    } else if (const auto *c = dynamic_cast<const RemoveElementCommand *>(command)) {
        out += c->atom();
    } else if (const auto *c = dynamic_cast<const MoveElementCommand *>(command)) {
        out += c->atom();
    } else if (const auto *c = dynamic_cast<const ReplayCommand *>(command)) {
        out += c->step().atoms;
    } else if (command->childCount() > 0) {
        // A macro: its children did the work.
    } else {
        return false;
    }
    for (int i = 0; i < command->childCount(); ++i) {
        if (!atomsOf(command->child(i), out))
            return false;
    }
    return true;
}

} // namespace

DocumentOperation UndoHistory::Atom::forward() const
{
    switch (kind) {
    case Kind::Set:
        return {after.isUndefined() ? DocumentOperation::Kind::Remove
                                    : DocumentOperation::Kind::Set,
                path, after, -1, -1};
    case Kind::Insert:
        return {DocumentOperation::Kind::Insert, path, after, from, -1};
    case Kind::Remove:
        return {DocumentOperation::Kind::RemoveElement, path, QJsonValue(), from, -1};
    case Kind::Move:
        return {DocumentOperation::Kind::Move, path, QJsonValue(), from, to};
    }
    return {};
}

DocumentOperation UndoHistory::Atom::backward() const
{
    switch (kind) {
    case Kind::Set:
        return {before.isUndefined() ? DocumentOperation::Kind::Remove
                                     : DocumentOperation::Kind::Set,
                path, before, -1, -1};
    case Kind::Insert:
        return {DocumentOperation::Kind::RemoveElement, path, QJsonValue(), from, -1};
    case Kind::Remove:
        return {DocumentOperation::Kind::Insert, path, before, from, -1};
    case Kind::Move:
        return {DocumentOperation::Kind::Move, path, QJsonValue(), to, from};
    }
    return {};
}

QJsonObject UndoHistory::Atom::toJson() const
{
    QJsonObject o{{QStringLiteral("k"), QString::fromLatin1(kKinds[int(kind)])},
                  {QStringLiteral("p"), path.toString()}};
    // Undefined is not JSON: a missing "b"/"a" stands for it.
    if (!before.isUndefined())
        o.insert(QStringLiteral("b"), before);
    if (!after.isUndefined())
        o.insert(QStringLiteral("a"), after);
    if (from >= 0)
        o.insert(QStringLiteral("f"), from);
    if (to >= 0)
        o.insert(QStringLiteral("t"), to);
    return o;
}

bool UndoHistory::Atom::fromJson(const QJsonObject &json, Atom *atom)
{
    const QString kind = json.value(QLatin1String("k")).toString();
    int k = -1;
    for (int i = 0; i < 4; ++i) {
        if (kind == QLatin1String(kKinds[i]))
            k = i;
    }
    bool ok = false;
    atom->path = JsonPath::fromString(json.value(QLatin1String("p")).toString(), &ok);
    if (k < 0 || !ok || atom->path.isEmpty())
        return false;
    atom->kind = Kind(k);
    atom->before = json.value(QLatin1String("b"));
    atom->after = json.value(QLatin1String("a"));
    atom->from = json.value(QLatin1String("f")).toInt(-1);
    atom->to = json.value(QLatin1String("t")).toInt(-1);
    return true;
}

QJsonObject UndoHistory::save(const QUndoStack *stack)
{
    QJsonArray steps;
    for (int i = 0; i < stack->count(); ++i) {
        const QUndoCommand *command = stack->command(i);
        QList<Atom> atoms;
        if (!atomsOf(command, atoms))
            return {};
        QJsonArray list;
        for (const Atom &a : std::as_const(atoms))
            list.append(a.toJson());
        steps.append(QJsonObject{{QStringLiteral("text"), command->text()},
                                 {QStringLiteral("atoms"), list}});
    }
    return {{QStringLiteral("steps"), steps},
            {QStringLiteral("index"), stack->index()},
            {QStringLiteral("clean"), stack->cleanIndex()}};
}

bool UndoHistory::restore(ContactDocument *document, const QJsonObject &history)
{
    const QJsonArray raw = history.value(QLatin1String("steps")).toArray();
    const int index = history.value(QLatin1String("index")).toInt(-1);
    const int clean = history.value(QLatin1String("clean")).toInt(-1);
    if (raw.isEmpty() || index < 0 || index > raw.size())
        return false;
    QList<Step> steps;
    for (const QJsonValue &v : raw) {
        Step step;
        step.text = v.toObject().value(QLatin1String("text")).toString();
        for (const QJsonValue &a : v.toObject().value(QLatin1String("atoms")).toArray()) {
            Atom atom;
            if (!Atom::fromJson(a.toObject(), &atom))
                return false;
            step.atoms.append(atom);
        }
        steps.append(step);
    }
    // Rehearse on a copy first: back from the current state to before the first step, then
    // forward through every step and back to the saved index must land exactly where we are.
    const QJsonObject current = document->working();
    QJsonObject state = current;
    for (int i = index - 1; i >= 0; --i) {
        for (auto it = steps[i].atoms.crbegin(); it != steps[i].atoms.crend(); ++it) {
            if (!it->backward().applyTo(state))
                return false;
        }
    }
    const QJsonObject start = state;
    for (int i = 0; i < steps.size(); ++i) {
        for (const Atom &a : std::as_const(steps[i].atoms)) {
            if (!a.forward().applyTo(state))
                return false;
        }
    }
    for (int i = int(steps.size()) - 1; i >= index; --i) {
        for (auto it = steps[i].atoms.crbegin(); it != steps[i].atoms.crend(); ++it) {
            if (!it->backward().applyTo(state))
                return false;
        }
    }
    if (state != current)
        return false;

    // The rehearsal held: do it for real on the document's stack.
    const ContactEntity base = document->base();
    document->restore(base, ContactEntity(start));
    QUndoStack *stack = document->undoStack();
    for (const Step &step : std::as_const(steps))
        stack->push(new ReplayCommand(document, step));
    if (clean >= 0 && clean <= steps.size()) {
        stack->setIndex(clean);
        if (document->working() == base.json()) {
            stack->setClean();
            document->markRestoredClean();
        }
    }
    stack->setIndex(index);
    return document->working() == current;
}
