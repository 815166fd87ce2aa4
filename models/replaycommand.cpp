#include "replaycommand.h"

ReplayCommand::ReplayCommand(ContactDocument *document, const QString &text,
                             const QList<EntityEdit> &edits)
    : DocumentCommand(document, text, edits, nullptr)
{}
