// The address reader (Address over LocalizedAddress lines and the Street and Postal forms): any
// JSON object reads without harm, and a part the address says it can hold reads back what was
// written into it.

#include "fuzzsupport.h"

#include "address.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const Address address(doc.object());
    (void)address.isPersonAddress();
    (void)address.hasLocalized();
    (void)address.hasStructured();
    (void)address.formatted();
    (void)address.composed();
    (void)address.latitude();
    for (const QList<Address::Part> &line : address.layout()) {
        for (Address::Part part : line) {
            (void)address.value(part);
            (void)address.label(part);
            (void)address.caption(part);
            (void)address.maxLength(part);
        }
    }
    (void)address.unplacedParts();
    const Address blank = address.blankLayout();
    (void)Address::relaid(address, blank).composed();

    const QString written = QStringLiteral("Fuzz 1");
    for (Address::Part part : Address::allParts()) {
        Address edited = address;
        if (edited.setValue(part, written))
            CE_FUZZ_CHECK(edited.value(part) == written,
                          Address::partName(part) + QStringLiteral(" in ") +
                              QString::fromUtf8(QJsonDocument(address.json()).toJson()) +
                              QStringLiteral(" reads ") + edited.value(part));
        Address kept = address;
        kept.keepUnplaced(part, written);
        (void)kept.unplacedParts();
    }
    return 0;
}
