#include "personsession.h"

#include "createdefaultpersonentityjob.h"
#include "getcontactentityjob.h"
#include "getpersonentityjob.h"
#include "savepersonentityjob.h"
#include "webapiclient.h"

PersonSession::PersonSession(WebApiClient *client, QObject *parent)
    : EntitySession(client, parent)
{}

int PersonSession::contactId() const
{
    if (m_document)
        return m_document->person().contactId();
    return m_company.value(QLatin1String("ContactId")).toInt();
}

QString PersonSession::displayName() const
{
    if (!m_document)
        return m_requestedId ? tr("Person %1").arg(m_requestedId) : tr("New person");
    const QString name = m_document->person().displayName();
    return name.isEmpty() ? tr("New person") : name;
}

QJsonObject PersonSession::companyReference(const QJsonObject &company)
{
    // The members of the light Contact carrier that a company has under the same name.
    QJsonObject reference;
    for (const char *member : {"ContactId", "Name", "OrgNr", "Department", "Number1", "Number2",
                               "Kananame", "FullName"}) {
        const QJsonValue v = company.value(QLatin1String(member));
        if (!v.isUndefined())
            reference.insert(QLatin1String(member), v);
    }
    return reference;
}

void PersonSession::createNew(const QJsonObject &company)
{
    m_company = companyReference(company);
    startCreate();
}

QJsonObject PersonSession::prepareNew(const QJsonObject &entity) const
{
    QJsonObject person = entity;
    if (!m_company.isEmpty())
        person.insert(QStringLiteral("Contact"), m_company);
    return person;
}

EntityJob *PersonSession::startGet(int id)
{
    return m_client->getPersonEntity(id);
}

EntityJob *PersonSession::startCreateDefault()
{
    return m_client->createDefaultPersonEntity();
}

EntityJob *PersonSession::startSave(const QJsonObject &entity)
{
    return m_client->savePersonEntity(PersonEntity(entity));
}

void PersonSession::findEarlierCreate(
    const std::function<void(const QList<DuplicateEntry> &)> &done)
{
    // The company's current persons: one of the same name is most likely the earlier create.
    const PersonEntity mine = m_document->person();
    const QString name = mine.displayName().simplified();
    m_jobs->run<GetContactEntityJob>(
        m_client->getContactEntity(mine.contactId()),
        [done, name](GetContactEntityJob *job) {
            QList<DuplicateEntry> matches;
            for (const Person &p : job->entity().persons()) {
                QStringList parts;
                for (const QString &s : {p.firstname(), p.middleName(), p.lastname()}) {
                    if (!s.trimmed().isEmpty())
                        parts.append(s.trimmed());
                }
                const QString theirs = parts.join(QLatin1Char(' ')).simplified();
                if (p.personId() > 0 && !name.isEmpty() &&
                    theirs.compare(name, Qt::CaseInsensitive) == 0)
                    matches.append(DuplicateEntry(
                        QJsonObject{{QStringLiteral("SoPrimaryKey"), p.personId()},
                                    {QStringLiteral("EntryName"), theirs},
                                    {QStringLiteral("RuleName"), QStringLiteral("name")}}));
            }
            done(matches);
        },
        [this](const ApiError &error) { onFailure(Operation::Save, error); });
}

QString PersonSession::notice(Notice notice) const
{
    switch (notice) {
    case Notice::QueuedOffline:
        return tr("You are offline. The person waits in the outbox and is saved when the "
                  "connection is back.");
    case Notice::QueuedTimeout:
        return tr("The server did not answer in time. The person waits in the outbox.");
    case Notice::QueuedUnreachable:
        return tr("The server cannot be reached. The person waits in the outbox.");
    case Notice::EarlierCreate:
        return tr("The company already has a person of this name. Open the person to decide.");
    }
    return QString();
}
