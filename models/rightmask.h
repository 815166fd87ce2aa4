#pragma once

#include <QJsonValue>
#include <QString>

// SuperOffice's field and table right masks. They arrive as .NET flag-name strings
// ("Update, UIHintMandatory", "FULL", "RI"), sometimes as numbers; unknown names are ignored.
namespace RightMask {

enum Field : int {
    FieldNone = 0,
    FieldRead = 1,
    FieldWrite = 2,
    FieldUpdate = FieldRead | FieldWrite,
    FieldNullable = 32,
    FieldUIHintMandatory = 64,
    FieldUIHintReadOnly = 128,
};

enum Table : int {
    TableNone = 0,
    TableSelect = 1,
    TableUpdate = 2,
    TableInsert = 4,
    TableDelete = 8,
    TableFiltering = 16,
    TableRestrictedUpdate = 32,
    TableUninitialized = 128,
    TableFull = TableSelect | TableUpdate | TableInsert | TableDelete,
};

// std::nullopt-like: ok is false when the value held no recognisable name or number (null,
// empty, or only unknown tokens); the result is then 0.
int parseFieldMask(const QJsonValue &mask, bool *ok = nullptr);
int parseTableMask(const QJsonValue &mask, bool *ok = nullptr);

// The server's own text for a mask, e.g. "Update, UIHintMandatory" or "FULL".
QString fieldMaskText(int mask);
QString tableMaskText(int mask);

} // namespace RightMask
