#pragma once

#include "entitykind.h"

#include "apijob.h"

#include <QJsonArray>

// GET Contact/UdefLayout/Published (Person/… for persons): the published user-defined fields
// (UserDefinedFieldInfo) with their labels, types, flags and lists.
class GetUdefLayoutJob : public ApiJob
{
    Q_OBJECT

public:
    GetUdefLayoutJob(WebApiClient *client, EntityKind kind);

    // The items as received (also what the offline cache keeps).
    QJsonArray items() const { return m_items; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QJsonArray m_items;
};
