#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The same answer as QJsonValue's operator==, without walking what two values share: a base
// and its working copy share nearly everything (a company's thousands of persons), and Qt's
// comparison walks shared containers element by element all the same.
class JsonEqual
{
public:
    static bool equal(const QJsonValue &a, const QJsonValue &b);
    static bool equal(const QJsonObject &a, const QJsonObject &b);
    static bool equal(const QJsonArray &a, const QJsonArray &b);
    // Whether the two hold the very same container (so are equal without looking).
    static bool same(const QJsonObject &a, const QJsonObject &b);
    static bool same(const QJsonArray &a, const QJsonArray &b);
};
