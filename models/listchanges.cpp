#include "listchanges.h"

#include "jsonequal.h"

ListChanges::ListChanges(const JsonPath &list, const QJsonArray &before, const QJsonArray &after)
    : m_list(list)
    , m_before(before)
    , m_after(after)
    , m_rows(changedRows(before, after))
    , m_known(true)
{}

QList<std::pair<int, int>> ListChanges::changedRows(const QJsonArray &before,
                                                    const QJsonArray &after)
{
    QList<std::pair<int, int>> rows;
    if (after.size() != before.size())
        return rows;
    for (qsizetype i = 0; i < after.size();) {
        if (JsonEqual::equal(after.at(i), before.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j + 1 < after.size() && !JsonEqual::equal(after.at(j + 1), before.at(j + 1)))
            ++j;
        rows.append({int(i), int(j)});
        i = j + 1;
    }
    return rows;
}

bool ListChanges::isFor(const JsonPath &list, const QJsonArray &before,
                        const QJsonArray &after) const
{
    return m_known && m_list == list && JsonEqual::same(m_before, before) &&
           JsonEqual::same(m_after, after);
}
