#include "address.h"

namespace {

const char *const kPartNames[] = {
    "StreetAddress1", "StreetAddress2", "StreetAddress3", "StreetZipcode",  "StreetCity",
    "StreetCounty",   "StreetState",    "PostalAddress1", "PostalAddress2", "PostalAddress3",
    "PostalZipcode",  "PostalCity",     "PostalCounty",   "PostalState",    "Address1",
    "Address2",       "Address3",       "Zipcode",        "City",           "County",
    "State"};

const QString kLocalized = QStringLiteral("LocalizedAddress");
const QString kName = QStringLiteral("Name");
const QString kValue = QStringLiteral("Value");

} // namespace

QList<Address::Part> Address::allParts()
{
    QList<Part> parts;
    for (int i = 0; i <= int(Part::State); ++i)
        parts.append(Part(i));
    return parts;
}

QList<Address::Part> Address::companyParts()
{
    QList<Part> parts;
    for (int i = 0; i <= int(Part::PostalState); ++i)
        parts.append(Part(i));
    return parts;
}

QList<Address::Part> Address::personParts()
{
    QList<Part> parts;
    for (int i = int(Part::Address1); i <= int(Part::State); ++i)
        parts.append(Part(i));
    return parts;
}

bool Address::isPersonAddress() const
{
    static const QString person = QStringLiteral("PersonPrivateAddress");
    if (object(QStringLiteral("Street")).value(QLatin1String("AtypeIdx")).toString() == person)
        return true;
    for (const QJsonValue &line : array(kLocalized)) {
        for (const QJsonValue &field : line.toArray()) {
            const QJsonObject o = field.toObject();
            Part p;
            if (o.value(QLatin1String("AddressType")).toString() == person ||
                (partFromName(o.value(kName).toString(), &p) && isPersonPart(p)))
                return true;
        }
    }
    return false;
}

QString Address::partName(Part part)
{
    return QString::fromLatin1(kPartNames[int(part)]);
}

bool Address::partFromName(const QString &name, Part *part)
{
    for (int i = 0; i <= int(Part::State); ++i) {
        if (name.compare(QLatin1String(kPartNames[i]), Qt::CaseInsensitive) == 0) {
            *part = Part(i);
            return true;
        }
    }
    return false;
}

QString Address::structuredMember(Part part)
{
    switch (part) {
    case Part::StreetAddress1:
    case Part::PostalAddress1:
    case Part::Address1:
        return QStringLiteral("Address1");
    case Part::StreetAddress2:
    case Part::PostalAddress2:
    case Part::Address2:
        return QStringLiteral("Address2");
    case Part::StreetAddress3:
    case Part::PostalAddress3:
    case Part::Address3:
        return QStringLiteral("Address3");
    case Part::StreetZipcode:
    case Part::PostalZipcode:
    case Part::Zipcode:
        return QStringLiteral("Zipcode");
    case Part::StreetCity:
    case Part::PostalCity:
    case Part::City:
        return QStringLiteral("City");
    case Part::StreetCounty:
    case Part::PostalCounty:
    case Part::County:
        return QStringLiteral("County");
    case Part::StreetState:
    case Part::PostalState:
    case Part::State:
        return QStringLiteral("State");
    }
    return QString();
}

bool Address::hasLocalized() const
{
    return !array(kLocalized).isEmpty();
}

bool Address::hasStructured() const
{
    return value(QStringLiteral("Street")).isObject() || value(QStringLiteral("Postal")).isObject();
}

QList<QList<Address::Part>> Address::layout() const
{
    QList<QList<Part>> lines;
    if (hasLocalized()) {
        QList<Part> seen;
        for (const QJsonValue &line : array(kLocalized)) {
            QList<Part> parts;
            for (const QJsonValue &field : line.toArray()) {
                Part p;
                if (partFromName(field.toObject().value(kName).toString(), &p) &&
                    !seen.contains(p)) {
                    parts.append(p);
                    seen.append(p);
                }
            }
            if (!parts.isEmpty())
                lines.append(parts);
        }
        if (!hasStructured() || !lines.isEmpty())
            return lines;
    }
    if (isPersonAddress())
        return {{Part::Address1},
                {Part::Address2},
                {Part::Address3},
                {Part::Zipcode, Part::City},
                {Part::County, Part::State}};
    return {{Part::StreetAddress1},
            {Part::StreetAddress2},
            {Part::StreetAddress3},
            {Part::StreetZipcode, Part::StreetCity},
            {Part::StreetCounty, Part::StreetState},
            {Part::PostalAddress1},
            {Part::PostalAddress2},
            {Part::PostalAddress3},
            {Part::PostalZipcode, Part::PostalCity},
            {Part::PostalCounty, Part::PostalState}};
}

QJsonValue Address::localizedField(Part part) const
{
    const QString name = partName(part);
    for (const QJsonValue &line : array(kLocalized)) {
        for (const QJsonValue &field : line.toArray()) {
            const QJsonObject o = field.toObject();
            if (o.value(kName).toString().compare(name, Qt::CaseInsensitive) == 0)
                return o;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString Address::value(Part part) const
{
    const QJsonValue form =
        m_json.value(isStreet(part) ? QStringLiteral("Street") : QStringLiteral("Postal"));
    if (form.isObject()) {
        const QJsonValue v = form.toObject().value(structuredMember(part));
        if (v.isString())
            return v.toString();
    }
    const QJsonValue field = localizedField(part);
    if (field.isObject())
        return field.toObject().value(kValue).toString();
    return QString();
}

QString Address::resourceLabel(const QString &key)
{
    QString bare = key.trimmed();
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    // The keys SuperOffice's address layouts use (superoffice-fields.md §3 and the localization
    // docs); a tenant's own layouts use the same set.
    static const struct
    {
        const char *key;
        const char *words;
    } known[] = {
        {"SR_AL_STREET", QT_TR_NOOP("Street address")},
        {"SR_AL_POBOX", QT_TR_NOOP("Postal address")},
        {"SR_AL_POSTALADDRESS", QT_TR_NOOP("Postal address")},
        {"SR_AL_ADDRESS", QT_TR_NOOP("Address")},
        {"SR_AL_ADDRESS1", QT_TR_NOOP("Address 1")},
        {"SR_AL_ADDRESS2", QT_TR_NOOP("Address 2")},
        {"SR_AL_ADDRESS3", QT_TR_NOOP("Address 3")},
        {"SR_AL_POSTCODECITY", QT_TR_NOOP("Postcode/City")},
        {"SR_AL_ZIPCITY", QT_TR_NOOP("Zip code/City")},
        {"SR_AL_CITYPOSTCODE", QT_TR_NOOP("City/Postcode")},
        {"SR_AL_CITY", QT_TR_NOOP("City")},
        {"SR_AL_POSTCODE", QT_TR_NOOP("Postcode")},
        {"SR_AL_ZIPCODE", QT_TR_NOOP("Zip code")},
        {"SR_AL_ZIP", QT_TR_NOOP("Zip code")},
        {"SR_AL_COUNTY", QT_TR_NOOP("County")},
        {"SR_AL_COUNTYPCODE", QT_TR_NOOP("County/Postcode")},
        {"SR_AL_STATE", QT_TR_NOOP("State")},
        {"SR_AL_STATEZIP", QT_TR_NOOP("State/Zip code")},
        {"SR_AL_CITYSTATEZIP", QT_TR_NOOP("City/State/Zip code")},
        {"SR_AL_PROVINCE", QT_TR_NOOP("Province")},
        {"SR_AL_REGION", QT_TR_NOOP("Region")},
    };
    for (const auto &entry : known) {
        if (bare.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return tr(entry.words);
    }
    return QString();
}

QString Address::caption(Part part) const
{
    const QJsonValue field = localizedField(part);
    if (!field.isObject())
        return label(part);
    const QString text = field.toObject().value(QStringLiteral("Label")).toString().trimmed();
    // The layout's "" is "no label": the field shares the line's caption.
    if (text.isEmpty())
        return QString();
    const QString words = resourceLabel(text);
    if (!words.isEmpty())
        return words;
    return text.startsWith(QLatin1String("SR_")) || text.startsWith(QLatin1String("[SR_"))
               ? label(part)
               : text;
}

QString Address::label(Part part) const
{
    const QJsonValue field = localizedField(part);
    if (field.isObject()) {
        const QString label = field.toObject().value(QStringLiteral("Label")).toString();
        // Resource ids ("[SR_…]", and the bare "SR_AL_…" real servers send) are no words.
        if (!label.isEmpty() && !label.startsWith(QLatin1String("[SR_")) &&
            !label.startsWith(QLatin1String("SR_")))
            return label;
    }
    switch (part) {
    case Part::StreetAddress1:
    case Part::StreetAddress2:
    case Part::StreetAddress3:
        return tr("Street address");
    case Part::Address1:
    case Part::Address2:
    case Part::Address3:
        return tr("Address");
    case Part::PostalAddress1:
    case Part::PostalAddress2:
    case Part::PostalAddress3:
        return tr("Postal address");
    case Part::StreetZipcode:
    case Part::PostalZipcode:
    case Part::Zipcode:
        return tr("Postcode");
    case Part::StreetCity:
    case Part::PostalCity:
    case Part::City:
        return tr("City");
    case Part::StreetCounty:
    case Part::PostalCounty:
    case Part::County:
        return tr("County");
    case Part::StreetState:
    case Part::PostalState:
    case Part::State:
        return tr("State");
    }
    return QString();
}

int Address::maxLength(Part part) const
{
    const QJsonValue field = localizedField(part);
    return field.isObject() ? field.toObject().value(QStringLiteral("ValueLength")).toInt() : 0;
}

QString Address::composed() const
{
    QStringList out;
    for (const QList<Part> &line : layout()) {
        QStringList words;
        for (Part p : line) {
            const QString v = value(p).trimmed();
            if (!v.isEmpty())
                words.append(v);
        }
        if (!words.isEmpty())
            out.append(words.join(QLatin1Char(' ')));
    }
    return out.join(QLatin1Char('\n'));
}

bool Address::setValue(Part part, const QString &text)
{
    bool written = false;
    const QString formName = isStreet(part) ? QStringLiteral("Street") : QStringLiteral("Postal");
    const QJsonValue form = m_json.value(formName);
    if (form.isObject()) {
        QJsonObject o = form.toObject();
        o.insert(structuredMember(part), text);
        m_json.insert(formName, o);
        written = true;
    }
    QJsonArray lines = array(kLocalized);
    const QString name = partName(part);
    bool localizedChanged = false;
    for (qsizetype l = 0; l < lines.size() && !localizedChanged; ++l) {
        QJsonArray line = lines.at(l).toArray();
        for (qsizetype f = 0; f < line.size(); ++f) {
            QJsonObject field = line.at(f).toObject();
            if (field.value(kName).toString().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            field.insert(kValue, text);
            line.replace(f, field);
            lines.replace(l, line);
            localizedChanged = true;
            break;
        }
    }
    if (localizedChanged) {
        m_json.insert(kLocalized, lines);
        written = true;
    }
    if (!written && !hasLocalized()) {
        // Nothing was received for this part: start the structured form, which every server reads.
        QJsonObject o{{QStringLiteral("AtypeIdx"), isStreet(part)
                                                       ? QStringLiteral("ContactStreetAddress")
                                                       : QStringLiteral("ContactPostalAddress")}};
        o.insert(structuredMember(part), text);
        m_json.insert(formName, o);
        written = true;
    }
    return written;
}

QList<Address::Part> Address::unplacedParts() const
{
    QList<Part> placed;
    for (const QList<Part> &line : layout())
        placed.append(line);
    QList<Part> out;
    for (Part p : parts()) {
        if (!placed.contains(p) && !value(p).isEmpty())
            out.append(p);
    }
    return out;
}

void Address::keepUnplaced(Part part, const QString &text)
{
    const QString formName = isStreet(part) ? QStringLiteral("Street") : QStringLiteral("Postal");
    QJsonObject o = m_json.value(formName).toObject();
    if (!o.contains(QLatin1String("AtypeIdx")))
        o.insert(QStringLiteral("AtypeIdx"),
                 isPersonPart(part) ? QStringLiteral("PersonPrivateAddress")
                 : isStreet(part)   ? QStringLiteral("ContactStreetAddress")
                                    : QStringLiteral("ContactPostalAddress"));
    o.insert(structuredMember(part), text);
    m_json.insert(formName, o);
}

Address Address::blankLayout() const
{
    QJsonObject json = m_json;
    QJsonArray lines = array(kLocalized);
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QJsonArray line = lines.at(l).toArray();
        for (qsizetype f = 0; f < line.size(); ++f) {
            QJsonObject field = line.at(f).toObject();
            field.insert(kValue, QString());
            line.replace(f, field);
        }
        lines.replace(l, line);
    }
    if (!lines.isEmpty())
        json.insert(kLocalized, lines);
    for (const QString &formName : {QStringLiteral("Street"), QStringLiteral("Postal")}) {
        if (!json.value(formName).isObject())
            continue;
        QJsonObject form = json.value(formName).toObject();
        for (const QString &member :
             {QStringLiteral("Address1"), QStringLiteral("Address2"), QStringLiteral("Address3"),
              QStringLiteral("Zipcode"), QStringLiteral("City"), QStringLiteral("County"),
              QStringLiteral("State"), QStringLiteral("Formatted")}) {
            if (form.contains(member))
                form.insert(member, QString());
        }
        json.insert(formName, form);
    }
    json.remove(QStringLiteral("Formatted"));
    return Address(json);
}

Address Address::relaid(const Address &from, const Address &layout)
{
    Address out = layout;
    QList<Part> placed;
    for (const QList<Part> &line : layout.layout())
        placed.append(line);
    for (Part p : from.parts()) {
        const QString v = from.value(p);
        // A blank part leaves whatever the new layout brought (a country's default).
        if (v.isEmpty())
            continue;
        // The user's value wins over the new layout's for the same part: the address is
        // theirs, only its arrangement is the country's.
        if (placed.contains(p))
            out.setValue(p, v);
        else
            out.keepUnplaced(p, v);
    }
    return out;
}
