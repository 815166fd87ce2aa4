#include "contactentity.h"

QList<EntityElement> ContactEntity::elements(const QString &member) const
{
    return EntityElement::listOf(array(member));
}

QList<SelectableMDOListItem> ContactEntity::interests() const
{
    QList<SelectableMDOListItem> out;
    const QJsonArray a = array(QStringLiteral("Interests"));
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(SelectableMDOListItem(v.toObject()));
    return out;
}

QList<Person> ContactEntity::persons() const
{
    QList<Person> out;
    const QJsonArray a = array(QStringLiteral("Persons"));
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(Person(v.toObject()));
    return out;
}

SavedUtmParameters ContactEntity::utmParameters() const
{
    const QJsonValue current = value(QStringLiteral("UtmParameters"));
    if (current.isObject())
        return SavedUtmParameters(current.toObject());
    return SavedUtmParameters(object(QStringLiteral("InitialUtmParameters")));
}

QMap<QString, QString> ContactEntity::dictionary(const QString &member) const
{
    QMap<QString, QString> out;
    const QJsonObject o = object(member);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it->isString() ? it->toString() : it->toVariant().toString());
    return out;
}
