#pragma once

#include "customfielddefinition.h"

#include <QString>
#include <QVariant>

// A defined custom field's value in each bucket's own encoding. CustomFields and ExtraFields
// write "[DT:MM/dd/yyyy HH:mm:ss.0000000]" dates and "[I:1]"/"[I:0]" check boxes;
// UserDefinedFields keeps "[D:MM/dd/yyyy]" dates and "True"/"False". Older forms still read.
class CustomFieldEncoding
{
public:
    enum class Bucket { CustomFields, UserDefinedFields, ExtraFields };
    static Bucket bucket(const QString &name);

    // bool (checkbox), qlonglong (integer, list, relation; null when empty), double, QDate,
    // QDateTime or QString; null for an empty date or number.
    static QVariant decode(CustomFieldDefinition::Type type, const QString &wire);
    // previous: the bucket's current value, whose form (a UDF date with or without its time)
    // is kept where the bucket allows both.
    static QString encode(CustomFieldDefinition::Type type, Bucket bucket, const QVariant &value,
                          const QString &previous = {});
};
