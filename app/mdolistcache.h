#pragma once

#include "apierror.h"
#include "mdolistitem.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class MdoListJob;
class WebApiClient;

// The MDO lists behind the pickers (category, business, country, associate, ...), fetched once
// per run and kept so pickers fill at once and keep working offline.
class MdoListCache : public QObject
{
    Q_OBJECT

public:
    explicit MdoListCache(WebApiClient *client, QObject *parent = nullptr);

    // Fetches the list unless it is cached or on its way; listReady follows either way.
    void request(const QString &listName);
    bool isLoaded(const QString &listName) const { return m_lists.contains(listName); }
    QList<MDOListItem> items(const QString &listName) const;
    QJsonArray rawItems(const QString &listName) const { return m_lists.value(listName); }
    // Drop everything (another server or language).
    void clear();

    // Persistence for offline use: the lists as received, keyed by name.
    QJsonObject snapshot() const;
    void restore(const QJsonObject &snapshot);

signals:
    void listReady(const QString &listName);
    void listFailed(const QString &listName, const ApiError &error);

private:
    WebApiClient *m_client;
    QHash<QString, QJsonArray> m_lists;
    QHash<QString, QPointer<MdoListJob>> m_pending;
};
