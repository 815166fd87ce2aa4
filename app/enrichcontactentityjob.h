#pragma once

#include "entityjob.h"

// POST Agents/Contact/EnrichContactEntity: the given entity filled in from the AI enrichment
// service (not saved).
class EnrichContactEntityJob : public EntityJob
{
    Q_OBJECT

public:
    EnrichContactEntityJob(WebApiClient *client, const ContactEntity &entity,
                           const QString &enrichId, const QStringList &select = QStringList());

    QString enrichId() const { return m_enrichId; }
    QString description() const override;

private:
    static QString pathFor(const QStringList &select);
    static QByteArray bodyFor(const ContactEntity &entity, const QString &enrichId);
    QString m_enrichId;
};
