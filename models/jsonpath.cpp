#include "jsonpath.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

JsonPath JsonPath::key(const QString &key) const
{
    JsonPath p = *this;
    p.m_steps.append({key, -1});
    return p;
}

JsonPath JsonPath::index(int index) const
{
    JsonPath p = *this;
    p.m_steps.append({QString(), index});
    return p;
}

JsonPath JsonPath::parent() const
{
    JsonPath p = *this;
    if (!p.m_steps.isEmpty())
        p.m_steps.removeLast();
    return p;
}

bool JsonPath::startsWith(const JsonPath &prefix) const
{
    if (prefix.size() > size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (!(m_steps[i] == prefix.m_steps[i]))
            return false;
    }
    return true;
}

QString JsonPath::toString() const
{
    QString out;
    for (const Step &s : m_steps) {
        if (s.index >= 0) {
            out += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
            continue;
        }
        if (!out.isEmpty())
            out += QLatin1Char('.');
        const bool plain = !s.key.isEmpty() && !s.key.contains(QLatin1Char('.')) &&
                           !s.key.contains(QLatin1Char('[')) && !s.key.contains(QLatin1Char(']')) &&
                           !s.key.contains(QLatin1Char('"'));
        if (plain) {
            out += s.key;
        } else {
            QString escaped = s.key;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
            out += QLatin1Char('"') + escaped + QLatin1Char('"');
        }
    }
    return out;
}

JsonPath JsonPath::fromString(const QString &text, bool *ok)
{
    JsonPath path;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&] {
        if (ok)
            *ok = false;
        return JsonPath();
    };
    bool expectKey = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return fail();
            bool numOk = false;
            const int index = text.mid(i + 1, close - i - 1).toInt(&numOk);
            if (!numOk || index < 0)
                return fail();
            path.m_steps.append({QString(), index});
            i = close + 1;
            expectKey = false;
        } else if (c == QLatin1Char('.')) {
            if (expectKey)
                return fail();
            ++i;
            expectKey = true;
        } else {
            if (!expectKey)
                return fail();
            QString key;
            if (c == QLatin1Char('"')) {
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar k = text.at(i);
                    if (k == QLatin1Char('\\') && i + 1 < n) {
                        key += text.at(i + 1);
                        i += 2;
                    } else if (k == QLatin1Char('"')) {
                        ++i;
                        closed = true;
                        break;
                    } else {
                        key += k;
                        ++i;
                    }
                }
                if (!closed)
                    return fail();
            } else {
                while (i < n && text.at(i) != QLatin1Char('.') && text.at(i) != QLatin1Char('['))
                    key += text.at(i++);
            }
            path.m_steps.append({key, -1});
            expectKey = false;
        }
    }
    if (expectKey && !path.isEmpty())
        return fail();
    if (ok)
        *ok = true;
    return path;
}

QJsonValue JsonPath::get(const QJsonValue &root) const
{
    QJsonValue node = root;
    for (const Step &s : m_steps) {
        if (s.index >= 0) {
            if (!node.isArray())
                return QJsonValue(QJsonValue::Undefined);
            const QJsonArray a = node.toArray();
            if (s.index >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            node = a.at(s.index);
        } else {
            if (!node.isObject())
                return QJsonValue(QJsonValue::Undefined);
            const QJsonObject o = node.toObject();
            auto it = o.constFind(s.key);
            if (it == o.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            node = *it;
        }
    }
    return node;
}

bool JsonPath::setIn(QJsonValue &node, const QList<Step> &steps, qsizetype at,
                     const QJsonValue &value)
{
    if (at == steps.size()) {
        node = value;
        return true;
    }
    const Step &s = steps[at];
    if (s.index >= 0) {
        if (!node.isArray())
            return false;
        QJsonArray a = node.toArray();
        node = QJsonValue(); // drop the second reference so the array edits in place
        bool ok = false;
        if (s.index < a.size()) {
            QJsonValue child = a.at(s.index);
            a[s.index] = QJsonValue();
            ok = setIn(child, steps, at + 1, value);
            a[s.index] = child;
        } else if (s.index == a.size() && at + 1 == steps.size()) {
            a.append(value);
            ok = true;
        }
        node = a;
        return ok;
    }
    if (node.isUndefined() || node.isNull())
        node = QJsonObject();
    if (!node.isObject())
        return false;
    QJsonObject o = node.toObject();
    node = QJsonValue();
    QJsonValue child = o.value(s.key);
    o.remove(s.key);
    bool ok = setIn(child, steps, at + 1, value);
    if (!child.isUndefined())
        o.insert(s.key, child);
    node = o;
    return ok;
}

bool JsonPath::set(QJsonValue &root, const QJsonValue &value) const
{
    QJsonValue copy = root;
    root = QJsonValue();
    const bool ok = setIn(copy, m_steps, 0, value);
    root = copy;
    return ok;
}

bool JsonPath::set(QJsonObject &root, const QJsonValue &value) const
{
    QJsonValue v(std::move(root));
    root = QJsonObject();
    const bool ok = set(v, value);
    root = v.toObject();
    return ok;
}

size_t qHash(const JsonPath &path, size_t seed)
{
    return qHash(path.toString(), seed);
}
