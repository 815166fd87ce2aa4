#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The sandbox's companies and their persons in SQLite (a file, or memory for tests): each
// ContactEntity and PersonEntity is kept whole as JSON, so members the server does not know
// survive, with a few columns for searching. A company's Persons member is not stored: persons
// are their own records, joined to the company by Contact.ContactId.
class ContactStore
{
public:
    struct Row
    {
        int contactId = 0;
        QString name;
        QString department;
        QString orgNr;
        QString city;
    };

    ContactStore();
    ~ContactStore();
    ContactStore(const ContactStore &) = delete;
    ContactStore &operator=(const ContactStore &) = delete;

    // An empty fileName opens an in-memory database.
    bool open(const QString &fileName, QString *error);
    bool isEmpty() const;
    int count() const;
    void clear();

    std::optional<QJsonObject> load(int contactId) const;
    QList<Row> rows() const;

    // Writes several companies and persons in one transaction: all of them or none. The person
    // id counter ends up above every person written.
    bool write(const QList<QJsonObject> &entities, const QList<QJsonObject> &persons,
               QString *error = nullptr);
    bool write(const QList<QJsonObject> &entities, QString *error = nullptr)
    {
        return write(entities, {}, error);
    }
    bool write(const QJsonObject &entity, QString *error = nullptr)
    {
        return write(QList<QJsonObject>{entity}, {}, error);
    }

    // PersonEntity records, without rights; a company's persons in the order of their ids.
    std::optional<QJsonObject> loadPerson(int personId) const;
    QList<QJsonObject> personsOf(int contactId) const;
    int personCount() const;
    bool writePerson(const QJsonObject &person, QString *error = nullptr)
    {
        return write({}, QList<QJsonObject>{person}, error);
    }
    bool removePerson(int personId);

    int nextContactId() const;
    // Hands out person ids; they are never reused.
    int takePersonIds(int count);

private:
    QString m_connection;
};
