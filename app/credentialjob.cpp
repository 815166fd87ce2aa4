#include "credentialjob.h"

#include <QMetaObject>

CredentialJob::CredentialJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
{}

void CredentialJob::finish(Status status, const QString &secret, const QString &errorText)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_secret = secret;
    m_errorText = errorText;
    m_payload.clear();
    QMetaObject::invokeMethod(this, &CredentialJob::emitFinished, Qt::QueuedConnection);
}

void CredentialJob::emitFinished()
{
    emit finished(this);
    deleteLater();
}
