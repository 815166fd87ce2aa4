#pragma once

#include "documentcommand.h"
#include "jsonpath.h"

#include <QJsonValue>

class EntityDocument;

// Sets one or more values in the working entity. Consecutive edits of the same single field
// merge into one step (typing), until the document breaks the merge.
class SetValueCommand : public DocumentCommand
{
public:
    static constexpr int Id = 0x5e7;

    SetValueCommand(EntityDocument *document,
                    const QList<std::pair<JsonPath, QJsonValue>> &changes, const QString &text,
                    QUndoCommand *parent = nullptr);

    int id() const override { return m_mergeable ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool m_mergeable;
    int m_epoch;
};
