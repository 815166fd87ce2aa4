#include "rightmask.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace RightMask {
namespace {

using NameTable = QHash<QString, int>;

const NameTable &fieldNames()
{
    static const NameTable names = {
        {QStringLiteral("none"), FieldNone},
        {QStringLiteral("read"), FieldRead},
        {QStringLiteral("write"), FieldWrite},
        {QStringLiteral("update"), FieldUpdate},
        {QStringLiteral("unused1"), 4},
        {QStringLiteral("unused2"), 8},
        {QStringLiteral("unused3"), 16},
        {QStringLiteral("unused4"), FieldNullable},
        {QStringLiteral("nullable"), FieldNullable},
        {QStringLiteral("uihintmandatory"), FieldUIHintMandatory},
        {QStringLiteral("uihintreadonly"), FieldUIHintReadOnly},
        {QStringLiteral("uihints"), FieldUIHintMandatory | FieldUIHintReadOnly},
        {QStringLiteral("undefinedvalue256"), 256},
        // Undocumented value; it stands for full rights, which on a field means Update.
        {QStringLiteral("full"), FieldUpdate},
    };
    return names;
}

const NameTable &tableNames()
{
    static const NameTable names = {
        {QStringLiteral("none"), TableNone},
        {QStringLiteral("select"), TableSelect},
        {QStringLiteral("r"), TableSelect},
        {QStringLiteral("update"), TableUpdate},
        {QStringLiteral("insert"), TableInsert},
        {QStringLiteral("delete"), TableDelete},
        {QStringLiteral("filtering"), TableFiltering},
        {QStringLiteral("f"), TableFiltering},
        {QStringLiteral("restrictedupdate"), TableRestrictedUpdate},
        {QStringLiteral("unused1"), 64},
        {QStringLiteral("uninitialized"), TableUninitialized},
        {QStringLiteral("ur"), TableSelect | TableUpdate},
        {QStringLiteral("uri"), TableSelect | TableUpdate | TableInsert},
        {QStringLiteral("udr"), TableSelect | TableUpdate | TableDelete},
        {QStringLiteral("full"), TableFull},
        {QStringLiteral("rf"), TableSelect | TableFiltering},
        {QStringLiteral("ri"), TableSelect | TableInsert},
        {QStringLiteral("fi"), TableFiltering | TableInsert},
        // In the Swagger enum without documented values; read as their names suggest.
        {QStringLiteral("write"), TableUpdate | TableInsert},
        {QStringLiteral("uru"), TableSelect | TableUpdate | TableRestrictedUpdate},
    };
    return names;
}

int parse(const QJsonValue &mask, const NameTable &names, bool *ok)
{
    bool found = false;
    int result = 0;
    if (mask.isDouble()) {
        result = mask.toInt();
        found = true;
    } else if (mask.isString()) {
        const QStringList tokens = mask.toString().split(
            QRegularExpression(QStringLiteral("[,|\\s]+")), Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            bool isNumber = false;
            const int n = token.toInt(&isNumber);
            if (isNumber) {
                result |= n;
                found = true;
                continue;
            }
            const auto it = names.constFind(token.toLower());
            if (it != names.constEnd()) {
                result |= *it;
                found = true;
            }
        }
    }
    if (ok)
        *ok = found;
    return result;
}

QString text(int mask, const QList<std::pair<int, const char *>> &parts, const char *none)
{
    QStringList out;
    int rest = mask;
    for (const auto &[bits, name] : parts) {
        if (bits && (rest & bits) == bits) {
            out.append(QString::fromLatin1(name));
            rest &= ~bits;
        }
    }
    return out.isEmpty() ? QString::fromLatin1(none) : out.join(QStringLiteral(", "));
}

} // namespace

int parseFieldMask(const QJsonValue &mask, bool *ok)
{
    return parse(mask, fieldNames(), ok);
}

int parseTableMask(const QJsonValue &mask, bool *ok)
{
    return parse(mask, tableNames(), ok);
}

QString fieldMaskText(int mask)
{
    return text(mask,
                {{FieldUpdate, "Update"},
                 {FieldRead, "Read"},
                 {FieldWrite, "Write"},
                 {FieldNullable, "Nullable"},
                 {FieldUIHintMandatory, "UIHintMandatory"},
                 {FieldUIHintReadOnly, "UIHintReadOnly"}},
                "None");
}

QString tableMaskText(int mask)
{
    if ((mask & TableFull) == TableFull && (mask & ~TableFull) == 0)
        return QStringLiteral("FULL");
    return text(mask,
                {{TableSelect, "Select"},
                 {TableUpdate, "Update"},
                 {TableInsert, "Insert"},
                 {TableDelete, "Delete"},
                 {TableFiltering, "Filtering"},
                 {TableRestrictedUpdate, "RestrictedUpdate"}},
                "None");
}

} // namespace RightMask
