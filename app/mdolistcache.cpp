#include "mdolistcache.h"

#include "mdolistjob.h"
#include "webapiclient.h"

#include <QJsonArray>

MdoListCache::MdoListCache(WebApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void MdoListCache::request(const QString &listName)
{
    if (m_lists.contains(listName)) {
        QMetaObject::invokeMethod(
            this, [this, listName] { emit listReady(listName); }, Qt::QueuedConnection);
        return;
    }
    if (m_pending.value(listName))
        return;
    MdoListJob *job = m_client->mdoList(listName);
    job->setAutoDelete(true);
    m_pending.insert(listName, job);
    connect(job, &ApiJob::finished, this, [this, listName](ApiJob *finished) {
        auto *job = static_cast<MdoListJob *>(finished);
        m_pending.remove(listName);
        if (job->succeeded()) {
            m_lists.insert(listName, job->rawItems());
            emit listReady(listName);
        } else {
            emit listFailed(listName, job->error());
        }
    });
}

QList<MDOListItem> MdoListCache::items(const QString &listName) const
{
    QList<MDOListItem> out;
    for (const QJsonValue &v : m_lists.value(listName)) {
        if (v.isObject())
            out.append(MDOListItem(v.toObject()));
    }
    return out;
}

void MdoListCache::clear()
{
    m_lists.clear();
}

QJsonObject MdoListCache::snapshot() const
{
    QJsonObject out;
    for (auto it = m_lists.constBegin(); it != m_lists.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void MdoListCache::restore(const QJsonObject &snapshot)
{
    for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it) {
        if (it->isArray() && !m_lists.contains(it.key()))
            m_lists.insert(it.key(), it->toArray());
    }
}
