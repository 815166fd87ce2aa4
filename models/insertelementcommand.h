#pragma once

#include "jsonpath.h"
#include "undohistory.h"

#include <QJsonValue>
#include <QUndoCommand>

class ContactDocument;

// Adds one element to a list member (a phone, an e-mail address).
class InsertElementCommand : public QUndoCommand
{
public:
    InsertElementCommand(ContactDocument *document, const JsonPath &list, int row,
                         const QJsonValue &value, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    UndoHistory::Atom atom() const
    {
        return {UndoHistory::Atom::Kind::Insert,
                m_list,
                QJsonValue(QJsonValue::Undefined),
                m_value,
                m_row,
                -1};
    }

private:
    ContactDocument *m_document;
    JsonPath m_list;
    int m_row;
    QJsonValue m_value;
};
