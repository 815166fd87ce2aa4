#pragma once

#include "apijob.h"
#include "contactentity.h"

#include <QMap>

// POST Agents/Contact/ValidateContactEntity: the server's error messages by field, empty when the
// entity would save.
class ValidateContactEntityJob : public ApiJob
{
    Q_OBJECT

public:
    ValidateContactEntityJob(WebApiClient *client, const ContactEntity &entity);

    QMap<QString, QString> problems() const { return m_problems; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QMap<QString, QString> m_problems;
};
