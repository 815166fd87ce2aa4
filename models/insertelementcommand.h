#pragma once

#include "documentcommand.h"
#include "jsonpath.h"

#include <QJsonValue>

class EntityDocument;

// Adds one element to a list member (a phone, an e-mail address).
class InsertElementCommand : public DocumentCommand
{
public:
    InsertElementCommand(EntityDocument *document, const JsonPath &list, int row,
                         const QJsonValue &value, const QString &text,
                         QUndoCommand *parent = nullptr);
};
