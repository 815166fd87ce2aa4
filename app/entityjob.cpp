#include "entityjob.h"

#include "backgroundrelease.h"
#include "carriercodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <cmath>

EntityJob::~EntityJob()
{
    // The job is deleted on the window's thread, often as the last owner of a huge answer.
    BackgroundRelease::release(m_entity, m_entity.json());
}

CarrierSchema::Type EntityJob::schema() const
{
    return m_kind == EntityKind::Person ? CarrierSchema::Type::PersonEntity
                                        : CarrierSchema::Type::ContactEntity;
}

bool EntityJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    const auto entity = CarrierCodec::decodeObject(body, schema(), whyNot);
    return entity && accept(*entity, whyNot);
}

void EntityJob::compareList(const JsonPath &list, const QJsonArray &before)
{
    m_compared = list;
    m_before = before;
    m_worked = std::make_shared<ListChanges>();
}

ApiJob::BackgroundDecoder EntityJob::backgroundDecoder() const
{
    return [type = schema(), list = m_compared, before = m_before,
            worked = m_worked](const QByteArray &body, QString *whyNot) {
        auto decoded = CarrierCodec::decodeObject(body, type, whyNot);
        if (decoded && worked)
            *worked = ListChanges(list, before, list.get(*decoded).toArray());
        return decoded;
    };
}

bool EntityJob::adoptDecoded(const QJsonObject &decoded, QString *whyNot)
{
    if (m_worked)
        m_listChanges = std::exchange(*m_worked, ListChanges());
    m_worked.reset();
    m_before = QJsonArray();
    return accept(decoded, whyNot);
}

bool EntityJob::accept(const QJsonObject &decoded, QString *whyNot)
{
    const bool person = m_kind == EntityKind::Person;
    const QJsonValue idValue = decoded.value(EntityKinds::idMember(m_kind));
    // A record's id is a whole number from 1 to 2^31-1 (0: not saved yet); anything else, such
    // as -5 or 1e26, names no record and would not even survive being sent back.
    const double number = idValue.toDouble(-1);
    const bool missing = idValue.isUndefined() || idValue.isNull();
    if (!missing && (!idValue.isDouble() || number < 0 || number > double(INT_MAX) ||
                     number != std::floor(number))) {
        const QString shown = idValue.isDouble()
                                  ? QString::number(number, 'g', 16)
                                  : QString::fromUtf8(QJsonDocument(QJsonArray{idValue})
                                                          .toJson(QJsonDocument::Compact)
                                                          .mid(1)
                                                          .chopped(1)
                                                          .left(40));
        *whyNot =
            person
                ? tr("The server answered with a person id no person can have (%1).").arg(shown)
                : tr("The server answered with a company id no company can have (%1).").arg(shown);
        return false;
    }
    const int id = missing ? 0 : int(number);
    if (m_expect == Expect::Assigned && id == 0) {
        *whyNot = person ? tr("The server did not say which person it saved.")
                         : tr("The server did not say which company it saved.");
        return false;
    }
    const bool checked =
        m_expect == Expect::Exactly || (m_expect == Expect::ExactlyIfPresent && !missing);
    if (checked && id != m_expectedId) {
        if (id == 0) {
            *whyNot = person ? tr("The server answered with a person without an id instead of "
                                  "person %1.")
                                   .arg(m_expectedId)
                             : tr("The server answered with a company without an id instead of "
                                  "company %1.")
                                   .arg(m_expectedId);
        } else if (m_expectedId == 0) {
            *whyNot =
                person
                    ? tr("The server answered with person %1 instead of a new person.").arg(id)
                    : tr("The server answered with company %1 instead of a new company.").arg(id);
        } else {
            *whyNot = person ? tr("The server answered with person %1 instead of person %2.")
                                   .arg(id)
                                   .arg(m_expectedId)
                             : tr("The server answered with company %1 instead of company %2.")
                                   .arg(id)
                                   .arg(m_expectedId);
        }
        return false;
    }
    m_entity = ContactEntity(decoded);
    return true;
}
