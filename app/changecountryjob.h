#pragma once

#include "entityjob.h"

// POST Agents/Contact/ChangeCountry: the given company as the other country has it (its Country
// carrier, the address in that country's layout, formats), not saved.
class ChangeCountryJob : public EntityJob
{
    Q_OBJECT

public:
    ChangeCountryJob(WebApiClient *client, const QJsonObject &entity, int toCountryId);

    int toCountryId() const { return m_toCountryId; }
    // The entity as sent: the answer is compared with it to tell the country's changes from
    // the user's typing meanwhile.
    const QJsonObject &sent() const { return m_sent; }
    QString description() const override;

private:
    QJsonObject m_sent;
    int m_toCountryId;
};
