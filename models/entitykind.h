#pragma once

#include <QString>

// The kinds of record the editor opens: a company (ContactEntity) or a person (PersonEntity).
// Everything that differs between them by name only (the id member, the draft's kind) is here.
enum class EntityKind { Contact, Person };

namespace EntityKinds {

inline QString idMember(EntityKind kind)
{
    return kind == EntityKind::Person ? QStringLiteral("PersonId") : QStringLiteral("ContactId");
}

// How the draft store and the offline cache name the kind; never translated.
inline QString key(EntityKind kind)
{
    return kind == EntityKind::Person ? QStringLiteral("person") : QStringLiteral("contact");
}

inline EntityKind fromKey(const QString &key)
{
    return key == QLatin1String("person") ? EntityKind::Person : EntityKind::Contact;
}

} // namespace EntityKinds
