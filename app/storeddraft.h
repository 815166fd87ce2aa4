#pragma once

#include "draft.h"

#include <QByteArray>
#include <QList>

// A draft as the store holds it, its JSON not read yet (DraftStore::stored): what reading it on
// another thread takes, since the store's database belongs to the thread that opened it.
struct StoredDraft
{
    Draft fields; // all but base and working
    QByteArray base;
    QByteArray working;
    QList<QByteArray> operations; // edits since the snapshot, in order
    qsizetype size() const { return base.size() + working.size(); }
};
