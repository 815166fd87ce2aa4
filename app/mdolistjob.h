#pragma once

#include "apijob.h"
#include "mdolistitem.h"

#include <QJsonArray>

// GET MDOList/{name}: the items of a list (categories, countries, enrichment candidates), flat.
class MdoListJob : public ApiJob
{
    Q_OBJECT

public:
    MdoListJob(WebApiClient *client, const QString &listName, const QString &query = QString(),
               const QString &additional = QString());

    QString listName() const { return m_listName; }
    QString query() const { return m_query; }
    QList<MDOListItem> items() const;
    // The items as received, for caching.
    QJsonArray rawItems() const { return m_items; }
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    static QString pathFor(const QString &listName, const QString &query,
                           const QString &additional);
    QString m_listName;
    QString m_query;
    QJsonArray m_items;
};
