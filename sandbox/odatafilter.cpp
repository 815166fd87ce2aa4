#include "odatafilter.h"

std::optional<QStringList> ODataFilter::tokens(const QString &filter, QString *error)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool wasQuoted = false; // '' is a token too: an empty value
    for (qsizetype i = 0; i < filter.size(); ++i) {
        const QChar ch = filter.at(i);
        if (quoted) {
            if (ch == QLatin1Char('\'')) {
                if (i + 1 < filter.size() && filter.at(i + 1) == QLatin1Char('\'')) {
                    current.append(ch);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current.append(ch);
            }
        } else if (ch == QLatin1Char('\'')) {
            quoted = true;
            wasQuoted = true;
        } else if (ch.isSpace()) {
            if (!current.isEmpty() || wasQuoted)
                tokens.append(current);
            current.clear();
            wasQuoted = false;
        } else {
            current.append(ch);
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quote in $filter");
        return std::nullopt;
    }
    if (!current.isEmpty() || wasQuoted)
        tokens.append(current);
    return tokens;
}

std::optional<ODataFilter> ODataFilter::parse(const QString &text, const QStringList &columns,
                                              QString *error)
{
    ODataFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    const std::optional<QStringList> tokens = ODataFilter::tokens(text, error);
    if (!tokens)
        return std::nullopt;
    const QStringList &t = *tokens;
    for (qsizetype i = 0; i < t.size();) {
        if (i + 2 >= t.size()) {
            *error = QStringLiteral("incomplete $filter clause near '%1'")
                         .arg(t.mid(i).join(QLatin1Char(' ')));
            return std::nullopt;
        }
        filter.m_clauses.append({t[i].toLower(), t[i + 1].toLower(), t[i + 2]});
        i += 3;
        if (i < t.size()) {
            if (t[i].compare(QLatin1String("and"), Qt::CaseInsensitive) != 0) {
                *error = QStringLiteral("only 'and' may join $filter clauses, not '%1'").arg(t[i]);
                return std::nullopt;
            }
            ++i;
        }
    }
    static const QStringList ops = {QStringLiteral("begins"),      QStringLiteral("contains"),
                                    QStringLiteral("eq"),          QStringLiteral("is"),
                                    QStringLiteral("equals"),      QStringLiteral("ne"),
                                    QStringLiteral("isnot"),       QStringLiteral("notbegins"),
                                    QStringLiteral("notcontains"), QStringLiteral("startswith")};
    for (const Clause &cl : filter.m_clauses) {
        if (!columns.contains(cl.field, Qt::CaseInsensitive)) {
            *error = QStringLiteral("unknown $filter column '%1'").arg(cl.field);
            return std::nullopt;
        }
        if (!ops.contains(cl.op)) {
            *error = QStringLiteral("unsupported $filter operator '%1'").arg(cl.op);
            return std::nullopt;
        }
    }
    return filter;
}

bool ODataFilter::matches(const Clause &cl, const QString &v)
{
    if (cl.op == QLatin1String("begins") || cl.op == QLatin1String("startswith"))
        return v.startsWith(cl.value, Qt::CaseInsensitive);
    if (cl.op == QLatin1String("notbegins"))
        return !v.startsWith(cl.value, Qt::CaseInsensitive);
    if (cl.op == QLatin1String("contains"))
        return v.contains(cl.value, Qt::CaseInsensitive);
    if (cl.op == QLatin1String("notcontains"))
        return !v.contains(cl.value, Qt::CaseInsensitive);
    if (cl.op == QLatin1String("ne") || cl.op == QLatin1String("isnot"))
        return v.compare(cl.value, Qt::CaseInsensitive) != 0;
    return v.compare(cl.value, Qt::CaseInsensitive) == 0;
}

bool ODataFilter::matches(const std::function<QString(const QString &column)> &valueOf) const
{
    for (const Clause &cl : m_clauses) {
        if (!matches(cl, valueOf(cl.field)))
            return false;
    }
    return true;
}
