#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>

#include <utility>

// Frees a very large entity off the window's thread: the JSON tree of a company with thousands
// of persons takes tens of milliseconds to free, and the window would stall for them. Whatever
// else still shares parts of the tree keeps them; only the last owner frees, on either thread.
namespace BackgroundRelease {

// Persons from which an entity counts as very large.
constexpr int kPersons = 500;

inline bool isLarge(const QJsonObject &entity)
{
    return entity.value(QLatin1String("Persons")).toArray().size() >= kPersons;
}

// Takes value (left empty) and frees it on a pool thread when it is very large; a small one is
// freed here, at once.
template <typename T> void release(T &value, const QJsonObject &json)
{
    if (!isLarge(json))
        return;
    QThreadPool::globalInstance()->start(
        [doomed = std::exchange(value, T())]() mutable { doomed = T(); });
}

} // namespace BackgroundRelease
