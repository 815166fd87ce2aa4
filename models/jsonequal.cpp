#include "jsonequal.h"

#include <QCborValue>

#include <cstring>

namespace {

// QJsonObject and QJsonArray are one implicitly shared pointer each; Qt's binary compatibility
// promise keeps that layout for all of Qt 6, and there is no other way to see it.
static_assert(sizeof(QJsonObject) == sizeof(void *) && sizeof(QJsonArray) == sizeof(void *));

template <typename Container> const void *dataOf(const Container &container)
{
    const void *d = nullptr;
    std::memcpy(&d, static_cast<const void *>(&container), sizeof d);
    return d;
}

// Inside a container Qt compares as CBOR: an integer never equals a double.
bool sameElement(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject())
        return JsonEqual::equal(a.toObject(), b.toObject());
    if (a.isArray() && b.isArray())
        return JsonEqual::equal(a.toArray(), b.toArray());
    return QCborValue::fromJsonValue(a) == QCborValue::fromJsonValue(b);
}

} // namespace

bool JsonEqual::same(const QJsonObject &a, const QJsonObject &b)
{
    return dataOf(a) == dataOf(b);
}

bool JsonEqual::same(const QJsonArray &a, const QJsonArray &b)
{
    return dataOf(a) == dataOf(b);
}

bool JsonEqual::equal(const QJsonObject &a, const QJsonObject &b)
{
    if (same(a, b))
        return true;
    if (a.size() != b.size())
        return false;
    // Member by member in order, as Qt does (an object's members are kept sorted by name).
    for (auto i = a.constBegin(), j = b.constBegin(); i != a.constEnd(); ++i, ++j) {
        if (i.key() != j.key() || !sameElement(i.value(), j.value()))
            return false;
    }
    return true;
}

bool JsonEqual::equal(const QJsonArray &a, const QJsonArray &b)
{
    if (same(a, b))
        return true;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameElement(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

bool JsonEqual::equal(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject())
        return equal(a.toObject(), b.toObject());
    if (a.isArray() && b.isArray())
        return equal(a.toArray(), b.toArray());
    return a == b;
}
