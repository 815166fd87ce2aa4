#include "draft.h"

QString Draft::stateName(State state)
{
    switch (state) {
    case State::Editing:
        return QStringLiteral("editing");
    case State::Queued:
        return QStringLiteral("queued");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("editing");
}

Draft::State Draft::stateFromName(const QString &name)
{
    for (State s :
         {State::Editing, State::Queued, State::Conflict, State::Failed, State::Unreadable}) {
        if (stateName(s) == name)
            return s;
    }
    return State::Unreadable;
}
