#pragma once

#include "entityjob.h"

// POST Agents/Contact/SaveContactEntity: saves the whole entity (ContactId 0 creates) and returns
// what the server stored.
class SaveContactEntityJob : public EntityJob
{
    Q_OBJECT

public:
    SaveContactEntityJob(WebApiClient *client, const ContactEntity &entity);

    bool isCreate() const { return m_create; }
    QString description() const override;

private:
    bool m_create;
};
