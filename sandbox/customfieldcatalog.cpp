#include "customfieldcatalog.h"

#include "listcatalog.h"

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace {

const QString kDisplayText = QStringLiteral(":DisplayText");
const QString kDisplayTooltip = QStringLiteral(":DisplayTooltip");
const QString kOrg = QStringLiteral(":org");

QString pick(const QString &en, const QString &nb, const QString &language)
{
    if (language == QLatin1String("nb"))
        return nb;
    if (language == QLatin1String("en") || en == nb)
        return en;
    // Untranslated, as real servers hold multi-language texts.
    return QStringLiteral("US:\"%1\";NO:\"%2\"").arg(en, nb);
}

bool isDate(const QString &type)
{
    return type == QLatin1String("Date") || type == QLatin1String("UnlimitedDate") ||
           type == QLatin1String("DateTime") || type == QLatin1String("Time");
}

bool isInteger(const QString &type)
{
    return type == QLatin1String("Number") || type == QLatin1String("Integer") ||
           type == QLatin1String("List") || type == QLatin1String("MdoList") ||
           type == QLatin1String("RelationTo") || type == QLatin1String("TimeSpan");
}

bool hasDisplayText(const QString &type)
{
    return type == QLatin1String("List") || type == QLatin1String("MdoList") ||
           type == QLatin1String("RelationTo") || type == QLatin1String("Checkbox");
}

// Inside "[X:…]", or the text itself.
QString body(const QString &value)
{
    static const QRegularExpression tagged(QStringLiteral("^\\[[A-Z]+:(.*)\\]$"));
    const auto m = tagged.match(value.trimmed());
    return m.hasMatch() ? m.captured(1).trimmed() : value.trimmed();
}

QDateTime parseDate(const QString &text)
{
    const QString t = body(text);
    const QString datePart = t.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('T'), 0, 0);
    QDate d = QDate::fromString(datePart, QStringLiteral("M/d/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(datePart, Qt::ISODate);
    QTime time(0, 0);
    const QString timePart = t.contains(QLatin1Char('T')) ? t.section(QLatin1Char('T'), 1)
                                                          : t.section(QLatin1Char(' '), 1);
    if (!timePart.isEmpty()) {
        const QTime parsed = QTime::fromString(timePart.left(8), QStringLiteral("H:mm:ss"));
        if (parsed.isValid())
            time = parsed;
    }
    return d.isValid() ? QDateTime(d, time, Qt::UTC) : QDateTime();
}

} // namespace

CustomFieldCatalog::CustomFieldCatalog(const ListCatalog &lists, Owner owner)
    : m_lists(lists)
    , m_owner(owner)
{
    if (owner == Owner::Person) {
        addPersonFields();
        return;
    }
    auto udf = [this](int n, const char *type, const char *en, const char *nb, const char *tipEn,
                      const char *tipNb, int textLength, int fieldLength) -> Field & {
        Field f;
        f.key = QStringLiteral("SuperOffice:%1").arg(n);
        f.udf = true;
        f.type = QString::fromLatin1(type);
        f.en = f.shortEn = QString::fromUtf8(en);
        f.nb = f.shortNb = QString::fromUtf8(nb);
        f.tipEn = QString::fromUtf8(tipEn);
        f.tipNb = QString::fromUtf8(tipNb);
        f.textLength = textLength;
        f.fieldLength = fieldLength;
        m_fields.append(f);
        return m_fields.last();
    };
    auto extra = [this](const char *key, const char *type, const char *en, const char *nb,
                        const char *tipEn, const char *tipNb, int fieldLength) -> Field & {
        Field f;
        f.key = QString::fromLatin1(key);
        f.type = QString::fromLatin1(type);
        f.en = f.shortEn = QString::fromUtf8(en);
        f.nb = f.shortNb = QString::fromUtf8(nb);
        f.tipEn = QString::fromUtf8(tipEn);
        f.tipNb = QString::fromUtf8(tipNb);
        f.fieldLength = fieldLength;
        m_fields.append(f);
        return m_fields.last();
    };
    // The demo data's fields keep their keys and meanings (the app's tests use them).
    udf(1, "ShortText", "Agreement", "Avtale", "The framework agreement we have with the company",
        "Rammeavtalen vi har med firmaet", 39, 20);
    Field &level = udf(2, "List", "Partner level", "Partnernivå", "Bronze, silver or gold partner",
                       "Bronse-, sølv- eller gullpartner", 0, 15);
    level.mdoList = QStringLiteral("udlist123");
    level.itemList = QStringLiteral("udlist:tier");
    level.udListId = 123;
    udf(3, "Date", "Contract date", "Avtaledato", "When the agreement was signed",
        "Da avtalen ble signert", 0, 12);
    udf(4, "Checkbox", "Newsletter", "Nyhetsbrev", "Send the company our newsletter",
        "Send firmaet nyhetsbrevet vårt", 0, 2);
    udf(5, "Decimal", "Annual revenue (MNOK)", "Årsomsetning (MNOK)",
        "Last year's revenue in millions of kroner", "Fjorårets omsetning i millioner kroner", 0,
        14);
    udf(6, "Number", "Employees", "Ansatte", "How many people the company employs",
        "Hvor mange firmaet har ansatt", 0, 10)
        .mandatoryForRestricted = true;
    udf(7, "LongText", "Sales notes", "Salgsnotater", "What the sales team should know",
        "Det salgsteamet bør vite", 199, 40);
    udf(8, "ShortText", "ERP customer number", "Kundenummer i ERP", "Set by the ERP integration",
        "Settes av ERP-integrasjonen", 39, 20)
        .readOnly = true;
    m_fields[1].shortEn = QStringLiteral("Level");
    m_fields[1].shortNb = QStringLiteral("Nivå");

    extra("x_customer_since", "Date", "Customer since", "Kunde siden",
          "The day the company first bought from us", "Dagen firmaet først kjøpte av oss", -1);
    extra("x_visits", "Integer", "Visits this year", "Besøk i år", "Meetings at their premises",
          "Møter hos dem", -1);
    extra("x_last_audit", "DateTime", "Last audit", "Siste revisjon",
          "When we last audited the account", "Da vi sist gikk gjennom kunden", -1);
    extra("x_gdpr_consent", "Checkbox", "GDPR consent", "GDPR-samtykke",
          "The company agreed to be contacted", "Firmaet har samtykket til å bli kontaktet", -1);
    Field &erpKey = extra("x_erp_key", "ShortText", "ERP key", "ERP-nøkkel",
                          "The company's key in the ERP system", "Firmaets nøkkel i ERP", 255);
    erpKey.textLength = 255;
    Field &market = extra("x_home_market", "MdoList", "Home market", "Hjemmemarked",
                          "The country the company mainly sells in",
                          "Landet firmaet hovedsakelig selger i", -1);
    market.mdoList = QStringLiteral("country");
    market.itemList = QStringLiteral("country");
    Field &segment = extra("x_segment", "ListText", "Segment", "Segment",
                           "The company's market segment", "Firmaets markedssegment", -1);
    segment.choices = {QStringLiteral("Enterprise"), QStringLiteral("Mid-market"),
                       QStringLiteral("Small business")};
    segment.textLength = 255;
    // Every demo company has a segment and a new one starts with the default, so the rule only
    // bites when the restricted user clears it.
    segment.mandatoryForRestricted = true;
    segment.defaultValue = QStringLiteral("Mid-market");
    Field &manager = extra("x_account_manager", "RelationTo", "Account manager", "Kundeansvarlig",
                           "Our person responsible for the company",
                           "Vår person som har ansvar for firmaet", -1);
    manager.mdoList = QStringLiteral("associate");
    manager.itemList = QStringLiteral("associate");
    manager.targetTable = QStringLiteral("associate");
}

void CustomFieldCatalog::addPersonFields()
{
    // The person's UDFs and extra field as the person records hold them (PersonFactory).
    auto add = [this](const char *key, bool udf, const char *type, const char *en, const char *nb,
                      const char *tipEn, const char *tipNb, int textLength,
                      int fieldLength) -> Field & {
        Field f;
        f.key = QString::fromLatin1(key);
        f.udf = udf;
        f.type = QString::fromLatin1(type);
        f.en = f.shortEn = QString::fromUtf8(en);
        f.nb = f.shortNb = QString::fromUtf8(nb);
        f.tipEn = QString::fromUtf8(tipEn);
        f.tipNb = QString::fromUtf8(tipNb);
        f.textLength = textLength;
        f.fieldLength = fieldLength;
        m_fields.append(f);
        return m_fields.last();
    };
    add("SuperOffice:1", true, "ShortText", "Role in the deal", "Rolle i avtalen",
        "What the person decides or influences", "Hva personen bestemmer eller påvirker", 39, 20)
        .mandatoryForRestricted = true;
    add("SuperOffice:2", true, "LongText", "Personal notes", "Personlige notater",
        "What to remember about the person", "Det som er verdt å huske om personen", 199, 40);
    add("x_person_integer", false, "Integer", "Meetings this year", "Møter i år",
        "Meetings with the person this year", "Møter med personen i år", 0, -1);
}

const CustomFieldCatalog::Field *CustomFieldCatalog::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString CustomFieldCatalog::udList(const QString &name, const QString &additional) const
{
    static const QRegularExpression dynamic(QStringLiteral("^udlist(\\d+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = dynamic.match(name);
    int id = 0;
    if (m.hasMatch())
        id = m.captured(1).toInt();
    else if (name.compare(QLatin1String("udlist"), Qt::CaseInsensitive) == 0)
        id = additional.trimmed().toInt();
    for (const Field &f : m_fields) {
        if (id && f.udListId == id)
            return f.itemList;
    }
    return QString();
}

QString CustomFieldCatalog::dateTimeWire(const QDateTime &when)
{
    return QStringLiteral("[DT:%1.0000000]")
        .arg(when.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss")));
}

bool CustomFieldCatalog::isMandatory(const Field &f, const SandboxUser &user) const
{
    return f.mandatoryForRestricted && user.role == SandboxUser::Role::Restricted && !f.readOnly;
}

bool CustomFieldCatalog::isBlank(const Field &f, const QString &canonicalValue)
{
    const QString v = canonicalValue.trimmed();
    if (v.isEmpty())
        return true;
    if (f.type == QLatin1String("List") || f.type == QLatin1String("MdoList") ||
        f.type == QLatin1String("RelationTo"))
        return body(v).toLongLong() == 0;
    if (isDate(f.type))
        return parseDate(v).date() == QDate(1, 1, 1);
    return false;
}

QStringList CustomFieldCatalog::blankMandatory(const QJsonObject &entity,
                                               const SandboxUser &user) const
{
    QStringList out;
    const QHash<QString, QString> current = values(entity);
    for (const Field &f : m_fields) {
        if (isMandatory(f, user) && isBlank(f, current.value(f.key)))
            out.append(f.key);
    }
    return out;
}

QHash<QString, QString> CustomFieldCatalog::defaults() const
{
    QHash<QString, QString> out = values(QJsonObject());
    for (const Field &f : m_fields) {
        if (!f.defaultValue.isEmpty())
            out.insert(f.key, canonical(f, f.defaultValue));
    }
    return out;
}

QJsonArray CustomFieldCatalog::udefLayout(const QString &language, const SandboxUser &user) const
{
    const QString owner =
        m_owner == Owner::Person ? QStringLiteral("Person") : QStringLiteral("Contact");
    // Persons' fields have ids and template variables of their own.
    const int base = m_owner == Owner::Person ? 200 : 100;
    const QString prefix = m_owner == Owner::Person ? QStringLiteral("pe") : QStringLiteral("cl");
    QJsonArray out;
    int order = 0;
    for (const Field &f : m_fields) {
        if (!f.udf)
            continue;
        ++order;
        const int n = f.key.section(QLatin1Char(':'), 1).toInt();
        const bool list = !f.mdoList.isEmpty();
        out.append(QJsonObject{
            {QStringLiteral("ColumnId"), 10 * base + n},
            {QStringLiteral("FieldDefault"), f.defaultValue},
            {QStringLiteral("FieldHeight"), 21},
            {QStringLiteral("FieldKey"), QString()},
            {QStringLiteral("FieldLabel"), pick(f.en, f.nb, language)},
            {QStringLiteral("FieldLeft"), 120},
            {QStringLiteral("FieldTop"), 10 + 25 * (order - 1)},
            {QStringLiteral("FieldType"), f.type},
            {QStringLiteral("FieldWidth"), 200},
            {QStringLiteral("FormatMask"), QString()},
            {QStringLiteral("HideLabel"), false},
            {QStringLiteral("IsIndexed"), false},
            {QStringLiteral("LabelHeight"), 21},
            {QStringLiteral("LabelLeft"), 10},
            {QStringLiteral("LabelTop"), 10 + 25 * (order - 1)},
            {QStringLiteral("LabelValign"), 0},
            {QStringLiteral("LabelWidth"), 100},
            {QStringLiteral("LastVersionId"), 1},
            {QStringLiteral("ListTableId"), list ? 136 : 0},
            {QStringLiteral("IsMandatory"), isMandatory(f, user)},
            {QStringLiteral("Type"), owner},
            {QStringLiteral("OwnerType"), owner},
            {QStringLiteral("Page1LineNo"), order},
            {QStringLiteral("ProgId"), f.key},
            {QStringLiteral("IsReadOnly"), f.readOnly},
            {QStringLiteral("ShortLabel"), pick(f.shortEn, f.shortNb, language)},
            {QStringLiteral("TabOrder"), order},
            {QStringLiteral("TextLength"), f.textLength},
            {QStringLiteral("Tooltip"), pick(f.tipEn, f.tipNb, language)},
            {QStringLiteral("UdefFieldId"), base + n},
            {QStringLiteral("UDefFieldId"), base + n},
            {QStringLiteral("UDListDefinitionId"), f.udListId},
            {QStringLiteral("Justification"), 0},
            {QStringLiteral("Version"), 1},
            {QStringLiteral("TemplateVariableName"),
             prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("HasBeenPublished"), true},
            {QStringLiteral("MdoListName"), list ? QJsonValue(f.mdoList) : QJsonValue()},
            {QStringLiteral("SmallIconHint"), QString()},
            {QStringLiteral("UdefIdentity"), n},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}});
    }
    return out;
}

QJsonArray CustomFieldCatalog::customFieldInfo(const QString &language,
                                               const SandboxUser &user) const
{
    QJsonArray out;
    int rank = 0;
    for (const Field &f : m_fields) {
        QJsonObject o{
            {QStringLiteral("FieldType"), f.type},
            {QStringLiteral("FieldName"), f.key},
            {QStringLiteral("DisplayName"), pick(f.en, f.nb, language)},
            {QStringLiteral("Description"), pick(f.tipEn, f.tipNb, language)},
            {QStringLiteral("ShortLabel"), pick(f.shortEn, f.shortNb, language)},
            {QStringLiteral("HideLabel"), false},
            {QStringLiteral("HideField"), false},
            {QStringLiteral("IsIndexed"), false},
            {QStringLiteral("IsMandatory"), isMandatory(f, user)},
            {QStringLiteral("IsReadOnly"), f.readOnly},
            {QStringLiteral("IsExternal"), false},
            {QStringLiteral("IsDisplayField"), false},
            {QStringLiteral("Rank"), ++rank},
            {QStringLiteral("TemplateVariableName"),
             f.udf ? QLatin1String(m_owner == Owner::Person ? "pe" : "cl") +
                         QStringLiteral("%1").arg(f.key.section(QLatin1Char(':'), 1).toInt(), 2, 10,
                                                  QLatin1Char('0'))
                   : f.key},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
        // The members of the FieldInfo carrier of each type.
        const QString &t = f.type;
        if (t == QLatin1String("ShortText") || t == QLatin1String("ListText")) {
            o.insert(QStringLiteral("DefaultValue"), f.defaultValue);
            o.insert(QStringLiteral("TextLength"), f.textLength);
        }
        if (t == QLatin1String("ShortText")) {
            o.insert(QStringLiteral("FormatMask"), QString());
            o.insert(QStringLiteral("IsHtml"), false);
        } else if (t == QLatin1String("LongText")) {
            o.insert(QStringLiteral("DefaultValue"), QString());
            o.insert(QStringLiteral("IsHtml"), false);
            o.insert(QStringLiteral("UseTextArea"), true);
            o.insert(QStringLiteral("NumRows"), 4);
            o.insert(QStringLiteral("TextLength"), f.textLength);
        } else if (t == QLatin1String("Number") || t == QLatin1String("Integer")) {
            o.insert(QStringLiteral("DefaultValue"), 0);
        } else if (t == QLatin1String("Date") || t == QLatin1String("DateTime")) {
            o.insert(QStringLiteral("DefaultValue"), QStringLiteral("0001-01-01T00:00:00"));
            o.insert(QStringLiteral("IsDefaultNow"), false);
        } else if (t == QLatin1String("Checkbox")) {
            o.insert(QStringLiteral("DefaultValue"), false);
        } else if (t == QLatin1String("List") || t == QLatin1String("MdoList")) {
            o.insert(QStringLiteral("DefaultValue"), 0);
            o.insert(QStringLiteral("MdoListName"), f.mdoList);
        } else if (t == QLatin1String("ListText")) {
            o.insert(QStringLiteral("Choices"), QJsonArray::fromStringList(f.choices));
        } else if (t == QLatin1String("RelationTo")) {
            o.insert(QStringLiteral("DefaultValue"), 0);
            o.insert(QStringLiteral("TargetTable"), f.targetTable);
            o.insert(QStringLiteral("TargetLabel"), pick(f.en, f.nb, language));
            o.insert(QStringLiteral("UseDropDown"), true);
            o.insert(QStringLiteral("MdoListName"), f.mdoList);
        }
        out.append(o);
    }
    return out;
}

QJsonObject CustomFieldCatalog::fieldProperties(const SandboxUser &user) const
{
    QJsonObject out;
    for (const Field &f : m_fields) {
        QString mask = QStringLiteral("Update");
        QString reason;
        if (user.role == SandboxUser::Role::Viewer) {
            mask = QStringLiteral("Read");
            reason = QStringLiteral("[SR_RIGHTS_READONLY_ROLE]");
        } else if (f.readOnly) {
            mask = QStringLiteral("Read, UIHintReadOnly");
        } else if (isMandatory(f, user)) {
            mask = QStringLiteral("Update, UIHintMandatory");
            reason = QStringLiteral("[SR_ACCESS_MANDATORY]");
        }
        if (!f.udf)
            mask += QStringLiteral(", Unused4"); // extra fields are nullable
        const QJsonObject p{
            {QStringLiteral("FieldRight"),
             QJsonObject{{QStringLiteral("Mask"), mask}, {QStringLiteral("Reason"), reason}}},
            {QStringLiteral("FieldType"), f.type},
            {QStringLiteral("FieldLength"), f.fieldLength}};
        out.insert(QStringLiteral("CustomFields.") + f.key, p);
        if (f.udf)
            out.insert(QStringLiteral("UserDefinedFields.") + f.key, p);
    }
    return out;
}

QString CustomFieldCatalog::canonical(const Field &f, const QString &value) const
{
    const QString v = value.trimmed();
    if (isDate(f.type)) {
        const QDateTime when = parseDate(v);
        return dateTimeWire(when.isValid() ? when
                                           : QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC));
    }
    if (f.type == QLatin1String("Checkbox")) {
        const QString b = body(v).toLower();
        return (b == QLatin1String("true") || b == QLatin1String("1")) ? QStringLiteral("[I:1]")
                                                                       : QStringLiteral("[I:0]");
    }
    if (isInteger(f.type)) {
        bool ok = false;
        const qlonglong n = body(v).toLongLong(&ok);
        return QStringLiteral("[I:%1]").arg(ok ? n : 0);
    }
    if (f.type == QLatin1String("Decimal")) {
        bool ok = false;
        const double d = QLocale::c().toDouble(body(v), &ok);
        return QStringLiteral("[F:%1]").arg(QLocale::c().toString(ok ? d : 0.0, 'g', 15));
    }
    return value;
}

QHash<QString, QString> CustomFieldCatalog::values(const QJsonObject &entity) const
{
    QHash<QString, QString> out;
    for (const Field &f : m_fields) {
        QString raw;
        bool found = false;
        for (const char *bucket : {"CustomFields", f.udf ? "UserDefinedFields" : "ExtraFields"}) {
            const QJsonValue v = entity.value(QLatin1String(bucket)).toObject().value(f.key);
            if (v.isString()) {
                raw = v.toString();
                found = true;
                break;
            }
        }
        out.insert(f.key, canonical(f, found ? raw : QString()));
    }
    return out;
}

QString CustomFieldCatalog::displayText(const Field &f, const QString &value,
                                        const QString &language) const
{
    const int id = body(value).toInt();
    if (f.type == QLatin1String("Checkbox"))
        return id ? QStringLiteral("[SR_YES]") : QStringLiteral("[SR_NO]");
    if (!id || f.itemList.isEmpty())
        return QString();
    return m_lists.name(f.itemList, id, language);
}

void CustomFieldCatalog::write(QJsonObject &entity, const QHash<QString, QString> &values,
                               const QString &language) const
{
    QJsonObject udf = entity.value(QLatin1String("UserDefinedFields")).toObject();
    QJsonObject extra = entity.value(QLatin1String("ExtraFields")).toObject();
    QJsonObject custom = entity.value(QLatin1String("CustomFields")).toObject();
    for (const Field &f : m_fields) {
        const QString value = values.value(f.key, canonical(f, QString()));
        // UserDefinedFields has its own forms of dates and check boxes.
        QString udfValue = value;
        if (f.udf && isDate(f.type))
            udfValue = QStringLiteral("[D:%1]").arg(body(value));
        else if (f.udf && f.type == QLatin1String("Checkbox"))
            udfValue = body(value) == QLatin1String("1") ? QStringLiteral("True")
                                                         : QStringLiteral("False");
        // CustomFields holds every field in the real servers' form ("[DT:…]", "[I:1]").
        custom.insert(f.key, value);
        custom.insert(f.key + kOrg, value);
        QJsonObject &part = f.udf ? udf : extra;
        part.insert(f.key, f.udf ? udfValue : value);
        if (hasDisplayText(f.type)) {
            const QString text = displayText(f, value, language);
            custom.insert(f.key + kDisplayText, text);
            part.insert(f.key + kDisplayText, text);
            if (f.type == QLatin1String("List")) {
                custom.insert(f.key + kDisplayTooltip, QString());
                part.insert(f.key + kDisplayTooltip, QString());
            }
        }
    }
    entity.insert(QStringLiteral("UserDefinedFields"), udf);
    entity.insert(QStringLiteral("ExtraFields"), extra);
    entity.insert(QStringLiteral("CustomFields"), custom);
}

QHash<QString, QString> CustomFieldCatalog::merged(const QJsonObject &stored,
                                                   const QJsonObject &incoming) const
{
    QHash<QString, QString> out = values(stored);
    auto sent = [&](const char *bucket, const QString &key) -> std::optional<QString> {
        const QJsonValue v = incoming.value(QLatin1String(bucket)).toObject().value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return std::nullopt;
    };
    for (const Field &f : m_fields) {
        if (f.readOnly)
            continue;
        const QString before = out.value(f.key);
        // The bare key carries the new value; :org and :DisplayText are the server's.
        for (const char *bucket : {"CustomFields", f.udf ? "UserDefinedFields" : "ExtraFields"}) {
            const std::optional<QString> v = sent(bucket, f.key);
            if (!v)
                continue;
            const QString now = canonical(f, *v);
            if (now != before) {
                out.insert(f.key, now);
                break;
            }
        }
    }
    return out;
}
