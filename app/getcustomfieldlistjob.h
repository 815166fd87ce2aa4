#pragma once

#include "apijob.h"

#include <QJsonArray>

// GET Contact/CustomField: the custom fields of companies, user-defined and extra (FieldInfo, by
// FieldType).
class GetCustomFieldListJob : public ApiJob
{
    Q_OBJECT

public:
    explicit GetCustomFieldListJob(WebApiClient *client);

    // The items as received (also what the offline cache keeps).
    QJsonArray items() const { return m_items; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QJsonArray m_items;
};
