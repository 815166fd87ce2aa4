#pragma once

#include "jsonpath.h"

#include <QJsonArray>
#include <QList>
#include <utility>

// Which rows of one list differ between two versions of an entity: what the list's model tells
// its views when the document takes a new version. For a company with thousands of persons the
// comparison is worked out where a save's answer is decoded, off the window's thread, and the
// model takes it only for exactly the two lists it was worked out for.
class ListChanges
{
public:
    ListChanges() = default;
    ListChanges(const JsonPath &list, const QJsonArray &before, const QJsonArray &after);

    // Runs of changed rows, first and last, in order; lists of different lengths have none
    // (their model is reset instead).
    static QList<std::pair<int, int>> changedRows(const QJsonArray &before,
                                                  const QJsonArray &after);

    const JsonPath &list() const { return m_list; }
    // Worked out for these very lists (not merely equal ones).
    bool isFor(const JsonPath &list, const QJsonArray &before, const QJsonArray &after) const;
    const QList<std::pair<int, int>> &rows() const { return m_rows; }

private:
    JsonPath m_list;
    QJsonArray m_before;
    QJsonArray m_after;
    QList<std::pair<int, int>> m_rows;
    bool m_known = false;
};
