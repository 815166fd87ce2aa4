#include "threewaymerge.h"

#include "customfieldmodel.h"
#include "entitydiff.h"
#include "fieldcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

struct Merger
{
    QList<ThreeWayMerge::Conflict> conflicts;
    QStringList taken;

    static QString text(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Bool:
            return v.toBool() ? ThreeWayMerge::tr("Yes") : ThreeWayMerge::tr("No");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 15);
        case QJsonValue::Object: {
            const QJsonObject o = v.toObject();
            for (const char *key : {"Value", "FullName", "Name"}) {
                if (o.value(QLatin1String(key)).isString() &&
                    !o.value(QLatin1String(key)).toString().isEmpty())
                    return o.value(QLatin1String(key)).toString();
            }
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        case QJsonValue::Array: {
            QStringList parts;
            for (const QJsonValue &e : v.toArray())
                parts.append(e.isObject() ? EntityDiff::elementText(e) : text(e));
            return parts.join(QStringLiteral(", "));
        }
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return QString();
        }
        return QString();
    }

    static QString labelFor(const JsonPath &path)
    {
        const QString member = path.at(0).key;
        // A custom field is named as the form names it ("Custom field 2"), not by its bucket.
        const bool custom = path.size() > 1 && CustomFieldModel::buckets().contains(member);
        QString label = custom ? FieldCatalogue::customFieldLabel(path.at(1).key)
                               : FieldCatalogue::label(member);
        if (path.size() > (custom ? 2 : 1)) {
            QStringList rest;
            for (qsizetype i = custom ? 2 : 1; i < path.size(); ++i) {
                const JsonPath::Step &s = path.at(i);
                rest.append(s.index >= 0 ? QString::number(s.index + 1) : s.key);
            }
            label += QStringLiteral(" › ") + rest.join(QStringLiteral(" › "));
        }
        return label;
    }

    QJsonValue conflict(const JsonPath &path, const QJsonValue &b, const QJsonValue &m,
                        const QJsonValue &t)
    {
        conflicts.append({path, labelFor(path), b, m, t, text(m), text(t)});
        return m;
    }

    static QString identityKey(const QJsonArray &a)
    {
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"Id", "PersonId", "AssociateId"}) {
                if (o.contains(QLatin1String(key)))
                    return QString::fromLatin1(key);
            }
            return QString();
        }
        return QString();
    }

    static bool contains(const QJsonArray &a, const QJsonValue &v, bool elements)
    {
        for (const QJsonValue &e : a) {
            if (elements ? (EntityDiff::elementText(e) == EntityDiff::elementText(v)) : e == v)
                return true;
        }
        return false;
    }

    // Phones, e-mails, web addresses, domains: entries are values, merged as sets in the
    // server's order, the user's additions appended. Two cases are not for a merge to decide:
    // the user reordered the entries (the first is the main one), or both sides replaced the
    // same entry with different ones; the whole list is then a conflict.
    QJsonValue mergeSet(const JsonPath &path, const QJsonArray &b, const QJsonArray &m,
                        const QJsonArray &t, bool elements)
    {
        auto commonOrder = [&](const QJsonArray &list) {
            QJsonArray order;
            for (const QJsonValue &e : list) {
                if (contains(b, e, elements) && contains(m, e, elements) &&
                    contains(t, e, elements))
                    order.append(e);
            }
            return order;
        };
        if (commonOrder(m) != commonOrder(b))
            return conflict(path, b, m, t);
        bool removedByBoth = false;
        for (const QJsonValue &e : b)
            removedByBoth =
                removedByBoth || (!contains(m, e, elements) && !contains(t, e, elements));
        bool addedByMe = false;
        bool addedByThem = false;
        for (const QJsonValue &e : m)
            addedByMe = addedByMe || !contains(b, e, elements);
        for (const QJsonValue &e : t)
            addedByThem = addedByThem || !contains(b, e, elements);
        if (removedByBoth && addedByMe && addedByThem)
            return conflict(path, b, m, t);
        QJsonArray out;
        for (const QJsonValue &e : t) {
            const bool removedByMe = contains(b, e, elements) && !contains(m, e, elements);
            if (!removedByMe)
                out.append(e);
        }
        for (const QJsonValue &e : m) {
            const bool mine = !contains(b, e, elements);
            if (mine && !contains(out, e, elements))
                out.append(e);
        }
        return out;
    }

    // Lists of identified entries (interests by Id): merged entry by entry. When an entry
    // itself conflicts, the list as a whole is the conflict, so that choosing a side can never
    // land on the wrong entry.
    QJsonValue mergeKeyed(const JsonPath &path, const QString &key, const QJsonArray &b,
                          const QJsonArray &m, const QJsonArray &t)
    {
        auto index = [&key](const QJsonArray &a) {
            QHash<qint64, QJsonValue> out;
            for (const QJsonValue &v : a)
                out.insert(v.toObject().value(key).toInteger(), v);
            return out;
        };
        const auto bi = index(b), mi = index(m), ti = index(t);
        QJsonArray out;
        QSet<qint64> seen;
        const qsizetype conflictsBefore = conflicts.size();
        auto visit = [&](const QJsonArray &order) {
            for (const QJsonValue &v : order) {
                const qint64 id = v.toObject().value(key).toInteger();
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                const QJsonValue merged = mergeValue(
                    path.index(int(out.size())), bi.value(id, QJsonValue::Undefined),
                    mi.value(id, QJsonValue::Undefined), ti.value(id, QJsonValue::Undefined));
                if (!merged.isUndefined())
                    out.append(merged);
            }
        };
        visit(t);
        visit(m);
        if (conflicts.size() > conflictsBefore) {
            conflicts.resize(conflictsBefore);
            return conflict(path, b, m, t);
        }
        return out;
    }

    QJsonValue mergeValue(const JsonPath &path, const QJsonValue &b, const QJsonValue &m,
                          const QJsonValue &t)
    {
        if (m == t)
            return m;
        if (m == b)
            return t;
        if (t == b)
            return m;
        if (m.isObject() && t.isObject() && (b.isObject() || b.isUndefined() || b.isNull())) {
            const QJsonObject bo = b.toObject(), mo = m.toObject(), to = t.toObject();
            QJsonObject out;
            QStringList keys = to.keys();
            for (const QString &k : mo.keys()) {
                if (!keys.contains(k))
                    keys.append(k);
            }
            for (const QString &k : std::as_const(keys)) {
                const QJsonValue v = mergeValue(path.key(k), bo.value(k), mo.value(k), to.value(k));
                if (!v.isUndefined())
                    out.insert(k, v);
            }
            return out;
        }
        if (m.isArray() && t.isArray()) {
            const QJsonArray ba = b.toArray(), ma = m.toArray(), ta = t.toArray();
            const QString member = path.at(0).key;
            if (path.size() == 1 && EntityDiff::isElementList(member))
                return mergeSet(path, ba, ma, ta, true);
            if (path.size() == 1 && member == QLatin1String("Domains"))
                return mergeSet(path, ba, ma, ta, false);
            const QString key = identityKey(ta.isEmpty() ? ma : ta);
            if (!key.isEmpty())
                return mergeKeyed(path, key, ba, ma, ta);
            if (ba.size() == ma.size() && ma.size() == ta.size()) {
                QJsonArray out;
                for (qsizetype i = 0; i < ta.size(); ++i)
                    out.append(mergeValue(path.index(int(i)), ba.at(i), ma.at(i), ta.at(i)));
                return out;
            }
        }
        return conflict(path, b, m, t);
    }
};

} // namespace

ThreeWayMerge::Result ThreeWayMerge::merge(const QJsonObject &base, const QJsonObject &mine,
                                           const QJsonObject &theirs)
{
    Merger merger;
    Result result;
    QStringList keys = theirs.keys();
    for (const QString &k : mine.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue b = base.value(k), m = mine.value(k), t = theirs.value(k);
        QJsonValue v;
        if (EntityDiff::isServerManaged(k)) {
            // Rights, dates and ids are the server's to say.
            v = t.isUndefined() ? m : t;
        } else {
            v = merger.mergeValue(JsonPath(k), b, m, t);
            // The custom field buckets share one label: named once.
            const QString label = FieldCatalogue::label(k);
            if (t != b && v == t && m != t && !result.takenFromServer.contains(label))
                result.takenFromServer.append(label);
        }
        if (!v.isUndefined())
            result.merged.insert(k, v);
    }
    result.conflicts = merger.conflicts;
    return result;
}

void ThreeWayMerge::resolve(QJsonObject &merged, const Conflict &conflict, bool takeMine)
{
    const QJsonValue value = takeMine ? conflict.mine : conflict.theirs;
    if (value.isUndefined()) {
        // Removed on the chosen side.
        if (conflict.path.size() == 1) {
            merged.remove(conflict.path.at(0).key);
        } else {
            QJsonValue parent = conflict.path.parent().get(merged);
            if (parent.isObject()) {
                QJsonObject o = parent.toObject();
                o.remove(conflict.path.last().key);
                conflict.path.parent().set(merged, o);
            }
        }
        return;
    }
    conflict.path.set(merged, value);
}
