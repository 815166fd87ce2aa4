#include "carriercodec.h"

#include "carrierlistdecoder.h"

std::optional<QJsonDocument> CarrierCodec::parse(const QByteArray &bytes, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        if (error)
            *error = tr("The data is empty.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The data is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> CarrierCodec::decodeObject(const QByteArray &bytes,
                                                      CarrierSchema::Type type, QString *error)
{
    // A company's persons are most of a large one: read them one by one, in half the memory.
    if (type == CarrierSchema::Type::ContactEntity) {
        if (auto object = CarrierListDecoder::decode(bytes, QLatin1String("Persons"))) {
            CarrierSchema::of(type).normalize(*object);
            return object;
        }
    }
    const auto doc = parse(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = tr("Expected a JSON object but got %1.")
                         .arg(doc->isArray() ? tr("an array") : tr("a single value"));
        return std::nullopt;
    }
    QJsonObject object = doc->object();
    CarrierSchema::of(type).normalize(object);
    return object;
}

std::optional<QJsonArray> CarrierCodec::decodeArray(const QByteArray &bytes,
                                                    CarrierSchema::Type elementType, QString *error)
{
    const auto doc = parse(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error = tr("Expected a JSON array but got %1.")
                         .arg(doc->isObject() ? tr("an object") : tr("a single value"));
        return std::nullopt;
    }
    QJsonArray array = doc->array();
    const CarrierSchema &schema = CarrierSchema::of(elementType);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            continue;
        QJsonObject o = array.at(i).toObject();
        if (schema.normalize(o))
            array.replace(i, o);
    }
    return array;
}

std::optional<ContactEntity> CarrierCodec::decodeContact(const QByteArray &bytes, QString *error)
{
    auto object = decodeObject(bytes, CarrierSchema::Type::ContactEntity, error);
    if (!object)
        return std::nullopt;
    return ContactEntity(*object);
}

QJsonObject CarrierCodec::normalized(QJsonObject object, CarrierSchema::Type type)
{
    CarrierSchema::of(type).normalize(object);
    return object;
}

QByteArray CarrierCodec::encode(const QJsonObject &object, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(object).toJson(format);
}

QJsonValue CarrierCodec::withoutRights(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (element.isObject() || element.isArray())
                array.replace(i, withoutRights(element));
        }
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(QLatin1String("TableRight"));
    object.remove(QLatin1String("FieldProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isObject() || it->isArray())
            *it = withoutRights(*it);
    }
    return object;
}

QByteArray CarrierCodec::encodeForRequest(const QJsonObject &object)
{
    return encode(withoutRights(object).toObject());
}
