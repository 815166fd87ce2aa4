#include "credentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "contacteditor.keychain", QtWarningMsg)

// Errors that say the keychain as a whole cannot be used, as opposed to this one entry.
bool isUnusable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:   // libsecret: no bus, no Secret Service, D-Bus timeouts
    case QKeychain::AccessDenied: // libsecret: the collection is locked
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return true;
}

QString reasonFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDenied:
        return CredentialStore::tr("the keyring is locked");
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("access to it was denied");
    case QKeychain::NotImplemented:
        return CredentialStore::tr("it does not support storing passwords");
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    default:
        return CredentialStore::tr("no Secret Service could be reached or unlocked");
    }
}

QString errorTextFor(QKeychain::Error error, const QString &detail)
{
    QString text;
    switch (error) {
    case QKeychain::CouldNotDeleteEntry:
        text = CredentialStore::tr("The password could not be deleted from the system keychain.");
        break;
    case QKeychain::EntryNotFound:
        text = CredentialStore::tr("No password is stored for this connection.");
        break;
    default:
        text = CredentialStore::tr("The system keychain reported an error.");
        break;
    }
    // QtKeychain's own text is untranslated and terse: only ever a detail after ours.
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + CredentialStore::tr("Details: %1").arg(detail);
    return text;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CredentialStore::keychainTimedOut);
}

CredentialStore::~CredentialStore()
{
    // A QtKeychain job still running must outlive us (libsecret calls back into it), so only
    // stop listening to it.
    disconnect(m_keychainConnection);
}

void CredentialStore::setTimeout(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

QString CredentialStore::keyFor(const QString &user, const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return user + QLatin1Char('@') + url.toString(QUrl::FullyEncoded);
}

CredentialJob *CredentialStore::read(const QString &key)
{
    return enqueue(new CredentialJob(CredentialJob::Operation::Read, key, this));
}

CredentialJob *CredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Write, key, this);
    job->m_payload = secret;
    return enqueue(job);
}

CredentialJob *CredentialStore::remove(const QString &key)
{
    return enqueue(new CredentialJob(CredentialJob::Operation::Remove, key, this));
}

CredentialJob *CredentialStore::enqueue(CredentialJob *job)
{
    m_queue.append(job);
    if (m_unusable)
        startNext(); // memory answers at once; finish() still reports from the event loop
    else
        // Started from the event loop so that a caller's connections are in place first.
        QMetaObject::invokeMethod(this, &CredentialStore::startNext, Qt::QueuedConnection);
    return job;
}

void CredentialStore::startNext()
{
    while (!m_keychainBusy && !m_queue.isEmpty()) {
        const QPointer<CredentialJob> job = m_queue.takeFirst();
        if (!job)
            continue;
        if (m_unusable)
            finishFromMemory(job);
        else
            startOnKeychain(job);
    }
}

void CredentialStore::startOnKeychain(CredentialJob *job)
{
    // QtKeychain jobs are not parented to us on purpose: libsecret keeps a raw pointer to the
    // running job and calls back into it even after our timeout, so it must live until it
    // finishes, and then it deletes itself (autoDelete).
    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case CredentialJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case CredentialJob::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(job->m_payload);
        keychainJob = writeJob;
        break;
    }
    case CredentialJob::Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job->key());

    m_keychainBusy = true;
    m_current = job;
    m_keychainConnection = connect(keychainJob, &QKeychain::Job::finished, this,
                                   &CredentialStore::keychainJobFinished);
    m_timer.start(m_timeoutMs);
    keychainJob->start();
}

void CredentialStore::keychainJobFinished(QKeychain::Job *done)
{
    m_timer.stop();
    disconnect(m_keychainConnection);
    m_keychainBusy = false;
    const QPointer<CredentialJob> job = m_current; // null when its caller deleted it
    m_current = nullptr;
    const QKeychain::Error error = done->error();
    const QString errorString = done->errorString();

    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        qCInfo(lcKeychain) << "keychain job failed, code" << error << errorString;

    if (isUnusable(error)) {
        becomeUnusable(reasonFor(error), job);
        return;
    }
    if (job) {
        using Status = CredentialJob::Status;
        const bool ok = error == QKeychain::NoError;
        switch (job->operation()) {
        case CredentialJob::Operation::Read:
            // Only reached while the keychain is usable: once it is not, reads never get here.
            if (ok)
                job->finish(Status::Ok,
                            static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
            else if (error == QKeychain::EntryNotFound)
                job->finish(Status::NotFound);
            else
                job->finish(Status::Error, QString(), errorTextFor(error, errorString));
            break;
        case CredentialJob::Operation::Write:
            if (ok)
                job->finish(Status::Ok);
            else
                job->finish(Status::Error, QString(), errorTextFor(error, errorString));
            break;
        case CredentialJob::Operation::Remove:
            // Forgetting what is not there is not a failure.
            if (ok || error == QKeychain::EntryNotFound)
                job->finish(Status::Ok);
            else
                job->finish(Status::Error, QString(), errorTextFor(error, errorString));
            break;
        }
    }
    startNext();
}

void CredentialStore::keychainTimedOut()
{
    disconnect(m_keychainConnection);
    m_keychainBusy = false;
    const QPointer<CredentialJob> job = m_current;
    m_current = nullptr;
    qCInfo(lcKeychain) << "keychain job timed out after" << m_timeoutMs << "ms";
    becomeUnusable(tr("it did not answer in time"), job);
}

void CredentialStore::becomeUnusable(const QString &reason, CredentialJob *current)
{
    const bool first = !m_unusable;
    if (first) {
        m_unusable = true;
        m_unusableReason = reason;
    }
    // Every job already asked for is answered, in order, before anyone hears about it: a slot
    // on keychainUnavailable may start new jobs (or delete the store).
    if (current)
        finishFromMemory(current);
    startNext();
    if (first)
        emit keychainUnavailable(
            tr("The system keychain cannot be used (%1). Passwords are kept in memory for this "
               "session only and will be asked for again next time.")
                .arg(reason));
}

void CredentialStore::finishFromMemory(CredentialJob *job)
{
    using Status = CredentialJob::Status;
    const QString key = job->key();
    switch (job->operation()) {
    case CredentialJob::Operation::Read: {
        const auto it = m_memory.constFind(key);
        if (it != m_memory.constEnd())
            job->finish(Status::Ok, it.value());
        else
            job->finish(Status::Unavailable, QString(),
                        tr("The password could not be read: the system keychain cannot be used "
                           "(%1).")
                            .arg(m_unusableReason));
        break;
    }
    case CredentialJob::Operation::Write:
        m_memory.insert(key, job->m_payload);
        job->finish(Status::StoredInMemory, QString(),
                    tr("The system keychain cannot be used (%1). The password is kept for this "
                       "session only.")
                        .arg(m_unusableReason));
        break;
    case CredentialJob::Operation::Remove:
        m_memory.remove(key);
        job->finish(Status::Unavailable, QString(),
                    tr("The password is forgotten for this session, but the system keychain cannot "
                       "be used (%1), so a copy stored there earlier could not be deleted.")
                        .arg(m_unusableReason));
        break;
    }
}
