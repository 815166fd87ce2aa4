#pragma once

#include "carrierschema.h"
#include "fieldrights.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Base of every typed carrier: the JSON object exactly as received (member names in canonical
// casing) with typed reads on top. Writes change single members in place, so everything the
// code does not know survives a round trip untouched.
class Carrier
{
public:
    Carrier() = default;
    explicit Carrier(const QJsonObject &json)
        : m_json(json)
    {}

    const QJsonObject &json() const { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }
    bool has(const QString &member) const { return m_json.contains(member); }

    QJsonValue value(const QString &member) const { return m_json.value(member); }
    // Tolerant reads: a member of the wrong type reads as the type's empty value.
    QString string(const QString &member) const;
    qint64 integer(const QString &member) const;
    double number(const QString &member) const;
    bool boolean(const QString &member) const;
    QStringList strings(const QString &member) const;
    QJsonObject object(const QString &member) const { return m_json.value(member).toObject(); }
    QJsonArray array(const QString &member) const { return m_json.value(member).toArray(); }

    void setValue(const QString &member, const QJsonValue &value);

    TableRight tableRight() const;
    FieldRights rights(bool isNewRecord) const
    {
        return FieldRights::fromCarrier(m_json, isNewRecord);
    }

    bool operator==(const Carrier &other) const { return m_json == other.m_json; }

protected:
    QJsonObject m_json;
};
