#include "documentoperation.h"

#include <QJsonArray>

namespace {
const char *const kKinds[] = {"set", "remove", "insert", "removeElement", "move"};
}

QJsonObject DocumentOperation::toJson() const
{
    QJsonObject o{{QStringLiteral("k"), QString::fromLatin1(kKinds[int(kind)])},
                  {QStringLiteral("p"), path.toString()}};
    if (kind == Kind::Set || kind == Kind::Insert)
        o.insert(QStringLiteral("v"), value);
    if (from >= 0)
        o.insert(QStringLiteral("f"), from);
    if (to >= 0)
        o.insert(QStringLiteral("t"), to);
    return o;
}

bool DocumentOperation::fromJson(const QJsonObject &json, DocumentOperation *op)
{
    const QString kind = json.value(QLatin1String("k")).toString();
    int k = -1;
    for (int i = 0; i < 5; ++i) {
        if (kind == QLatin1String(kKinds[i]))
            k = i;
    }
    bool ok = false;
    op->path = JsonPath::fromString(json.value(QLatin1String("p")).toString(), &ok);
    if (k < 0 || !ok || op->path.isEmpty())
        return false;
    op->kind = Kind(k);
    op->value = json.value(QLatin1String("v"));
    op->from = json.value(QLatin1String("f")).toInt(-1);
    op->to = json.value(QLatin1String("t")).toInt(-1);
    return true;
}

bool DocumentOperation::applyTo(QJsonObject &entity) const
{
    switch (kind) {
    case Kind::Set:
        return path.set(entity, value);
    case Kind::Remove: {
        if (path.size() == 1) {
            entity.remove(path.at(0).key);
            return true;
        }
        QJsonValue parent = path.parent().get(entity);
        if (!parent.isObject())
            return false;
        QJsonObject o = parent.toObject();
        o.remove(path.last().key);
        return path.parent().set(entity, o);
    }
    case Kind::Insert:
    case Kind::RemoveElement:
    case Kind::Move: {
        QJsonValue current = path.get(entity);
        if (!current.isArray() && !(kind == Kind::Insert && current.isUndefined()))
            return false;
        QJsonArray a = current.toArray();
        if (kind == Kind::Insert) {
            if (from < 0 || from > a.size())
                return false;
            a.insert(from, value);
        } else if (kind == Kind::RemoveElement) {
            if (from < 0 || from >= a.size())
                return false;
            a.removeAt(from);
        } else {
            if (from < 0 || from >= a.size() || to < 0 || to >= a.size())
                return false;
            const QJsonValue v = a.takeAt(from);
            a.insert(to, v);
        }
        return path.set(entity, a);
    }
    }
    return false;
}
