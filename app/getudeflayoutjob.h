#pragma once

#include "apijob.h"

#include <QJsonArray>

// GET Contact/UdefLayout/Published: the published user-defined fields of companies
// (UserDefinedFieldInfo) with their labels, types, flags and lists.
class GetUdefLayoutJob : public ApiJob
{
    Q_OBJECT

public:
    explicit GetUdefLayoutJob(WebApiClient *client);

    // The items as received (also what the offline cache keeps).
    QJsonArray items() const { return m_items; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QJsonArray m_items;
};
