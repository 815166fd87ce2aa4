#pragma once

#include "jsonpath.h"
#include "undohistory.h"

#include <QJsonValue>
#include <QUndoCommand>

class ContactDocument;

// Removes one element from a list member; undo puts it back where it was.
class RemoveElementCommand : public QUndoCommand
{
public:
    RemoveElementCommand(ContactDocument *document, const JsonPath &list, int row,
                         const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    UndoHistory::Atom atom() const
    {
        return {UndoHistory::Atom::Kind::Remove,   m_list, m_value,
                QJsonValue(QJsonValue::Undefined), m_row,  -1};
    }

private:
    ContactDocument *m_document;
    JsonPath m_list;
    int m_row;
    QJsonValue m_value;
};
