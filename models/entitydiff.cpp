#include "entitydiff.h"

#include "address.h"
#include "customfieldmodel.h"
#include "customfieldvalue.h"
#include "fieldcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QStringList kServerManaged = {
    QStringLiteral("TableRight"),
    QStringLiteral("FieldProperties"),
    QStringLiteral("UpdatedDate"),
    QStringLiteral("UpdatedBy"),
    QStringLiteral("CreatedDate"),
    QStringLiteral("CreatedBy"),
    QStringLiteral("ContactId"),
    QStringLiteral("PersonId"),
    QStringLiteral("FullName"),
    QStringLiteral("FormalName"),
    QStringLiteral("ActiveInterests"),
    QStringLiteral("_Links"),
    QStringLiteral("ActiveErpLinks"),
    QStringLiteral("ActiveStatusMonitorId"),
    QStringLiteral("BounceEmails"),
    QStringLiteral("UtmParameters"),
    QStringLiteral("InitialUtmParameters"),
    QStringLiteral("DbiLastSyncronized"),
    QStringLiteral("DbiLastModified"),
};

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? EntityDiff::tr("Yes") : EntityDiff::tr("No");
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString referenceText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    for (const char *key : {"Value", "FullName", "Name"}) {
        const QString text = o.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

qint64 referenceId(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    for (const char *key : {"Id", "AssociateId", "CountryId", "ContactId"}) {
        if (o.contains(QLatin1String(key)))
            return o.value(QLatin1String(key)).toInteger();
    }
    return 0;
}

bool isReference(const QString &member)
{
    const FieldDescriptor *d = FieldCatalogue::find(member);
    return d && (d->kind == FieldDescriptor::Kind::Picker ||
                 d->kind == FieldDescriptor::Kind::Company);
}

// Entries have no id: the same value and description is the same entry.
bool sameElement(const QJsonValue &a, const QJsonValue &b)
{
    const QJsonObject x = a.toObject();
    const QJsonObject y = b.toObject();
    return x.value(QLatin1String("Value")).toString().trimmed() ==
               y.value(QLatin1String("Value")).toString().trimmed() &&
           x.value(QLatin1String("Description")).toString() ==
               y.value(QLatin1String("Description")).toString();
}

QString customText(const QJsonObject &entity, const QString &key)
{
    for (const QString &bucket : CustomFieldModel::buckets()) {
        const QJsonObject o = entity.value(bucket).toObject();
        if (!o.contains(key))
            continue;
        const QString display = o.value(key + QStringLiteral(":DisplayText")).toString();
        if (!display.isEmpty())
            return display;
        return CustomFieldValue::decode(o.value(key).toString()).displayText();
    }
    return QString();
}

QString customRaw(const QJsonObject &entity, const QString &key)
{
    for (const QString &bucket : CustomFieldModel::buckets()) {
        const QJsonObject o = entity.value(bucket).toObject();
        if (o.contains(key))
            return o.value(key).toString() + QLatin1Char('\x1f') +
                   o.value(key + QStringLiteral(":DisplayText")).toString();
    }
    return QString();
}

QStringList customKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = CustomFieldModel::keysOf(a);
    for (const QString &k : CustomFieldModel::keysOf(b)) {
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}

} // namespace

bool EntityDiff::isServerManaged(const QString &member)
{
    return kServerManaged.contains(member);
}

bool EntityDiff::isElementList(const QString &member)
{
    const FieldDescriptor *d = FieldCatalogue::find(member);
    return d && d->kind == FieldDescriptor::Kind::ElementList;
}

QString EntityDiff::elementText(const QJsonValue &element)
{
    const QJsonObject o = element.toObject();
    const QString value = o.value(QLatin1String("Value")).toString();
    const QString description = o.value(QLatin1String("Description")).toString();
    return description.isEmpty() ? value : tr("%1 (%2)").arg(value, description);
}

void EntityDiff::diffElements(const QString &member, const QJsonArray &base,
                              const QJsonArray &current, QList<EntityChange> &out)
{
    QList<int> unmatchedBase;
    QList<int> unmatchedCurrent;
    QList<bool> used(current.size(), false);
    for (int b = 0; b < base.size(); ++b) {
        int found = -1;
        for (int c = 0; c < current.size() && found < 0; ++c) {
            if (!used[c] && sameElement(base.at(b), current.at(c)))
                found = c;
        }
        if (found >= 0)
            used[found] = true;
        else
            unmatchedBase.append(b);
    }
    for (int c = 0; c < current.size(); ++c) {
        if (!used[c])
            unmatchedCurrent.append(c);
    }
    const QString label = FieldCatalogue::find(member)->entryLabel();
    auto valueOf = [](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("Value")).toString().trimmed();
    };
    auto changed = [&](int b, int c) {
        EntityChange change;
        change.kind = EntityChange::Kind::Changed;
        change.member = member;
        change.label = label;
        change.baseIndex = b;
        change.newIndex = c;
        change.before = elementText(base.at(b));
        change.after = elementText(current.at(c));
        out.append(change);
    };
    // The same number with another description is that entry changed; an entry edited in
    // place (same position) is changed too; anything else was added or removed.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto b = unmatchedBase.begin(); b != unmatchedBase.end();) {
            auto c = std::find_if(unmatchedCurrent.begin(), unmatchedCurrent.end(), [&](int ci) {
                return pass == 0 ? valueOf(base.at(*b)) == valueOf(current.at(ci)) : ci == *b;
            });
            if (c == unmatchedCurrent.end()) {
                ++b;
                continue;
            }
            changed(*b, *c);
            unmatchedCurrent.erase(c);
            b = unmatchedBase.erase(b);
        }
    }
    for (int c : std::as_const(unmatchedCurrent)) {
        EntityChange change;
        change.kind = EntityChange::Kind::Added;
        change.member = member;
        change.label = label;
        change.newIndex = c;
        change.after = elementText(current.at(c));
        out.append(change);
    }
    for (int b : std::as_const(unmatchedBase)) {
        EntityChange change;
        change.kind = EntityChange::Kind::Removed;
        change.member = member;
        change.label = label;
        change.baseIndex = b;
        change.before = elementText(base.at(b));
        out.append(change);
    }
}

QList<EntityChange> EntityDiff::compute(const QJsonObject &base, const QJsonObject &current,
                                        const LabelFor &customLabel, EntityKind kind)
{
    QList<EntityChange> out;
    QStringList members = base.keys();
    for (const QString &k : current.keys()) {
        if (!members.contains(k))
            members.append(k);
    }
    // Catalogue order first, then the rest alphabetically.
    QStringList ordered;
    for (const FieldDescriptor &f : FieldCatalogue::fields(kind)) {
        if (members.contains(f.member))
            ordered.append(f.member);
    }
    for (const QString &m : std::as_const(members)) {
        if (!ordered.contains(m))
            ordered.append(m);
    }

    bool customDone = false;
    for (const QString &member : std::as_const(ordered)) {
        if (isServerManaged(member))
            continue;
        const QJsonValue b = base.value(member);
        const QJsonValue c = current.value(member);
        if (b == c)
            continue;
        if (CustomFieldModel::buckets().contains(member)) {
            if (customDone)
                continue;
            customDone = true;
            for (const QString &key : customKeys(base, current)) {
                if (customRaw(base, key) == customRaw(current, key))
                    continue;
                EntityChange change;
                change.member = QStringLiteral("CustomFields");
                change.key = key;
                change.label =
                    customLabel ? customLabel(key) : FieldCatalogue::customFieldLabel(key);
                change.before = customText(base, key);
                change.after = customText(current, key);
                change.kind = customRaw(base, key).isEmpty() ? EntityChange::Kind::Added
                                                             : EntityChange::Kind::Changed;
                out.append(change);
            }
            continue;
        }
        if (isElementList(member)) {
            diffElements(member, b.toArray(), c.toArray(), out);
            continue;
        }
        if (member == QLatin1String("Interests")) {
            const QJsonArray ba = b.toArray();
            const QJsonArray ca = c.toArray();
            QHash<qint64, bool> before;
            for (const QJsonValue &v : ba)
                before.insert(v.toObject().value(QLatin1String("Id")).toInteger(),
                              v.toObject().value(QLatin1String("Selected")).toBool());
            for (int i = 0; i < ca.size(); ++i) {
                const QJsonObject o = ca.at(i).toObject();
                const qint64 id = o.value(QLatin1String("Id")).toInteger();
                const bool selected = o.value(QLatin1String("Selected")).toBool();
                if (before.value(id, false) == selected)
                    continue;
                EntityChange change;
                change.member = member;
                change.key = QString::number(id);
                change.newIndex = i;
                change.label = FieldCatalogue::find(member)->entryLabel();
                change.kind = selected ? EntityChange::Kind::Added : EntityChange::Kind::Removed;
                (selected ? change.after : change.before) =
                    o.value(QLatin1String("Name")).toString();
                out.append(change);
            }
            continue;
        }
        if (member == QLatin1String("Address")) {
            const Address ba(b.toObject());
            const Address ca(c.toObject());
            const bool person = ba.isPersonAddress() || ca.isPersonAddress();
            for (Address::Part part : person ? Address::personParts() : Address::companyParts()) {
                const QString before = ba.value(part);
                const QString after = ca.value(part);
                if (before == after)
                    continue;
                EntityChange change;
                change.member = member;
                change.key = Address::partName(part);
                change.label = Address::isPersonPart(part)
                                   ? ca.label(part)
                                   : ca.label(part) + QStringLiteral(" (") +
                                         (Address::isStreet(part) ? tr("street") : tr("postal")) +
                                         QLatin1Char(')');
                change.before = before;
                change.after = after;
                out.append(change);
            }
            continue;
        }
        EntityChange change;
        change.member = member;
        change.label = FieldCatalogue::label(member);
        if (isReference(member)) {
            if (referenceId(b) == referenceId(c) && referenceText(b) == referenceText(c))
                continue;
            change.before = referenceText(b);
            change.after = referenceText(c);
        } else if (member == QLatin1String("Domains")) {
            QStringList bl, cl;
            for (const QJsonValue &v : b.toArray())
                bl.append(v.toString());
            for (const QJsonValue &v : c.toArray())
                cl.append(v.toString());
            change.before = bl.join(QStringLiteral(", "));
            change.after = cl.join(QStringLiteral(", "));
        } else if (member == QLatin1String("Persons")) {
            change.before = tr("%n person(s)", nullptr, int(b.toArray().size()));
            change.after = tr("%n person(s)", nullptr, int(c.toArray().size()));
        } else {
            change.before = scalarText(b);
            change.after = scalarText(c);
        }
        out.append(change);
    }
    return out;
}

namespace {

// Moves one change's member from `from` towards `to`: used both to drop a change (to = base)
// and to take a proposed one (to = proposed).
QJsonValue moveMember(const QJsonObject &from, const QJsonObject &to, const EntityChange &change,
                      bool fromIsNewer)
{
    const QString &member = change.member;
    if (member == QLatin1String("CustomFields")) {
        // Returns the whole set of buckets as an object {bucket: value} for the caller.
        QJsonObject buckets;
        for (const QString &bucket : CustomFieldModel::buckets()) {
            if (!from.contains(bucket) && !to.contains(bucket))
                continue;
            QJsonObject target = from.value(bucket).toObject();
            const QJsonObject source = to.value(bucket).toObject();
            for (const QString &k : {change.key, change.key + QStringLiteral(":DisplayText"),
                                     change.key + QStringLiteral(":DisplayTooltip")}) {
                if (source.contains(k))
                    target.insert(k, source.value(k));
                else
                    target.remove(k);
            }
            buckets.insert(bucket, target);
        }
        return buckets;
    }
    if (EntityDiff::isElementList(member)) {
        QJsonArray list = from.value(member).toArray();
        const QJsonArray other = to.value(member).toArray();
        const int fromIndex = fromIsNewer ? change.newIndex : change.baseIndex;
        const int toIndex = fromIsNewer ? change.baseIndex : change.newIndex;
        const bool presentInFrom = fromIsNewer ? change.kind != EntityChange::Kind::Removed
                                               : change.kind != EntityChange::Kind::Added;
        const bool presentInTo = fromIsNewer ? change.kind != EntityChange::Kind::Added
                                             : change.kind != EntityChange::Kind::Removed;
        if (presentInFrom && presentInTo) {
            if (fromIndex >= 0 && fromIndex < list.size() && toIndex >= 0 && toIndex < other.size())
                list.replace(fromIndex, other.at(toIndex));
        } else if (presentInFrom) {
            if (fromIndex >= 0 && fromIndex < list.size())
                list.removeAt(fromIndex);
        } else if (toIndex >= 0 && toIndex < other.size()) {
            // Back where it was in base, or (taking a proposed entry) at the end.
            const qsizetype at =
                change.baseIndex < 0 ? list.size() : qMin<qsizetype>(change.baseIndex, list.size());
            list.insert(at, other.at(toIndex));
        }
        return list;
    }
    if (member == QLatin1String("Interests")) {
        QJsonArray list = from.value(member).toArray();
        const qint64 id = change.key.toLongLong();
        bool selected = false;
        for (const QJsonValue &v : to.value(member).toArray()) {
            if (v.toObject().value(QLatin1String("Id")).toInteger() == id)
                selected = v.toObject().value(QLatin1String("Selected")).toBool();
        }
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject o = list.at(i).toObject();
            if (o.value(QLatin1String("Id")).toInteger() == id) {
                o.insert(QStringLiteral("Selected"), selected);
                list.replace(i, o);
            }
        }
        return list;
    }
    if (member == QLatin1String("Address") && !change.key.isEmpty()) {
        Address address(from.value(member).toObject());
        Address::Part part;
        if (Address::partFromName(change.key, &part)) {
            const QString value = Address(to.value(member).toObject()).value(part);
            if (!address.setValue(part, value)) {
                // This form lacks the part (an enrichment into another layout): take the
                // other side's whole address.
                return to.value(member);
            }
        }
        return address.json();
    }
    return to.value(member);
}

} // namespace

EntityDiff::Edits EntityDiff::revert(const QJsonObject &base, const QJsonObject &current,
                                     const EntityChange &change)
{
    const QJsonValue moved = moveMember(current, base, change, true);
    Edits edits;
    if (change.member == QLatin1String("CustomFields")) {
        const QJsonObject buckets = moved.toObject();
        for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it)
            edits.append({JsonPath(it.key()), it.value()});
    } else {
        edits.append({JsonPath(change.member), moved});
    }
    return edits;
}

EntityDiff::Edits EntityDiff::apply(const QJsonObject &current, const QJsonObject &proposed,
                                    QList<EntityChange> chosen)
{
    // Index-stable order: replacements first, then removals from the back, then additions.
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const EntityChange &a, const EntityChange &b) {
                         auto rank = [](const EntityChange &c) {
                             return c.kind == EntityChange::Kind::Changed   ? 0
                                    : c.kind == EntityChange::Kind::Removed ? 1
                                                                            : 2;
                         };
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         if (a.kind == EntityChange::Kind::Removed)
                             return a.baseIndex > b.baseIndex;
                         return a.newIndex < b.newIndex;
                     });
    QJsonObject result = current;
    QStringList touched;
    for (const EntityChange &change : std::as_const(chosen)) {
        const EntityChange &c = change;
        const QJsonValue moved = moveMember(result, proposed, c, false);
        if (c.member == QLatin1String("CustomFields")) {
            const QJsonObject buckets = moved.toObject();
            for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
                result.insert(it.key(), it.value());
                if (!touched.contains(it.key()))
                    touched.append(it.key());
            }
        } else {
            result.insert(c.member, moved);
            if (!touched.contains(c.member))
                touched.append(c.member);
        }
    }
    Edits edits;
    for (const QString &member : std::as_const(touched))
        edits.append({JsonPath(member), result.value(member)});
    return edits;
}
