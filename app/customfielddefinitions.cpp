#include "customfielddefinitions.h"

#include "fieldcatalogue.h"
#include "getcustomfieldlistjob.h"
#include "getudeflayoutjob.h"
#include "webapiclient.h"

namespace {

const QString kLayout = QStringLiteral("UdefLayout");
const QString kFieldList = QStringLiteral("CustomField");

} // namespace

CustomFieldDefinitions::CustomFieldDefinitions(WebApiClient *client, EntityKind kind,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
{}

bool CustomFieldDefinitions::isFetching() const
{
    return !m_layoutJob.isNull() || !m_listJob.isNull();
}

void CustomFieldDefinitions::fetch()
{
    if (isFetching())
        return;
    m_anySucceeded = false;
    m_layoutJob = m_client->getUdefLayout(m_kind);
    m_layoutJob->setAutoDelete(true);
    connect(m_layoutJob, &ApiJob::finished, this, [this](ApiJob *job) {
        if (job->succeeded()) {
            m_udefLayout = static_cast<GetUdefLayoutJob *>(job)->items();
            m_anySucceeded = true;
        }
        m_layoutJob = nullptr;
        onAnswered();
    });
    m_listJob = m_client->getCustomFieldList(m_kind);
    m_listJob->setAutoDelete(true);
    connect(m_listJob, &ApiJob::finished, this, [this](ApiJob *job) {
        if (job->succeeded()) {
            m_fieldList = static_cast<GetCustomFieldListJob *>(job)->items();
            m_anySucceeded = true;
        }
        m_listJob = nullptr;
        onAnswered();
    });
}

void CustomFieldDefinitions::onAnswered()
{
    if (isFetching())
        return;
    if (m_anySucceeded) {
        m_loaded = true;
        rebuild();
    }
    emit fetchFinished(m_anySucceeded);
}

void CustomFieldDefinitions::clear()
{
    for (ApiJob *job :
         {static_cast<ApiJob *>(m_layoutJob.data()), static_cast<ApiJob *>(m_listJob.data())}) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    m_layoutJob = nullptr;
    m_listJob = nullptr;
    m_udefLayout = {};
    m_fieldList = {};
    m_loaded = false;
    rebuild();
}

QJsonObject CustomFieldDefinitions::snapshot() const
{
    return {{kLayout, m_udefLayout}, {kFieldList, m_fieldList}};
}

void CustomFieldDefinitions::restore(const QJsonObject &snapshot)
{
    // What the server answered this run is newer than any cache.
    if (m_loaded || snapshot.isEmpty())
        return;
    m_udefLayout = snapshot.value(kLayout).toArray();
    m_fieldList = snapshot.value(kFieldList).toArray();
    m_loaded = true;
    rebuild();
}

void CustomFieldDefinitions::rebuild()
{
    const CustomFieldLayout layout =
        CustomFieldLayout::fromServer(m_udefLayout, m_fieldList, m_client->effectiveLanguage());
    FieldCatalogue::setTenantCustomFields(m_kind, layout);
    if (layout == m_layout)
        return;
    m_layout = layout;
    emit changed();
}
