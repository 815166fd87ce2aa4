#pragma once

#include "entityjob.h"

// POST Agents/Person/CreateDefaultPersonEntity: a new person with the server's defaults.
class CreateDefaultPersonEntityJob : public EntityJob
{
    Q_OBJECT

public:
    explicit CreateDefaultPersonEntityJob(WebApiClient *client);

    QString description() const override;
};
