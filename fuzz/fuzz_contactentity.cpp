// The ContactEntity decoder and encoder: whatever a server sends either fails to decode with a
// message or decodes to an entity that encodes and decodes again to the same entity, and every
// typed read the editor makes of it survives. It reads exactly what one whole parse reads.

#include "fuzzsupport.h"

#include "carriercodec.h"
#include "entitydocument.h"

namespace {

void readEverything(const ContactEntity &entity)
{
    (void)entity.contactId();
    (void)entity.name();
    (void)entity.description();
    for (const QString &member : entity.json().keys()) {
        if (entity.value(member).isString())
            (void)entity.date(member).displayText();
    }
    for (const QString &list : {QStringLiteral("Emails"), QStringLiteral("Urls"),
                                QStringLiteral("Phones"), QStringLiteral("Faxes")}) {
        for (const EntityElement &element : entity.elements(list))
            (void)element.value();
    }
    for (const SelectableMDOListItem &interest : entity.interests())
        (void)interest.name();
    for (const Person &person : entity.persons())
        (void)person.displayName();
    (void)entity.supportPerson().displayName();
    (void)entity.utmParameters().campaign();
    (void)entity.bounceEmails();
    (void)entity.domains();
    (void)entity.userDefinedFields();
    (void)entity.extraFields();
    (void)entity.customFields();
    const Address address = entity.address();
    for (const QList<Address::Part> &line : address.layout()) {
        for (Address::Part part : line)
            (void)address.caption(part);
    }
    (void)address.composed();
    const FieldRights rights = entity.rights();
    (void)rights.canEditRecord();
    for (const QString &member : entity.json().keys())
        (void)rights.field(member);
    // What opening the company in the editor does with it.
    EntityDocument document(entity);
    (void)document.isModified();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray input = Fuzz::bytes(data, size);
    QString error;
    const std::optional<ContactEntity> first = CarrierCodec::decodeContact(input, &error);
    // Persons are read one by one: what comes out is what one whole parse makes of the bytes.
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(input, &parseError);
    const bool wholeReads = parseError.error == QJsonParseError::NoError && whole.isObject();
    CE_FUZZ_CHECK(first.has_value() == wholeReads, QString::fromUtf8(input.toPercentEncoding()));
    if (!first) {
        CE_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a message"));
        return 0;
    }
    CE_FUZZ_CHECK(first->json() ==
                      CarrierCodec::normalized(whole.object(), CarrierSchema::Type::ContactEntity),
                  QString::fromUtf8(input.toPercentEncoding()));
    const QByteArray encoded = CarrierCodec::encode(*first);
    const std::optional<ContactEntity> second = CarrierCodec::decodeContact(encoded, &error);
    CE_FUZZ_CHECK(second.has_value(), QString::fromUtf8(encoded) + QStringLiteral("\n") + error);
    CE_FUZZ_CHECK(second->json() == first->json(),
                  QString::fromUtf8(encoded) + QStringLiteral("\nbecame\n") +
                      QString::fromUtf8(CarrierCodec::encode(*second)));
    CE_FUZZ_CHECK(CarrierCodec::encode(*second) == encoded, QString::fromUtf8(encoded));
    // A request body made of it is an entity too.
    const QByteArray request = CarrierCodec::encodeForRequest(first->json());
    CE_FUZZ_CHECK(CarrierCodec::decodeContact(request).has_value(), QString::fromUtf8(request));
    readEverything(*first);
    return 0;
}
