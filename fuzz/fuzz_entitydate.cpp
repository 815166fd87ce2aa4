// Dates as SuperOffice writes them (EntityDate): any text reads without harm and is kept byte for
// byte; a date it understood, written the way the editor writes a new value, reads back the same.

#include "fuzzsupport.h"

#include "entitydate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const EntityDate date = EntityDate::fromWire(text);
    CE_FUZZ_CHECK(date.wireText() == text, text);
    (void)date.displayText();
    (void)date.displayText(QLocale::LongFormat);
    if (!date.isValid() || date.isEmpty()) {
        CE_FUZZ_CHECK(!date.dateTime().isValid() || !date.isEmpty(), text);
        return 0;
    }
    CE_FUZZ_CHECK(date.dateTime().isValid(), text);
    // The editor writes seconds without an offset, in the time the date was shown in.
    const QDateTime shown = date.hasOffset() ? date.dateTime().toLocalTime() : date.dateTime();
    const EntityDate written = EntityDate::fromDateTime(shown);
    const EntityDate reread = EntityDate::fromWire(written.wireText());
    CE_FUZZ_CHECK(reread.isValid() && !reread.isEmpty(),
                  text + QStringLiteral(" -> ") + written.wireText());
    CE_FUZZ_CHECK(reread.dateTime().date() == shown.date() &&
                      reread.dateTime().time().toString(QStringLiteral("HH:mm:ss")) ==
                          shown.time().toString(QStringLiteral("HH:mm:ss")),
                  text + QStringLiteral(" -> ") + written.wireText());
    return 0;
}
