#pragma once

#include "entityjob.h"

// POST Agents/Person/GetPersonEntity: one person with its rights.
class GetPersonEntityJob : public EntityJob
{
    Q_OBJECT

public:
    GetPersonEntityJob(WebApiClient *client, int personId);

    int personId() const { return m_personId; }
    QString description() const override;

private:
    int m_personId;
};
