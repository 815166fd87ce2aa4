#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>

// Reads a JSON object with one long array of carriers (a company's persons) an element at a
// time, so that Qt's tree of a huge company takes about half the memory of one whole parse:
// the elements' identical nested objects (their rights) are stored once, and no element keeps
// the spare capacity a growing parse leaves. The result equals QJsonDocument::fromJson's.
class CarrierListDecoder
{
public:
    // The object, or nothing when the bytes are not such an object: not valid JSON, no such
    // member exactly once at the top, or an element that is not an object. Parse those whole.
    // An element equal to the one at the same place in like's list is that one, shared: a
    // draft's working copy takes its unchanged persons from its base.
    static std::optional<QJsonObject> decode(const QByteArray &bytes, QLatin1String member,
                                             const QJsonObject &like = QJsonObject());
};
