#include "personmigration.h"

#include "contactstore.h"
#include "personfactory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <algorithm>

namespace {

int contactIdOf(const QJsonObject &person)
{
    return person.value(QLatin1String("Contact"))
        .toObject()
        .value(QLatin1String("ContactId"))
        .toInt();
}

} // namespace

PersonMigration::PersonMigration(ContactStore &store, const PersonFactory &factory)
    : m_store(store)
    , m_factory(factory)
{}

int PersonMigration::run(QString *error)
{
    QList<QJsonObject> companies;
    for (const ContactStore::Row &row : m_store.rows()) {
        const std::optional<QJsonObject> stored = m_store.load(row.contactId);
        if (stored && stored->contains(QLatin1String("Persons")))
            companies.append(*stored);
    }
    if (companies.isEmpty())
        return 0;

    struct Pending
    {
        QJsonObject light;
        qsizetype company = 0;
        int personId = 0; // 0: needs a new one
    };
    QList<Pending> pending;
    QSet<int> kept;
    int withoutId = 0;
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const int contactId = companies.at(i).value(QLatin1String("ContactId")).toInt();
        for (const QJsonValue &v : companies.at(i).value(QLatin1String("Persons")).toArray()) {
            if (!v.isObject())
                continue;
            int id = v.toObject().value(QLatin1String("PersonId")).toInt();
            if (id > 0) {
                const std::optional<QJsonObject> record = m_store.loadPerson(id);
                if (record && contactIdOf(*record) == contactId)
                    continue; // already its own record
                // The old server let a client send any id: one held elsewhere gets a new one
                // rather than overwriting that person.
                if (record || kept.contains(id))
                    id = 0;
            }
            if (id > 0)
                kept.insert(id);
            else
                ++withoutId;
            pending.append({v.toObject(), i, id});
        }
    }

    // New ids come after the kept ones too, which the counter has not seen yet; the write then
    // moves the counter past all of them.
    int next = withoutId ? m_store.takePersonIds(withoutId) : 0;
    if (!kept.isEmpty())
        next = std::max(next, *std::max_element(kept.cbegin(), kept.cend()) + 1);
    QList<QJsonObject> persons;
    persons.reserve(pending.size());
    for (const Pending &p : pending)
        persons.append(m_factory.fromLight(p.light, p.personId ? p.personId : next++,
                                           companies.at(p.company)));
    // ContactStore::write leaves Persons out of the stored companies.
    if (!m_store.write(companies, persons, error))
        return -1;
    return int(persons.size());
}
