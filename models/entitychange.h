#pragma once

#include "jsonpath.h"

#include <QJsonValue>
#include <QString>

// One difference between two versions of a company, in words a user understands ("Phone
// added: +47 22 33 44 55"), with what is needed to drop it again.
struct EntityChange
{
    enum class Kind { Changed, Added, Removed };

    Kind kind = Kind::Changed;
    QString member; // the top-level member it lies in ("Phones", "Address", "CustomFields")
    QString label;  // what changed, for the user ("Phone", "Street address", "Custom field 2")
    QString before; // shown values; empty for an added entry
    QString after;
    // Where the change sits: the member's element index in base (removed, changed) and in the
    // newer version (added, changed), the custom field key or the address part name.
    int baseIndex = -1;
    int newIndex = -1;
    QString key;
};
