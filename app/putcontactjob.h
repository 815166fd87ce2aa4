#pragma once

#include "entityjob.h"

#include <QDateTime>

// PUT Contact/{id} (REST) with If-Unmodified-Since: a save the server refuses with 412 when the
// company changed after the given time. The Agents save has no such check.
class PutContactJob : public EntityJob
{
    Q_OBJECT

public:
    PutContactJob(WebApiClient *client, const ContactEntity &entity,
                  const QDateTime &unmodifiedSince);

    QString description() const override;
};
