#pragma once

#include "entitykind.h"

#include "apijob.h"

#include <QJsonArray>

// GET Contact/CustomField (Person/CustomField for persons): the custom fields, user-defined and
// extra (FieldInfo, by FieldType).
class GetCustomFieldListJob : public ApiJob
{
    Q_OBJECT

public:
    GetCustomFieldListJob(WebApiClient *client, EntityKind kind);

    // The items as received (also what the offline cache keeps).
    QJsonArray items() const { return m_items; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QJsonArray m_items;
};
