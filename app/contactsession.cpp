#include "contactsession.h"

#include "changecountryjob.h"
#include "contactsearchjob.h"
#include "countrylayoutcache.h"
#include "createdefaultcontactentityjob.h"
#include "fieldcatalogue.h"
#include "getcontactentityjob.h"
#include "getduplicatesjob.h"
#include "jobrunner.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

namespace {

const QString kCountry = QStringLiteral("Country");
const QString kAddress = QStringLiteral("Address");

// A member a country change may set: the user's kind of member, not the record's facts, its
// persons or its custom fields.
bool followsCountry(const QString &member)
{
    const FieldDescriptor *d = FieldCatalogue::find(member, EntityKind::Contact);
    if (!d)
        return false;
    switch (d->kind) {
    case FieldDescriptor::Kind::Info:
    case FieldDescriptor::Kind::Date:
    case FieldDescriptor::Kind::Persons:
    case FieldDescriptor::Kind::CustomFields:
        return false;
    default:
        return true;
    }
}

} // namespace

ContactSession::ContactSession(WebApiClient *client, QObject *parent)
    : EntitySession(client, parent)
    , m_lookup(new JobRunner(this))
{
    // Every company the server sends teaches its country's layout, for changes made offline.
    auto remember = [this] {
        if (m_document)
            layouts().remember(m_document->base().json());
    };
    connect(this, &EntitySession::documentReady, this, remember);
    connect(this, &EntitySession::saved, this, remember);
}

ContactSession::~ContactSession() = default;

QString ContactSession::displayName() const
{
    if (!m_document)
        return m_requestedId ? tr("Company %1").arg(m_requestedId) : tr("New company");
    const QString name = m_document->entity().name().trimmed();
    return name.isEmpty() ? tr("New company") : name;
}

EntityJob *ContactSession::startGet(int id)
{
    return m_client->getContactEntity(id);
}

EntityJob *ContactSession::startCreateDefault()
{
    return m_client->createDefaultContactEntity();
}

EntityJob *ContactSession::startSave(const QJsonObject &entity)
{
    return m_client->saveContactEntity(ContactEntity(entity));
}

QString ContactSession::notice(Notice notice) const
{
    switch (notice) {
    case Notice::QueuedOffline:
        return tr("You are offline. The company waits in the outbox and is saved when the "
                  "connection is back.");
    case Notice::QueuedTimeout:
        return tr("The server did not answer in time. The company waits in the outbox.");
    case Notice::QueuedUnreachable:
        return tr("The server cannot be reached. The company waits in the outbox.");
    case Notice::EarlierCreate:
        return tr("An earlier attempt to create this company may have succeeded. Open it to "
                  "decide.");
    }
    return QString();
}

void ContactSession::findEarlierCreate(
    const std::function<void(const QList<DuplicateEntry> &)> &done)
{
    findDuplicates(m_jobs, m_document->entity().name(), m_document->entity().orgNr().trimmed(),
                   done);
}

void ContactSession::findDuplicates(JobRunner *runner, const QString &name, const QString &orgNr,
                                    std::function<void(const QList<DuplicateEntry> &)> done)
{
    // The check while typing leaves the save's last failure alone.
    const bool partOfSave = runner == m_jobs;
    auto fail = [this, partOfSave](const ApiError &error) {
        if (partOfSave)
            onFailure(Operation::Save, error);
    };
    runner->run<GetDuplicatesJob>(
        m_client->getDuplicates(name),
        [this, runner, orgNr, done, fail](GetDuplicatesJob *byName) {
            QList<DuplicateEntry> matches;
            for (const DuplicateEntry &d : byName->duplicates()) {
                if (d.contactId() > 0)
                    matches.append(d);
            }
            if (orgNr.isEmpty())
                return done(matches);
            runner->run<ContactSearchJob>(
                m_client->searchContactsByOrgNr(orgNr),
                [matches, done](ContactSearchJob *byOrgNr) mutable {
                    for (const ContactSearchJob::Row &row : byOrgNr->rows()) {
                        const bool known = std::any_of(matches.cbegin(), matches.cend(),
                                                       [&row](const DuplicateEntry &d) {
                                                           return d.contactId() == row.contactId;
                                                       });
                        if (!known)
                            matches.append(DuplicateEntry(QJsonObject{
                                {QStringLiteral("SoPrimaryKey"), row.contactId},
                                {QStringLiteral("EntryName"), row.name},
                                {QStringLiteral("RuleName"), QStringLiteral("orgnr")}}));
                    }
                    done(matches);
                },
                fail);
        },
        fail);
}

void ContactSession::checkForDuplicates()
{
    // Only a company not saved yet: offer to open an existing one before creating a twin.
    if (!m_document || !m_document->isNew())
        return;
    const QString name = m_document->entity().name().trimmed();
    if (name.size() < 2 || name == m_checkedDuplicatesFor)
        return;
    m_checkedDuplicatesFor = name;
    findDuplicates(m_lookup, name, QString(), [this, name](const QList<DuplicateEntry> &matches) {
        if (!matches.isEmpty() && m_document && m_document->entity().name().trimmed() == name)
            emit possibleDuplicates(matches);
    });
}

CountryLayoutCache ContactSession::layouts() const
{
    return CountryLayoutCache(m_store, m_server);
}

bool ContactSession::needsCountryCheck() const
{
    if (!m_document)
        return false;
    const int now = m_document->entity().country().countryId();
    return now > 0 && now != m_document->base().country().countryId() && now != m_countryConfirmed;
}

ChangeCountryJob *ContactSession::startChangeCountry(int toCountryId)
{
    auto *job = new ChangeCountryJob(m_client, m_document->working(), toCountryId);
    job->start();
    return job;
}

void ContactSession::changeCountry(const QJsonObject &country)
{
    if (!m_document)
        return;
    const int toId = country.value(QLatin1String("CountryId")).toInt();
    if (toId <= 0 || toId == m_document->entity().country().countryId())
        return;
    if (isOffline() || isBusy()) {
        changeCountryLocally(country);
        return;
    }
    m_jobs->run<ChangeCountryJob>(
        startChangeCountry(toId),
        [this](ChangeCountryJob *job) {
            layouts().remember(job->json());
            applyCountryRules(job->sent(), job->json(),
                              tr("Change country to %1")
                                  .arg(Country(job->json().value(kCountry).toObject()).name()));
            m_countryConfirmed = job->toCountryId();
            emit countryChanged(true);
        },
        [this, country](const ApiError &) {
            // Whatever stopped the call, the user goes on in the cached layout; the server is
            // asked again before saving.
            if (m_document)
                changeCountryLocally(country);
        });
}

void ContactSession::changeCountryLocally(const QJsonObject &chosen)
{
    const QJsonObject working = m_document->working();
    QJsonObject country;
    QJsonObject answer;
    if (const auto rules = layouts().rules(chosen.value(QLatin1String("CountryId")).toInt())) {
        country = rules->country.json();
        answer.insert(kAddress, rules->layout.json());
    } else {
        // Only the id and name are known: the old country's members (OrgNrText, its ISO codes,
        // layout ids) must not stay with the new id. Its rights do.
        const QJsonObject old = working.value(kCountry).toObject();
        for (const QString &key :
             {QStringLiteral("TableRight"), QStringLiteral("FieldProperties")}) {
            if (old.contains(key))
                country.insert(key, old.value(key));
        }
    }
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
        if (!country.contains(it.key()) || it.key() == QLatin1String("CountryId"))
            country.insert(it.key(), it.value());
    }
    answer.insert(kCountry, country);
    // Made here, not by the server: it is asked before the next save.
    m_countryConfirmed = 0;
    applyCountryRules(working, answer, tr("Change country to %1").arg(Country(country).name()));
    emit countryChanged(false);
}

void ContactSession::applyCountryRules(const QJsonObject &sent, const QJsonObject &answer,
                                       const QString &text)
{
    const QJsonObject working = m_document->working();
    QList<std::pair<JsonPath, QJsonValue>> changes;
    // The whole carrier: TwoLetterISOCountry, OrgNrText and the layout ids are the new country's.
    changes.append({JsonPath(kCountry), answer.value(kCountry)});
    if (answer.value(kAddress).isObject()) {
        // The new layout with the values as the user has them now (typed meanwhile too), each by
        // part; what has no place in the layout is kept apart.
        const Address relaid = Address::relaid(Address(working.value(kAddress).toObject()),
                                               Address(answer.value(kAddress).toObject()));
        changes.append({JsonPath(kAddress), relaid.json()});
    }
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == kCountry || key == kAddress || !followsCountry(key))
            continue;
        // Unchanged by the country, or changed by the user while the server was asked: theirs.
        if (it.value() == sent.value(key) || working.value(key) != sent.value(key))
            continue;
        changes.append({JsonPath(key), it.value()});
    }
    m_document->breakMerge();
    m_document->setValues(changes, text);
    m_document->breakMerge();
}

bool ContactSession::checkBeforeSave()
{
    if (!needsCountryCheck())
        return false;
    run<ChangeCountryJob, ContactSession>(
        Operation::Save, startChangeCountry(m_document->entity().country().countryId()),
        &ContactSession::onCountryChecked);
    return true;
}

void ContactSession::onCountryChecked(ChangeCountryJob *job)
{
    layouts().remember(job->json());
    applyCountryRules(
        job->sent(), job->json(),
        tr("Apply the rules of %1").arg(Country(job->json().value(kCountry).toObject()).name()));
    m_countryConfirmed = job->toCountryId();
    save();
}
