// Rights masks (RightMask) and the rights of a carrier (FieldRights): a mask as a string, a number
// or any JSON reads without harm, and the server's text for a mask reads back as that mask. An
// input that is a JSON object is read as a carrier with TableRight and FieldProperties.

#include "fuzzsupport.h"

#include "fieldrights.h"
#include "rightmask.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The bits that have a name in the server's text.
constexpr int kNamedFieldBits = RightMask::FieldUpdate | RightMask::FieldNullable |
                                RightMask::FieldUIHintMandatory | RightMask::FieldUIHintReadOnly;
constexpr int kNamedTableBits =
    RightMask::TableFull | RightMask::TableFiltering | RightMask::TableRestrictedUpdate;

void checkMask(const QJsonValue &mask)
{
    bool ok = false;
    const int field = RightMask::parseFieldMask(mask, &ok);
    const QString fieldText = RightMask::fieldMaskText(field);
    CE_FUZZ_CHECK(RightMask::parseFieldMask(fieldText) == (field & kNamedFieldBits),
                  QString::number(field) + QStringLiteral(" -> ") + fieldText);
    const int table = RightMask::parseTableMask(mask, &ok);
    const QString tableText = RightMask::tableMaskText(table);
    CE_FUZZ_CHECK(RightMask::parseTableMask(tableText) == (table & kNamedTableBits),
                  QString::number(table) + QStringLiteral(" -> ") + tableText);
}

void readRights(const FieldRights &rights, const QJsonObject &carrier, int depth)
{
    (void)rights.canReadRecord();
    (void)rights.canEditRecord();
    (void)rights.recordReason();
    const QJsonObject properties = carrier.value(QLatin1String("FieldProperties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        (void)rights.field(it.key());
        (void)rights.customField(it.key());
        (void)rights.property(it.key());
    }
    for (const QString &member : carrier.keys()) {
        (void)rights.field(member);
        const QJsonValue value = carrier.value(member);
        if (value.isObject() && depth < 4)
            readRights(rights.nested(value.toObject()), value.toObject(), depth + 1);
        if (value.isArray() && depth < 4) {
            for (const QJsonValue &element : value.toArray()) {
                if (element.isObject())
                    readRights(rights.nested(element.toObject()), element.toObject(), depth + 1);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    checkMask(QJsonValue(QString::fromUtf8(input)));
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isArray()) {
        for (const QJsonValue &mask : doc.array())
            checkMask(mask);
    }
    if (doc.isObject()) {
        const QJsonObject carrier = doc.object();
        for (const bool isNew : {false, true})
            readRights(FieldRights::fromCarrier(carrier, isNew), carrier, 0);
    }
    return 0;
}
