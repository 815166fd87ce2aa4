#pragma once

#include "jsonpath.h"
#include "undohistory.h"

#include <QUndoCommand>

class ContactDocument;

// Moves one element of a list member; the order is the rank the server stores.
class MoveElementCommand : public QUndoCommand
{
public:
    MoveElementCommand(ContactDocument *document, const JsonPath &list, int from, int to,
                       const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    UndoHistory::Atom atom() const
    {
        return {UndoHistory::Atom::Kind::Move,     m_list, QJsonValue(QJsonValue::Undefined),
                QJsonValue(QJsonValue::Undefined), m_from, m_to};
    }

private:
    ContactDocument *m_document;
    JsonPath m_list;
    int m_from;
    int m_to;
};
