#include "contactstore.h"

#include "addresslayout.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace {

QString cityOf(const QJsonObject &entity)
{
    const AddressLayout::Values v =
        AddressLayout::values(entity.value(QLatin1String("Address")).toObject());
    const QString street = v.value(Address::Part::StreetCity);
    return street.isEmpty() ? v.value(Address::Part::PostalCity) : street;
}

} // namespace

ContactStore::ContactStore()
    : m_connection(QStringLiteral("contact-sandbox-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ContactStore::~ContactStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ContactStore::open(const QString &fileName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(fileName.isEmpty() ? QStringLiteral(":memory:") : fileName);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL keeps readers and the writer apart; an in-memory database ignores it.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const char *s :
         {"CREATE TABLE IF NOT EXISTS contact (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
          "department TEXT, orgnr TEXT, city TEXT, json TEXT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
          "CREATE TABLE IF NOT EXISTS person (id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, "
          "updated TEXT, json TEXT NOT NULL)",
          "CREATE INDEX IF NOT EXISTS person_contact ON person (contact_id)"}) {
        if (!q.exec(QString::fromLatin1(s))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool ContactStore::isEmpty() const
{
    return count() == 0;
}

int ContactStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM contact")) && q.next())
        return q.value(0).toInt();
    return 0;
}

void ContactStore::clear()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("DELETE FROM contact"));
    q.exec(QStringLiteral("DELETE FROM person"));
    q.exec(QStringLiteral("DELETE FROM counter"));
}

std::optional<QJsonObject> ContactStore::load(int contactId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT json FROM contact WHERE id = ?"));
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QList<ContactStore::Row> ContactStore::rows() const
{
    QList<Row> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, department, orgnr, city FROM contact ORDER BY id")))
        return out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

bool ContactStore::write(const QList<QJsonObject> &entities, const QList<QJsonObject> &persons,
                         QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO contact (id, name, department, orgnr, city, json) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (QJsonObject e : entities) {
        // Display data built from the person records whenever the company is answered.
        e.remove(QStringLiteral("Persons"));
        q.addBindValue(e.value(QLatin1String("ContactId")).toInt());
        q.addBindValue(e.value(QLatin1String("Name")).toString());
        q.addBindValue(e.value(QLatin1String("Department")).toString());
        q.addBindValue(e.value(QLatin1String("OrgNr")).toString());
        q.addBindValue(cityOf(e));
        q.addBindValue(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return fail(q);
    }
    int highest = 0;
    QSqlQuery p(db);
    p.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO person (id, contact_id, updated, json) VALUES (?, ?, ?, ?)"));
    for (const QJsonObject &person : persons) {
        p.addBindValue(person.value(QLatin1String("PersonId")).toInt());
        p.addBindValue(person.value(QLatin1String("Contact"))
                           .toObject()
                           .value(QLatin1String("ContactId"))
                           .toInt());
        p.addBindValue(person.value(QLatin1String("UpdatedDate")).toString());
        p.addBindValue(QString::fromUtf8(QJsonDocument(person).toJson(QJsonDocument::Compact)));
        if (!p.exec())
            return fail(p);
        highest = std::max(highest, person.value(QLatin1String("PersonId")).toInt());
    }
    if (highest > 0) {
        // A person written with an id the counter did not hand out (moved over from a file
        // from before persons were records) must not get it handed out again.
        QSqlQuery c(db);
        c.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO counter (name, value) VALUES ('person', "
            "MAX(?, COALESCE((SELECT value FROM counter WHERE name = 'person'), 1)))"));
        c.addBindValue(highest + 1);
        if (!c.exec())
            return fail(c);
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

std::optional<QJsonObject> ContactStore::loadPerson(int personId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT json FROM person WHERE id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QList<QJsonObject> ContactStore::personsOf(int contactId) const
{
    QList<QJsonObject> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM person WHERE contact_id = ? ORDER BY id"));
    q.addBindValue(contactId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

int ContactStore::personCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM person")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool ContactStore::removePerson(int personId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.numRowsAffected() > 0;
}

int ContactStore::nextContactId() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM contact")) && q.next())
        return q.value(0).toInt();
    return 1;
}

int ContactStore::takePersonIds(int count)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    int next = 1;
    if (q.exec(QStringLiteral("SELECT value FROM counter WHERE name = 'person'")) && q.next())
        next = q.value(0).toInt();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO counter (name, value) VALUES ('person', ?)"));
    q.addBindValue(next + count);
    q.exec();
    return next;
}
