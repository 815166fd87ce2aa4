#pragma once

#include "carrierschema.h"
#include "contactentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

// The lossless JSON codec: bytes to carriers and back. Member names are matched
// case-insensitively on input and written in the server's PascalCase; everything else is kept.
class CarrierCodec
{
    Q_DECLARE_TR_FUNCTIONS(CarrierCodec)

public:
    static std::optional<QJsonObject> decodeObject(const QByteArray &bytes, CarrierSchema::Type type,
                                                   QString *error = nullptr);
    static std::optional<QJsonArray> decodeArray(const QByteArray &bytes, CarrierSchema::Type elementType,
                                                 QString *error = nullptr);
    static std::optional<ContactEntity> decodeContact(const QByteArray &bytes, QString *error = nullptr);

    // Canonical member casing for an object that did not come through decode (a request body).
    static QJsonObject normalized(QJsonObject object, CarrierSchema::Type type);

    static QByteArray encode(const QJsonObject &object, QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    static QByteArray encode(const Carrier &carrier, QJsonDocument::JsonFormat format = QJsonDocument::Compact)
    {
        return encode(carrier.json(), format);
    }

private:
    static std::optional<QJsonDocument> parse(const QByteArray &bytes, QString *error);
};
