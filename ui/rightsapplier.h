#pragma once

#include "fieldrights.h"

#include <QCoreApplication>

class QLabel;
class QWidget;

// Applies one field's rights to its editor and label: hides what the user may not read, makes
// read-only what they may not change and says why (tooltip and accessible description), marks
// mandatory fields and sets the max length of line edits.
class RightsApplier
{
    Q_DECLARE_TR_FUNCTIONS(RightsApplier)

public:
    // label may be null; labelText is the plain label without a marker.
    static void apply(const FieldRights::Access &access, QWidget *editor, QLabel *label,
                      const QString &labelText);
    // Read-only look and behaviour for any editor kind (line edits stay selectable).
    static void setReadOnly(QWidget *editor, bool readOnly);
    static QString mandatoryMarker() { return QStringLiteral(" *"); }
    // A label's words without mnemonic markers ("&Name" -> "Name", "R&&D" -> "R&D").
    static QString plainLabel(const QString &labelText);
};
