#include "customfielddefinition.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

// Enums arrive as names; older servers and some proxies send their numbers.
QString enumName(const QJsonValue &v, const QStringList &byNumber)
{
    if (v.isDouble())
        return byNumber.value(v.toInt());
    return v.toString();
}

} // namespace

CustomFieldDefinition::Type CustomFieldDefinition::udefType(const QString &name)
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("Number"), Type::Integer},
        {QStringLiteral("ShortText"), Type::ShortText},
        {QStringLiteral("LongText"), Type::LongText},
        {QStringLiteral("Date"), Type::Date},
        {QStringLiteral("UnlimitedDate"), Type::Date},
        {QStringLiteral("Checkbox"), Type::Checkbox},
        {QStringLiteral("List"), Type::List},
        {QStringLiteral("Decimal"), Type::Decimal},
    };
    return types.value(name, Type::Unknown);
}

CustomFieldDefinition::Type CustomFieldDefinition::customType(const QString &name)
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("Integer"), Type::Integer},
        {QStringLiteral("ShortText"), Type::ShortText},
        {QStringLiteral("LongText"), Type::LongText},
        {QStringLiteral("Date"), Type::Date},
        {QStringLiteral("Blob"), Type::Other},
        {QStringLiteral("Checkbox"), Type::Checkbox},
        {QStringLiteral("MdoList"), Type::List},
        {QStringLiteral("Decimal"), Type::Decimal},
        {QStringLiteral("DateTime"), Type::DateTime},
        {QStringLiteral("Time"), Type::DateTime},
        {QStringLiteral("TimeSpan"), Type::Integer},
        {QStringLiteral("RelationTo"), Type::Relation},
        {QStringLiteral("Attachment"), Type::Other},
        {QStringLiteral("DynamicLink"), Type::Other},
        {QStringLiteral("ListText"), Type::ListText},
    };
    return types.value(name, Type::Unknown);
}

QString CustomFieldDefinition::localized(const QString &text, const QString &language)
{
    // SuperOffice's multi-language form: 'US:"Contract renewal";NO:"Kontraktfornyelse"'.
    static const QRegularExpression part(QStringLiteral("([A-Z]{2}):\"((?:[^\"]|\"\")*)\";?"));
    static const QRegularExpression whole(
        QStringLiteral("^(?:[A-Z]{2}:\"(?:[^\"]|\"\")*\";?\\s*)+$"));
    if (!whole.match(text).hasMatch())
        return text;
    // SuperOffice's own language codes, not ISO ones.
    static const QHash<QString, QStringList> codes = {
        {QStringLiteral("en"), {QStringLiteral("US"), QStringLiteral("GB")}},
        {QStringLiteral("nb"), {QStringLiteral("NO")}},
        {QStringLiteral("no"), {QStringLiteral("NO")}},
        {QStringLiteral("nn"), {QStringLiteral("NO")}},
        {QStringLiteral("de"), {QStringLiteral("GE")}},
        {QStringLiteral("sv"), {QStringLiteral("SW")}},
        {QStringLiteral("da"), {QStringLiteral("DA")}},
        {QStringLiteral("nl"), {QStringLiteral("DU")}},
        {QStringLiteral("fr"), {QStringLiteral("FR")}},
    };
    const QStringList wanted = codes.value(language.left(2).toLower());
    QString first;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString value = m.captured(2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (first.isEmpty())
            first = value;
        if (wanted.contains(m.captured(1)))
            return value;
    }
    return first;
}

std::optional<CustomFieldDefinition> CustomFieldDefinition::fromLayoutInfo(const QJsonObject &info,
                                                                           const QString &language)
{
    CustomFieldDefinition d;
    d.key = text(info, "ProgId");
    if (d.key.isEmpty())
        return std::nullopt;
    d.fromLayout = true;
    d.label = localized(text(info, "FieldLabel"), language);
    d.shortLabel = localized(text(info, "ShortLabel"), language);
    d.tooltip = localized(text(info, "Tooltip"), language);
    static const QStringList byNumber = {QString(),
                                         QStringLiteral("Number"),
                                         QStringLiteral("ShortText"),
                                         QStringLiteral("LongText"),
                                         QStringLiteral("Date"),
                                         QStringLiteral("UnlimitedDate"),
                                         QStringLiteral("Checkbox"),
                                         QStringLiteral("List"),
                                         QStringLiteral("Decimal")};
    d.type = udefType(enumName(info.value(QLatin1String("FieldType")), byNumber));
    d.textLength = info.value(QLatin1String("TextLength")).toInt();
    d.mandatory = info.value(QLatin1String("IsMandatory")).toBool();
    d.readOnly = info.value(QLatin1String("IsReadOnly")).toBool();
    d.order = info.value(QLatin1String("TabOrder")).toInt();
    d.mdoListName = text(info, "MdoListName");
    // A UDF list without a name still has its user-defined list id: "udlist<id>" names it.
    const int listId = info.value(QLatin1String("UDListDefinitionId")).toInt();
    if (d.type == Type::List && d.mdoListName.isEmpty() && listId > 0)
        d.mdoListName = QStringLiteral("udlist%1").arg(listId);
    return d;
}

std::optional<CustomFieldDefinition> CustomFieldDefinition::fromFieldInfo(const QJsonObject &info,
                                                                          const QString &language)
{
    CustomFieldDefinition d;
    d.key = text(info, "FieldName");
    if (d.key.isEmpty())
        return std::nullopt;
    d.label = localized(text(info, "DisplayName"), language);
    d.shortLabel = localized(text(info, "ShortLabel"), language);
    d.tooltip = localized(text(info, "Description"), language);
    static const QStringList byNumber = {
        QStringLiteral("Unknown"),    QStringLiteral("Integer"),    QStringLiteral("ShortText"),
        QStringLiteral("LongText"),   QStringLiteral("Date"),       QStringLiteral("Blob"),
        QStringLiteral("Checkbox"),   QStringLiteral("MdoList"),    QStringLiteral("Decimal"),
        QStringLiteral("DateTime"),   QStringLiteral("Time"),       QStringLiteral("TimeSpan"),
        QStringLiteral("RelationTo"), QStringLiteral("Attachment"), QStringLiteral("DynamicLink"),
        QStringLiteral("ListText")};
    d.type = customType(enumName(info.value(QLatin1String("FieldType")), byNumber));
    d.textLength = info.value(QLatin1String("TextLength")).toInt();
    d.mandatory = info.value(QLatin1String("IsMandatory")).toBool();
    d.readOnly = info.value(QLatin1String("IsReadOnly")).toBool();
    d.hidden = info.value(QLatin1String("HideField")).toBool();
    d.order = info.value(QLatin1String("Rank")).toInt();
    d.mdoListName = text(info, "MdoListName");
    d.target = text(info, "TargetTable");
    for (const QJsonValue &choice : info.value(QLatin1String("Choices")).toArray())
        d.choices.append(choice.toString());
    return d;
}
