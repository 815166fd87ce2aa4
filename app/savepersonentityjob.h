#pragma once

#include "entityjob.h"

// POST Agents/Person/SavePersonEntity: saves the whole person (PersonId 0 creates) and returns
// what the server stored. Persons are saved here, never through the company's Persons member.
class SavePersonEntityJob : public EntityJob
{
    Q_OBJECT

public:
    SavePersonEntityJob(WebApiClient *client, const PersonEntity &person);

    bool isCreate() const { return m_create; }
    QString description() const override;

private:
    bool m_create;
};
