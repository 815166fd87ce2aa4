#pragma once

#include "draft.h"

// A draft as lists show it before it is loaded: who it is and where it stands, read without its
// JSON (DraftStore::summaries), so hundreds of drafts are listed at once.
struct DraftSummary
{
    qint64 id = 0;
    EntityKind kind = EntityKind::Contact;
    int entityId = 0;
    QString name;
    Draft::State state = Draft::State::Editing;
    QString message;
    QDateTime updated;
    // The working copy differs from the base, or edits wait in the log to be replayed.
    bool changed = false;
    bool createSent = false;

    // Something in it is not on the server yet, as far as the store can tell without loading it.
    bool hasUnsentWork() const { return changed || state != Draft::State::Editing; }
};
