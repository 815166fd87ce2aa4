#pragma once

#include "carrierschema.h"
#include "contactentity.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

// The lossless JSON codec: bytes to carriers and back. Member names are matched
// case-insensitively on input and written in the server's PascalCase; everything else is kept.
class CarrierCodec
{
    Q_DECLARE_TR_FUNCTIONS(CarrierCodec)

public:
    static std::optional<QJsonObject>
    decodeObject(const QByteArray &bytes, CarrierSchema::Type type, QString *error = nullptr);
    static std::optional<QJsonArray>
    decodeArray(const QByteArray &bytes, CarrierSchema::Type elementType, QString *error = nullptr);
    static std::optional<ContactEntity> decodeContact(const QByteArray &bytes,
                                                      QString *error = nullptr);

    // Canonical member casing for an object that did not come through decode (a request body).
    static QJsonObject normalized(QJsonObject object, CarrierSchema::Type type);

    static QByteArray encode(const QJsonObject &object,
                             QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    static QByteArray encode(const Carrier &carrier,
                             QJsonDocument::JsonFormat format = QJsonDocument::Compact)
    {
        return encode(carrier.json(), format);
    }

    // For a request body: the same without the rights the server sent (TableRight and
    // FieldProperties, on the entity and every nested carrier). They are the server's answer
    // about the user, never input, and on a company with many persons they are half the bytes.
    static QByteArray encodeForRequest(const QJsonObject &object);
    static QJsonValue withoutRights(const QJsonValue &value);

private:
    static std::optional<QJsonDocument> parse(const QByteArray &bytes, QString *error);
};
