#pragma once

#include <QObject>
#include <QString>

// One asynchronous read, write or removal of a secret, started by CredentialStore. It reports
// through finished() exactly once, always from the event loop, and then deletes itself.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,             // done; a read has its secret
        NotFound,       // the keychain works and holds nothing under this key
        StoredInMemory, // no usable keychain: the secret is kept for this session only
        Unavailable,    // no usable keychain (or it timed out) and no answer from memory
        Error,          // the keychain works but refused this operation
    };
    Q_ENUM(Status)

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    Status status() const { return m_status; }
    // The secret a successful read returned; empty for other operations and outcomes.
    QString secret() const { return m_secret; }
    // A translated explanation for StoredInMemory, Unavailable and Error; empty otherwise.
    QString errorText() const { return m_errorText; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(CredentialJob *job);

private:
    friend class CredentialStore;

    CredentialJob(Operation operation, const QString &key, QObject *parent);
    // Records the outcome and posts finished() to the event loop, so callers can connect after
    // starting the job even when the answer is immediate. Later calls are ignored.
    void finish(Status status, const QString &secret = QString(),
                const QString &errorText = QString());
    void emitFinished();

    Operation m_operation;
    QString m_key;
    // What a write stores; the store needs it when the keychain fails and memory takes over.
    QString m_payload;
    Status m_status = Status::Error;
    QString m_secret;
    QString m_errorText;
    bool m_finished = false;
};
