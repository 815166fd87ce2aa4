#pragma once

#include "jsonpath.h"
#include "undohistory.h"

#include <QJsonValue>
#include <QUndoCommand>

class ContactDocument;

// Sets one or more values in the working entity. Consecutive edits of the same single field
// merge into one step (typing), until the document breaks the merge.
class SetValueCommand : public QUndoCommand
{
public:
    static constexpr int Id = 0x5e7;

    SetValueCommand(ContactDocument *document,
                    const QList<std::pair<JsonPath, QJsonValue>> &changes, const QString &text,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    QList<UndoHistory::Atom> atoms() const;
    int id() const override { return m_mergeable ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    struct Change
    {
        JsonPath path;
        QJsonValue before;
        QJsonValue after;
    };
    ContactDocument *m_document;
    QList<Change> m_changes;
    bool m_mergeable;
    int m_epoch;
};
