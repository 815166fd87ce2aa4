#pragma once

#include "entityjob.h"

// POST Agents/Contact/CreateDefaultContactEntity: a new company with the server's defaults.
class CreateDefaultContactEntityJob : public EntityJob
{
    Q_OBJECT

public:
    explicit CreateDefaultContactEntityJob(WebApiClient *client);

    QString description() const override;
};
