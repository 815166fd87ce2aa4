#include "addresslayout.h"

#include <QJsonArray>

using Part = Address::Part;

namespace {

struct FieldSpec
{
    Part part;
    const char *label; // resource id without brackets, or "" for none
    int length;
};

using Line = QList<FieldSpec>;

int lengthOf(Part part)
{
    switch (part) {
    case Part::StreetZipcode:
    case Part::PostalZipcode:
        return 9;
    case Part::StreetAddress1:
    case Part::StreetAddress2:
    case Part::StreetAddress3:
    case Part::PostalAddress1:
    case Part::PostalAddress2:
    case Part::PostalAddress3:
        return 80;
    default:
        return 30;
    }
}

// The company layouts of real servers: Norway (4) and the UK (3) as captured; Sweden and Denmark
// like Norway with their own postcode widths; Germany and the Netherlands postcode before city
// with a second street line; the US city, state and zip; any other country the Nordic form.
QList<Line> linesFor(const QString &layout, bool street)
{
    const Part a1 = street ? Part::StreetAddress1 : Part::PostalAddress1;
    const Part a2 = street ? Part::StreetAddress2 : Part::PostalAddress2;
    const Part a3 = street ? Part::StreetAddress3 : Part::PostalAddress3;
    const Part zip = street ? Part::StreetZipcode : Part::PostalZipcode;
    const Part city = street ? Part::StreetCity : Part::PostalCity;
    const Part county = street ? Part::StreetCounty : Part::PostalCounty;
    const Part state = street ? Part::StreetState : Part::PostalState;
    const char *first = street ? "SR_AL_STREET" : "SR_AL_POBOX";
    const QString kind = AddressLayout::kind(layout);
    if (kind == QLatin1String("citypostcode")) {
        return {{{a1, "SR_AL_ADDRESS1", 80}},
                {{a2, "SR_AL_ADDRESS2", 80}},
                {{a3, "SR_AL_ADDRESS3", 80}},
                {{city, "SR_AL_CITY", 80}},
                {{county, "SR_AL_COUNTYPCODE", 29}, {zip, "", 12}}};
    }
    if (kind == QLatin1String("citystatezip")) {
        return {{{a1, first, lengthOf(a1)}},
                {{a2, "", lengthOf(a2)}},
                {{city, "SR_AL_CITY", lengthOf(city)},
                 {state, "SR_AL_STATE", 5},
                 {zip, "SR_AL_ZIPCODE", 12}}};
    }
    if (layout == QLatin1String("de") || layout == QLatin1String("nl")) {
        const int zipLength = layout == QLatin1String("de") ? 5 : 7;
        return {{{a1, first, lengthOf(a1)}},
                {{a2, "SR_AL_ADDRESS2", lengthOf(a2)}},
                {{zip, "SR_AL_ZIPCODECITY", zipLength}, {city, "", lengthOf(city)}}};
    }
    const int zipLength = layout == QLatin1String("se")   ? 6
                          : layout == QLatin1String("dk") ? 4
                                                          : lengthOf(zip);
    return {{{a1, first, lengthOf(a1)}},
            {{zip, "SR_AL_POSTCODECITY", zipLength}, {city, "", lengthOf(city)}}};
}

QString structuredMember(Part part)
{
    switch (part) {
    case Part::StreetAddress1:
    case Part::PostalAddress1:
        return QStringLiteral("Address1");
    case Part::StreetAddress2:
    case Part::PostalAddress2:
        return QStringLiteral("Address2");
    case Part::StreetAddress3:
    case Part::PostalAddress3:
        return QStringLiteral("Address3");
    case Part::StreetZipcode:
    case Part::PostalZipcode:
        return QStringLiteral("Zipcode");
    case Part::StreetCity:
    case Part::PostalCity:
        return QStringLiteral("City");
    case Part::StreetCounty:
    case Part::PostalCounty:
        return QStringLiteral("County");
    case Part::StreetState:
    case Part::PostalState:
        return QStringLiteral("State");
    case Part::Address1:
    case Part::Address2:
    case Part::Address3:
    case Part::Zipcode:
    case Part::City:
    case Part::County:
    case Part::State:
        // A person's parts are named as their structured members already.
        return Address::partName(part);
    }
    return QString();
}

QJsonObject structured(const AddressLayout::Values &values, const QString &layout, bool street)
{
    QJsonObject o{{QStringLiteral("AtypeIdx"), street ? QStringLiteral("ContactStreetAddress")
                                                      : QStringLiteral("ContactPostalAddress")},
                  {QStringLiteral("TableRight"), QJsonValue()},
                  {QStringLiteral("FieldProperties"), QJsonObject()}};
    for (Part p : Address::allParts()) {
        if (Address::isStreet(p) == street && !Address::isPersonPart(p))
            o.insert(structuredMember(p), values.value(p));
    }
    o.insert(QStringLiteral("Formatted"), AddressLayout::formatted(values, layout, street));
    return o;
}

} // namespace

QString AddressLayout::kind(const QString &layout)
{
    if (layout == QLatin1String("gb") || layout == QLatin1String("citypostcode"))
        return QStringLiteral("citypostcode");
    if (layout == QLatin1String("us") || layout == QLatin1String("citystatezip"))
        return QStringLiteral("citystatezip");
    return QStringLiteral("zipcity");
}

int AddressLayout::maxLength(Part part)
{
    return lengthOf(part);
}

QString AddressLayout::formatted(const Values &values, const QString &layout, bool street)
{
    QStringList out;
    for (const Line &line : linesFor(layout, street)) {
        QStringList words;
        for (const FieldSpec &f : line) {
            const QString v = values.value(f.part).trimmed();
            if (!v.isEmpty())
                words.append(v);
        }
        if (!words.isEmpty())
            out.append(words.join(QLatin1Char(' ')));
    }
    return out.join(QLatin1Char('\n'));
}

QJsonObject AddressLayout::build(const Values &values, const QString &layout,
                                 const QJsonObject &base)
{
    QJsonObject address = base;
    QJsonArray lines;
    for (bool street : {true, false}) {
        for (const Line &line : linesFor(layout, street)) {
            QJsonArray fields;
            for (const FieldSpec &f : line) {
                // Bare resource ids, as real servers send them: the client names them.
                const QString label = QString::fromLatin1(f.label);
                fields.append(QJsonObject{{QStringLiteral("Name"), Address::partName(f.part)},
                                          {QStringLiteral("Value"), values.value(f.part)},
                                          {QStringLiteral("Tooltip"), QString()},
                                          {QStringLiteral("Label"), label},
                                          {QStringLiteral("ValueLength"), f.length},
                                          {QStringLiteral("AddressType"),
                                           street ? QStringLiteral("ContactStreetAddress")
                                                  : QStringLiteral("ContactPostalAddress")},
                                          {QStringLiteral("TableRight"), QJsonValue()},
                                          {QStringLiteral("FieldProperties"), QJsonObject()}});
            }
            lines.append(fields);
        }
    }
    address.insert(QStringLiteral("LocalizedAddress"), lines);
    address.insert(QStringLiteral("Street"), structured(values, layout, true));
    address.insert(QStringLiteral("Postal"), structured(values, layout, false));
    const QString postal = formatted(values, layout, false);
    address.insert(QStringLiteral("Formatted"),
                   postal.isEmpty() ? formatted(values, layout, true) : postal);
    if (!address.contains(QStringLiteral("Wgs84Latitude")))
        address.insert(QStringLiteral("Wgs84Latitude"), 0);
    if (!address.contains(QStringLiteral("Wgs84Longitude")))
        address.insert(QStringLiteral("Wgs84Longitude"), 0);
    if (!address.contains(QStringLiteral("TableRight")))
        address.insert(QStringLiteral("TableRight"), QJsonValue());
    if (!address.contains(QStringLiteral("FieldProperties")))
        address.insert(QStringLiteral("FieldProperties"), QJsonObject());
    return address;
}

AddressLayout::Values AddressLayout::localizedValues(const QJsonObject &address)
{
    Values out;
    for (const QJsonValue &line : address.value(QLatin1String("LocalizedAddress")).toArray()) {
        for (const QJsonValue &field : line.toArray()) {
            const QJsonObject o = field.toObject();
            Part p;
            const QJsonValue v = o.value(QLatin1String("Value"));
            if (Address::partFromName(o.value(QLatin1String("Name")).toString(), &p) &&
                (v.isString() || v.isNull()))
                out.insert(p, v.toString());
        }
    }
    return out;
}

AddressLayout::Values AddressLayout::structuredValues(const QJsonObject &address)
{
    Values out;
    for (Part p : Address::allParts()) {
        const QJsonValue form =
            address.value(Address::isStreet(p) ? QLatin1String("Street") : QLatin1String("Postal"));
        if (!form.isObject())
            continue;
        const QJsonValue v = form.toObject().value(structuredMember(p));
        if (v.isString() || v.isNull())
            out.insert(p, v.toString());
    }
    return out;
}

AddressLayout::Values AddressLayout::values(const QJsonObject &address)
{
    Values out = localizedValues(address);
    const Values s = structuredValues(address);
    for (auto it = s.constBegin(); it != s.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

AddressLayout::Values AddressLayout::merged(const Values &stored, const QJsonObject &incoming)
{
    Values out = stored;
    const Values localized = localizedValues(incoming);
    const Values structured = structuredValues(incoming);
    for (Part p : Address::allParts()) {
        const QString before = stored.value(p);
        if (localized.contains(p) && localized.value(p) != before)
            out.insert(p, localized.value(p));
        else if (structured.contains(p) && structured.value(p) != before)
            out.insert(p, structured.value(p));
    }
    return out;
}

QJsonObject AddressLayout::fill(const QJsonObject &address, const Values &values,
                                const QString &layout)
{
    Address a(address);
    if (!a.hasLocalized() && !a.hasStructured())
        return build(values, layout, address);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        a.setValue(it.key(), it.value());
    QJsonObject out = a.json();
    // Keep Formatted truthful for the forms that were filled.
    const Values now = AddressLayout::values(out);
    for (bool street : {true, false}) {
        const QString member = street ? QStringLiteral("Street") : QStringLiteral("Postal");
        if (out.value(member).isObject()) {
            QJsonObject form = out.value(member).toObject();
            form.insert(QStringLiteral("Formatted"), formatted(now, layout, street));
            out.insert(member, form);
        }
    }
    return out;
}

namespace {

struct PersonField
{
    const char *name;
    const char *label; // bare resource id, or "" for none
};

using PersonLine = QList<PersonField>;

const QString kPersonAddressType = QStringLiteral("PersonPrivateAddress");

// The layouts of real servers' person addresses (the UK one is a captured answer); the other two
// follow the company layouts of the same countries.
QList<PersonLine> personLinesFor(const QString &layout)
{
    const QString kind = AddressLayout::kind(layout);
    if (kind == QLatin1String("citypostcode")) {
        return {{{"Address1", "SR_AL_ADDRESS1"}},
                {{"Address2", "SR_AL_ADDRESS2"}},
                {{"Address3", "SR_AL_ADDRESS3"}},
                {{"City", "SR_AL_CITY"}},
                {{"County", "SR_AL_COUNTYPCODE"}, {"Zipcode", ""}}};
    }
    if (kind == QLatin1String("citystatezip")) {
        return {{{"Address1", "SR_AL_ADDRESS1"}},
                {{"Address2", "SR_AL_ADDRESS2"}},
                {{"Address3", "SR_AL_ADDRESS3"}},
                {{"City", "SR_AL_CITY"}, {"State", "SR_AL_STATE"}, {"Zipcode", "SR_AL_ZIPCODE"}}};
    }
    return {{{"Address1", "SR_AL_ADDRESS1"}},
            {{"Address2", "SR_AL_ADDRESS2"}},
            {{"Address3", "SR_AL_ADDRESS3"}},
            {{"Zipcode", "SR_AL_POSTCODECITY"}, {"City", ""}}};
}

QString personFormatted(const AddressLayout::PersonValues &values, const QString &layout)
{
    QStringList out;
    for (const PersonLine &line : personLinesFor(layout)) {
        QStringList words;
        for (const PersonField &f : line) {
            const QString v = values.value(QLatin1String(f.name)).trimmed();
            if (!v.isEmpty())
                words.append(v);
        }
        if (!words.isEmpty())
            out.append(words.join(QLatin1Char(' ')));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

const QStringList &AddressLayout::personParts()
{
    static const QStringList parts = {QStringLiteral("Address1"), QStringLiteral("Address2"),
                                      QStringLiteral("Address3"), QStringLiteral("City"),
                                      QStringLiteral("County"),   QStringLiteral("State"),
                                      QStringLiteral("Zipcode")};
    return parts;
}

int AddressLayout::personMaxLength(const QString &part)
{
    if (part == QLatin1String("County"))
        return 29;
    if (part == QLatin1String("State"))
        return 5;
    if (part == QLatin1String("Zipcode"))
        return 12;
    return 80;
}

QJsonObject AddressLayout::buildPerson(const PersonValues &values, const QString &layout,
                                       const QJsonObject &base)
{
    QJsonObject address = base;
    QJsonArray lines;
    for (const PersonLine &line : personLinesFor(layout)) {
        QJsonArray fields;
        for (const PersonField &f : line) {
            const QString name = QString::fromLatin1(f.name);
            fields.append(QJsonObject{{QStringLiteral("Name"), name},
                                      {QStringLiteral("Value"), values.value(name)},
                                      {QStringLiteral("Tooltip"), QString()},
                                      {QStringLiteral("Label"), QString::fromLatin1(f.label)},
                                      {QStringLiteral("ValueLength"), personMaxLength(name)},
                                      {QStringLiteral("AddressType"), kPersonAddressType},
                                      {QStringLiteral("TableRight"), QJsonValue()},
                                      {QStringLiteral("FieldProperties"), QJsonObject()}});
        }
        lines.append(fields);
    }
    const QString formatted = personFormatted(values, layout);
    QJsonObject street{{QStringLiteral("AtypeIdx"), kPersonAddressType}};
    for (const QString &part : personParts())
        street.insert(part, values.value(part));
    street.insert(QStringLiteral("Formatted"), formatted);
    address.insert(QStringLiteral("LocalizedAddress"), lines);
    address.insert(QStringLiteral("Street"), street);
    address.insert(QStringLiteral("Postal"), QJsonValue());
    address.insert(QStringLiteral("Formatted"), formatted);
    if (!address.contains(QStringLiteral("Wgs84Latitude")))
        address.insert(QStringLiteral("Wgs84Latitude"), 0);
    if (!address.contains(QStringLiteral("Wgs84Longitude")))
        address.insert(QStringLiteral("Wgs84Longitude"), 0);
    if (!address.contains(QStringLiteral("TableRight")))
        address.insert(QStringLiteral("TableRight"), QJsonValue());
    if (!address.contains(QStringLiteral("FieldProperties")))
        address.insert(QStringLiteral("FieldProperties"), QJsonObject());
    return address;
}

namespace {

AddressLayout::PersonValues personLocalized(const QJsonObject &address)
{
    AddressLayout::PersonValues out;
    for (const QJsonValue &line : address.value(QLatin1String("LocalizedAddress")).toArray()) {
        for (const QJsonValue &field : line.toArray()) {
            const QJsonObject o = field.toObject();
            const QString name = o.value(QLatin1String("Name")).toString();
            const QJsonValue v = o.value(QLatin1String("Value"));
            for (const QString &part : AddressLayout::personParts()) {
                if (part.compare(name, Qt::CaseInsensitive) == 0 && (v.isString() || v.isNull()))
                    out.insert(part, v.toString());
            }
        }
    }
    return out;
}

AddressLayout::PersonValues personStructured(const QJsonObject &address)
{
    AddressLayout::PersonValues out;
    const QJsonValue street = address.value(QLatin1String("Street"));
    if (!street.isObject())
        return out;
    for (const QString &part : AddressLayout::personParts()) {
        const QJsonValue v = street.toObject().value(part);
        if (v.isString() || v.isNull())
            out.insert(part, v.toString());
    }
    return out;
}

} // namespace

AddressLayout::PersonValues AddressLayout::personValues(const QJsonObject &address)
{
    PersonValues out = personLocalized(address);
    const PersonValues s = personStructured(address);
    for (auto it = s.constBegin(); it != s.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

AddressLayout::PersonValues AddressLayout::mergedPerson(const PersonValues &stored,
                                                        const QJsonObject &incoming)
{
    PersonValues out = stored;
    const PersonValues localized = personLocalized(incoming);
    const PersonValues structured = personStructured(incoming);
    for (const QString &part : personParts()) {
        const QString before = stored.value(part);
        if (localized.contains(part) && localized.value(part) != before)
            out.insert(part, localized.value(part));
        else if (structured.contains(part) && structured.value(part) != before)
            out.insert(part, structured.value(part));
    }
    return out;
}
