#pragma once

#include "apijob.h"
#include "contactentity.h"

// Base of the calls that answer with a ContactEntity (get, create default, save, enrich).
class EntityJob : public ApiJob
{
    Q_OBJECT

public:
    ContactEntity entity() const { return m_entity; }

protected:
    using ApiJob::ApiJob;
    bool parseResponse(const QByteArray &body, QString *whyNot) override;
    BackgroundDecoder backgroundDecoder() const override;
    void adoptDecoded(const QJsonObject &decoded) override;

private:
    ContactEntity m_entity;
};
