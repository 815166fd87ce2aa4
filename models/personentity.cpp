#include "personentity.h"

QString PersonEntity::displayName() const
{
    QStringList parts;
    for (const QString &p : {firstname(), middleName(), lastname()}) {
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

QList<EntityElement> PersonEntity::elements(const QString &member) const
{
    return EntityElement::listOf(array(member));
}
