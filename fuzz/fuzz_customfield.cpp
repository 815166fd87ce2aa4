// Custom-field values in SuperOffice's string encoding (CustomFieldValue, CustomFieldEncoding):
// any wire text decodes; a value written back in a bucket's encoding reads back as the same value.
// The first byte picks the field's type and bucket; the rest is the wire text.

#include "fuzzsupport.h"

#include "customfieldencoding.h"
#include "customfieldvalue.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace {

using Type = CustomFieldDefinition::Type;
using Bucket = CustomFieldEncoding::Bucket;

bool same(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double &&
        std::isnan(a.toDouble()) && std::isnan(b.toDouble()))
        return true;
    return a == b && a.isNull() == b.isNull();
}

QString describe(const QVariant &v)
{
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(v.typeName()), v.toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Type type = Type(data[0] % (int(Type::Other) + 1));
    const Bucket bucket = Bucket((data[0] >> 4) % 3);
    const QString wire = QString::fromUtf8(Fuzz::bytes(data + 1, size - 1));

    // CustomFieldValue: the form it arrived in is kept, and rewriting the value it holds gives a
    // text that reads back as that value again, in the same form.
    const CustomFieldValue value = CustomFieldValue::decode(wire);
    CE_FUZZ_CHECK(value.wire() == wire, wire);
    (void)value.displayText();
    bool fits = false;
    const CustomFieldValue rewritten = value.withValue(value.value(), &fits);
    if (fits) {
        const CustomFieldValue again = CustomFieldValue::decode(rewritten.wire());
        CE_FUZZ_CHECK(again.type() == rewritten.type(),
                      wire + QStringLiteral(" -> ") + rewritten.wire());
        CE_FUZZ_CHECK(again.isWellFormed(), wire + QStringLiteral(" -> ") + rewritten.wire());
        CE_FUZZ_CHECK(again.withValue(again.value()).wire() == rewritten.wire(),
                      wire + QStringLiteral(" -> ") + rewritten.wire() + QStringLiteral(" -> ") +
                          again.withValue(again.value()).wire());
    }

    // CustomFieldEncoding: what a defined field reads, written in its bucket's encoding, reads
    // back the same.
    const QVariant decoded = CustomFieldEncoding::decode(type, wire);
    const QString encoded = CustomFieldEncoding::encode(type, bucket, decoded, wire);
    const QVariant back = CustomFieldEncoding::decode(type, encoded);
    if (type != Type::Unknown && type != Type::Other) {
        // Numbers and dates have no empty value on the server: empty comes back as 0 or no date.
        const bool clearedNumber =
            decoded.isNull() && (type == Type::Integer || type == Type::List ||
                                 type == Type::Relation || type == Type::Decimal);
        if (!clearedNumber)
            CE_FUZZ_CHECK(same(decoded, back), wire + QStringLiteral(" -> ") + describe(decoded) +
                                                   QStringLiteral(" -> ") + encoded +
                                                   QStringLiteral(" -> ") + describe(back));
    }
    return 0;
}
