#include "contactsession.h"

#include "contactformmodel.h"
#include "createdefaultcontactentityjob.h"
#include "getcontactentityjob.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

ContactSession::ContactSession(WebApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ContactSession::~ContactSession()
{
    if (m_job)
        m_job->cancel();
    delete m_job;
}

QString ContactSession::displayName() const
{
    if (!m_document)
        return m_requestedId ? tr("Company %1").arg(m_requestedId) : tr("New company");
    const QString name = m_document->entity().name().trimmed();
    return name.isEmpty() ? tr("New company") : name;
}

QString ContactSession::busyText() const
{
    return m_job ? m_job->description() : QString();
}

void ContactSession::track(ApiJob *job, Operation operation)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_job = job;
    m_running = operation;
    m_failed = Operation::None;
    m_error = ApiError();
    connect(job, &ApiJob::finished, this, &ContactSession::onFinished);
    emit busyChanged(true, job->description());
}

void ContactSession::open(int contactId)
{
    m_requestedId = contactId;
    track(m_client->getContactEntity(contactId), Operation::Open);
}

void ContactSession::createNew()
{
    m_requestedId = 0;
    track(m_client->createDefaultContactEntity(), Operation::Create);
}

QStringList ContactSession::save()
{
    if (!m_document)
        return {};
    ContactFormModel form(m_document);
    const QStringList blank = form.blankMandatoryFields();
    if (!blank.isEmpty())
        return blank;
    m_sent = m_document->working();
    track(m_client->saveContactEntity(m_document->entity()), Operation::Save);
    return {};
}

void ContactSession::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ContactSession::retry()
{
    switch (m_failed) {
    case Operation::Open:
        open(m_requestedId);
        break;
    case Operation::Create:
        createNew();
        break;
    case Operation::Save:
        save();
        break;
    case Operation::None:
        break;
    }
}

void ContactSession::adopt(const ContactEntity &base, const ContactEntity &working)
{
    if (!m_document) {
        m_document = new ContactDocument(base, this);
        m_document->restore(base, working);
        emit documentReady(m_document);
    } else {
        m_document->restore(base, working);
    }
}

void ContactSession::onFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    const Operation operation = m_running;
    m_running = Operation::None;
    m_job = nullptr;
    job->deleteLater();
    emit busyChanged(false, QString());
    if (!job->succeeded()) {
        m_failed = operation;
        m_error = job->error();
        emit failed(operation, m_error);
        return;
    }
    const ContactEntity entity = static_cast<EntityJob *>(job)->entity();
    switch (operation) {
    case Operation::Open:
    case Operation::Create:
        if (!m_document) {
            m_document = new ContactDocument(entity, this);
            emit documentReady(m_document);
        } else {
            m_document->restore(entity, entity);
        }
        break;
    case Operation::Save: {
        // Typing went on while the save was under way: keep those edits on top of the answer.
        const QJsonObject typedMeanwhile = m_document->working();
        m_document->acceptSaved(entity);
        if (typedMeanwhile != m_sent) {
            QJsonObject working = entity.json();
            for (auto it = typedMeanwhile.constBegin(); it != typedMeanwhile.constEnd(); ++it) {
                if (m_sent.value(it.key()) != it.value())
                    working.insert(it.key(), it.value());
            }
            m_document->restore(entity, ContactEntity(working));
        }
        emit saved();
        break;
    }
    case Operation::None:
        break;
    }
}
