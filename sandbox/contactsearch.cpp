#include "contactsearch.h"

#include "contactstore.h"
#include "odatafilter.h"

#include <QJsonArray>

#include <algorithm>

namespace {

const QStringList &columns()
{
    static const QStringList names = {QStringLiteral("contactId"), QStringLiteral("name"),
                                      QStringLiteral("department"), QStringLiteral("orgnr"),
                                      QStringLiteral("city")};
    return names;
}

QString valueOf(const ContactStore::Row &r, const QString &column)
{
    const QString col = column.toLower();
    if (col == QLatin1String("contactid"))
        return QString::number(r.contactId);
    if (col == QLatin1String("name"))
        return r.name;
    if (col == QLatin1String("department"))
        return r.department;
    if (col == QLatin1String("orgnr"))
        return r.orgNr;
    return r.city;
}

// The asked-for columns in their archive spelling; unknown ones stay as asked (they come back
// null).
QStringList selected(const QString &select)
{
    QStringList wanted;
    for (const QString &s : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString col = s.trimmed();
        const auto it = std::find_if(columns().begin(), columns().end(), [&](const QString &known) {
            return known.compare(col, Qt::CaseInsensitive) == 0;
        });
        wanted.append(it == columns().end() ? col : *it);
    }
    return wanted.isEmpty() ? columns() : wanted;
}

void sort(QList<ContactStore::Row> &rows, const QString &orderBy)
{
    const QStringList order = orderBy.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (order.isEmpty() || !columns().contains(order.first(), Qt::CaseInsensitive))
        return;
    const bool descending =
        order.size() > 1 && order.at(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
    const QString col = order.first();
    std::stable_sort(
        rows.begin(), rows.end(), [&](const ContactStore::Row &a, const ContactStore::Row &b) {
            if (col.compare(QLatin1String("contactId"), Qt::CaseInsensitive) == 0)
                return descending ? a.contactId > b.contactId : a.contactId < b.contactId;
            const int cmp =
                QString::localeAwareCompare(valueOf(a, col).toLower(), valueOf(b, col).toLower());
            return descending ? cmp > 0 : cmp < 0;
        });
}

} // namespace

ContactSearch::ContactSearch(const ContactStore &store)
    : m_store(store)
{}

SandboxReply ContactSearch::search(const RequestContext &c, const QString &select,
                                   const QString &filterText, const QString &top,
                                   const QString &skip, const QString &orderBy) const
{
    const QStringList wanted = selected(select);
    QString error;
    const std::optional<ODataFilter> filter = ODataFilter::parse(filterText, columns(), &error);
    if (!filter)
        return SandboxReply::error(400, QStringLiteral("SoBadRequestException"), error);
    QList<ContactStore::Row> rows;
    for (const ContactStore::Row &r : m_store.rows()) {
        if (filter->matches([&r](const QString &column) { return valueOf(r, column); }))
            rows.append(r);
    }
    sort(rows, orderBy);
    bool ok = false;
    const int skipCount = std::max(0, skip.toInt());
    int topCount = top.toInt(&ok);
    if (!ok || topCount < 0)
        topCount = int(rows.size());
    QJsonArray value;
    for (qsizetype i = skipCount; i < rows.size() && value.size() < topCount; ++i) {
        const ContactStore::Row &r = rows.at(i);
        QJsonObject row{{QStringLiteral("PrimaryKey"), QString::number(r.contactId)},
                        {QStringLiteral("EntityName"), QStringLiteral("contact")}};
        for (const QString &col : wanted) {
            if (col == QLatin1String("contactId"))
                row.insert(col, r.contactId);
            else if (columns().contains(col))
                row.insert(col, valueOf(r, col));
            else
                row.insert(col, QJsonValue());
        }
        value.append(row);
    }
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("odata.metadata"),
                     c.baseUrl + QStringLiteral("/api/v1/Archive//$metadata")},
                    {QStringLiteral("odata.nextLink"), QJsonValue()},
                    {QStringLiteral("value"), value}});
}
