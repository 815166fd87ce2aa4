#pragma once

#include "entitykind.h"
#include "jsonequal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One company or person as kept on this computer: what the server last sent (base), what the user
// has made of it (working) and where it stands on its way to the server.
struct Draft
{
    enum class State {
        Editing,    // open or edited, not asked to be saved
        Queued,     // saved while offline: waits in the outbox
        Conflict,   // the server changed it too: the user must decide
        Failed,     // the server refused it; message says why
        Unreadable, // the stored data cannot be read; kept as it is
    };

    qint64 id = 0;
    QString server; // which server and user it belongs to (ConnectionProfile::credentialKey)
    EntityKind kind = EntityKind::Contact;
    int entityId = 0; // ContactId or PersonId; 0: not created on the server yet
    QString name;
    QJsonObject base;
    QJsonObject working;
    int undoIndex = 0;
    State state = State::Editing;
    QString message;
    QDateTime created;
    QDateTime updated;
    // A create that went out but whose answer never came back: check before sending again.
    bool createSent = false;
    // Stored edits that could not be replayed (kept in the store, left out of working).
    int brokenOperations = 0;
    // Stored edits replayed on top of the snapshot (none: the snapshot is the draft).
    int replayedOperations = 0;
    // The undo history (UndoHistory::save), so the draft reopens with its steps.
    QJsonObject history;

    bool isModified() const { return !JsonEqual::equal(base, working); }
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};
