#pragma once

#include "apijob.h"
#include "duplicateentry.h"

// POST Agents/Contact/GetDuplicates: companies that may be the same as a name.
class GetDuplicatesJob : public ApiJob
{
    Q_OBJECT

public:
    GetDuplicatesJob(WebApiClient *client, const QString &name);

    QString name() const { return m_name; }
    QList<DuplicateEntry> duplicates() const { return m_duplicates; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QString m_name;
    QList<DuplicateEntry> m_duplicates;
};
