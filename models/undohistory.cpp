#include "undohistory.h"

#include "documentcommand.h"
#include "entitydocument.h"
#include "jsonequal.h"
#include "replaycommand.h"

#include <QJsonArray>
#include <QUndoStack>

namespace {

const QLatin1String kSteps("steps");
const QLatin1String kText("text");
const QLatin1String kEdits("edits");
// What earlier versions called a step's edits.
const QLatin1String kLegacyEdits("atoms");

struct Step
{
    QString text;
    QList<EntityEdit> edits;
};

// The edits of one command, children (a macro) in order; false for a command of another kind.
bool editsOf(const QUndoCommand *command, QList<EntityEdit> &out)
{
    if (const auto *c = dynamic_cast<const DocumentCommand *>(command))
        out += c->edits();
    else if (command->childCount() == 0)
        return false; // not a macro either, so there is no telling what it did
    for (int i = 0; i < command->childCount(); ++i) {
        if (!editsOf(command->child(i), out))
            return false;
    }
    return true;
}

// Takes state from stack index `from` to index `to`, redoing or undoing the steps between;
// false when an edit does not fit.
bool replay(const QList<Step> &steps, int from, int to, QJsonObject &state)
{
    for (int i = from; i < to; ++i) {
        for (const EntityEdit &e : steps[i].edits) {
            if (!e.applyTo(state))
                return false;
        }
    }
    for (int i = from - 1; i >= to; --i) {
        for (auto it = steps[i].edits.crbegin(); it != steps[i].edits.crend(); ++it) {
            if (!it->inverse().applyTo(state))
                return false;
        }
    }
    return true;
}

} // namespace

QJsonObject UndoHistory::save(const QUndoStack *stack)
{
    QJsonArray steps;
    for (int i = 0; i < stack->count(); ++i) {
        const QUndoCommand *command = stack->command(i);
        QList<EntityEdit> edits;
        if (!editsOf(command, edits))
            return {};
        QJsonArray list;
        for (const EntityEdit &e : std::as_const(edits))
            list.append(e.toJson());
        steps.append(QJsonObject{{kText, command->text()}, {kEdits, list}});
    }
    return {{kSteps, steps},
            {QStringLiteral("index"), stack->index()},
            {QStringLiteral("clean"), stack->cleanIndex()}};
}

bool UndoHistory::restore(EntityDocument *document, const QJsonObject &history)
{
    const QJsonArray raw = history.value(kSteps).toArray();
    const int index = history.value(QLatin1String("index")).toInt(-1);
    const int clean = history.value(QLatin1String("clean")).toInt(-1);
    if (raw.isEmpty() || index < 0 || index > raw.size())
        return false;
    QList<Step> steps;
    for (const QJsonValue &v : raw) {
        const QJsonObject o = v.toObject();
        Step step;
        step.text = o.value(kText).toString();
        const QJsonValue edits = o.contains(kEdits) ? o.value(kEdits) : o.value(kLegacyEdits);
        for (const QJsonValue &e : edits.toArray()) {
            const auto edit = EntityEdit::fromJson(e.toObject());
            if (!edit)
                return false;
            step.edits.append(*edit);
        }
        steps.append(step);
    }
    // Rehearse on a copy first: back from the current state to before the first step, then
    // forward through every step and back to the saved index must land exactly where we are.
    const QJsonObject current = document->working();
    QJsonObject state = current;
    if (!replay(steps, index, 0, state))
        return false;
    const QJsonObject start = state;
    const int count = int(steps.size());
    if (!replay(steps, 0, count, state) || !replay(steps, count, index, state) ||
        !JsonEqual::equal(state, current))
        return false;

    // The rehearsal held: do it for real on the document's stack.
    const ContactEntity base = document->base();
    document->restore(base, ContactEntity(start));
    QUndoStack *stack = document->undoStack();
    for (const Step &step : std::as_const(steps))
        stack->push(new ReplayCommand(document, step.text, step.edits));
    if (clean >= 0 && clean <= steps.size()) {
        stack->setIndex(clean);
        if (JsonEqual::equal(document->working(), base.json())) {
            stack->setClean();
            document->markRestoredClean();
        }
    }
    stack->setIndex(index);
    return JsonEqual::equal(document->working(), current);
}
