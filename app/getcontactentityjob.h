#pragma once

#include "entityjob.h"

// POST Agents/Contact/GetContactEntity: one company with its rights.
class GetContactEntityJob : public EntityJob
{
    Q_OBJECT

public:
    GetContactEntityJob(WebApiClient *client, int contactId);

    int contactId() const { return m_contactId; }
    QString description() const override;

private:
    int m_contactId;
};
