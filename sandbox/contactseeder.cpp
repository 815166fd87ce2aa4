#include "contactseeder.h"

#include "contactstore.h"
#include "enrichmentcatalog.h"
#include "entityfactory.h"
#include "listcatalog.h"
#include "personfactory.h"
#include "wiredate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

ContactSeeder::ContactSeeder(ContactStore &store, const ListCatalog &lists,
                             const EnrichmentCatalog &enrichment, const EntityFactory &factory,
                             const PersonFactory &persons)
    : m_store(store)
    , m_lists(lists)
    , m_enrichment(enrichment)
    , m_factory(factory)
    , m_persons(persons)
{}

void ContactSeeder::reseed(bool demo, int generated)
{
    m_store.clear();
    QList<QJsonObject> entities;
    QList<QJsonObject> persons;
    // A company from a record, and its persons as their own records.
    auto add = [&](const QJsonObject &r, int contactId, int owner) {
        const QJsonObject company = m_factory.fromRecord(r, contactId, owner);
        entities.append(company);
        const QJsonArray records = r.value(QLatin1String("persons")).toArray();
        int personId = m_store.takePersonIds(int(records.size()));
        for (const QJsonValue &p : records)
            persons.append(m_persons.fromRecord(p.toObject(), personId++, company));
    };
    int contactId = 1;
    if (demo) {
        QFile file(QStringLiteral(":/sandbox/data/demo.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("contact-sandbox: the bundled demo companies are missing");
        const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &v : records) {
            // Most companies belong to the demo user; every third to a colleague.
            const int owner = contactId % 3 == 0 ? m_lists.otherAssociateId() : 5;
            add(v.toObject(), contactId++, owner);
        }
    }
    static const char *const firstNames[] = {"Kari", "Ola",   "Anna", "Erik", "Mette", "Jens",
                                             "Aino", "Mikko", "Lea",  "Paul", "Emma",  "Lars"};
    static const char *const lastNames[] = {"Nordmann", "Hansen", "Andersson", "Nielsen",
                                            "Virtanen", "Müller", "Smith",     "Berg",
                                            "Dahl",     "Laine"};
    const QList<QJsonObject> &source = m_enrichment.entries();
    for (int i = 0; i < generated && !source.isEmpty(); ++i) {
        QJsonObject r = source.at(i % source.size());
        if (i >= source.size())
            r.insert(QStringLiteral("name"), QStringLiteral("%1 %2")
                                                 .arg(r.value(QLatin1String("name")).toString())
                                                 .arg(i / source.size() + 1));
        r.insert(QStringLiteral("country"),
                 r.value(QLatin1String("countryIso2")).toString().toUpper());
        r.insert(QStringLiteral("businessId"),
                 m_lists.idByName(QStringLiteral("business"),
                                  r.value(QLatin1String("business")).toString()));
        r.insert(QStringLiteral("categoryId"),
                 m_lists.idByName(QStringLiteral("category"),
                                  r.value(QLatin1String("category")).toString()));
        r.insert(QStringLiteral("number1"), QString::number(20000 + i));
        r.insert(QStringLiteral("interests"), QJsonArray{1 + i % 10, 1 + (i * 3) % 10});
        r.insert(
            QStringLiteral("udf"),
            QJsonObject{
                {QStringLiteral("SuperOffice:1"), QStringLiteral("Seeded company %1").arg(i + 1)},
                {QStringLiteral("SuperOffice:2"), QStringLiteral("[I:%1]").arg(i % 4)},
                {QStringLiteral("SuperOffice:2:DisplayText"),
                 m_lists.tierName(QStringLiteral("[I:%1]").arg(i % 4), QStringLiteral("en"))},
                {QStringLiteral("SuperOffice:4"),
                 i % 2 ? QStringLiteral("True") : QStringLiteral("False")}});
        r.insert(
            QStringLiteral("createdDate"),
            WireDate::toWire(
                QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 86400)));
        r.insert(QStringLiteral("updatedDate"),
                 WireDate::toWire(
                     QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 3600)));
        QJsonArray people;
        const QString domain = r.value(QLatin1String("domain")).toString();
        for (int p = 0; p < (i * 7) % 12; ++p) {
            const QString first = QString::fromUtf8(firstNames[(i + p) % 12]);
            const QString last = QString::fromUtf8(lastNames[(i * 3 + p) % 10]);
            people.append(QJsonObject{
                {QStringLiteral("firstname"), first},
                {QStringLiteral("lastname"), last},
                {QStringLiteral("title"),
                 p == 0 ? QStringLiteral("CEO") : QStringLiteral("Consultant")},
                {QStringLiteral("email"),
                 QStringLiteral("%1.%2@%3").arg(first.toLower(), QString::number(p + 1), domain)}});
        }
        r.insert(QStringLiteral("persons"), people);
        add(r, contactId++, 5);
    }
    if (!entities.isEmpty())
        m_store.write(entities, persons);
}
