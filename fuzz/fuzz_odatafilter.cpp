// The sandbox's archive $filter (ODataFilter): any text parses or is refused with a reason, and a
// parsed filter matches rows without harm.

#include "fuzzsupport.h"

#include "odatafilter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("orgnr"),
                                 QStringLiteral("contactid"), QStringLiteral("department")};
    QString error;
    const std::optional<ODataFilter> filter = ODataFilter::parse(text, columns, &error);
    if (!filter) {
        CE_FUZZ_CHECK(!error.isEmpty(), text);
        return 0;
    }
    for (const ODataFilter::Clause &clause : filter->clauses())
        CE_FUZZ_CHECK(columns.contains(clause.field), text + QStringLiteral(" -> ") + clause.field);
    (void)filter->matches([](const QString &column) { return column; });
    (void)filter->matches([](const QString &) { return QString(); });
    return 0;
}
