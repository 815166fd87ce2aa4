#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The archive's OData $filter: clauses of a column, an operator and a value, joined by "and",
// as in "name begins 'Nord' and orgnr eq '123'". Values may be single-quoted ('' is a quote).
// Matching ignores case.
class ODataFilter
{
public:
    struct Clause
    {
        QString field; // lower case
        QString op;    // lower case: begins, contains, eq, ne, ...
        QString value;
    };

    // nullopt with *error set when the text is not a filter over these columns; a blank text is
    // the filter that keeps every row.
    static std::optional<ODataFilter> parse(const QString &text, const QStringList &columns,
                                            QString *error);

    const QList<Clause> &clauses() const { return m_clauses; }
    // Whether a row passes every clause; valueOf gives the row's value of a column.
    bool matches(const std::function<QString(const QString &column)> &valueOf) const;

private:
    static std::optional<QStringList> tokens(const QString &text, QString *error);
    static bool matches(const Clause &clause, const QString &value);

    QList<Clause> m_clauses;
};
