#include "replaycommand.h"

ReplayCommand::ReplayCommand(EntityDocument *document, const QString &text,
                             const QList<EntityEdit> &edits)
    : DocumentCommand(document, text, edits, nullptr)
{}
