#include "person.h"

QString Person::displayName() const
{
    const QString full = string(QStringLiteral("FullName"));
    if (!full.isEmpty())
        return full;
    QStringList parts;
    for (const QString &p : {firstname(), middleName(), lastname()}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(QLatin1Char(' '));
}
