#pragma once

#include "credentialjob.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace QKeychain {
class Job;
}

// Passwords, tickets and app tokens in the OS keychain (QtKeychain), asynchronously and with a
// timeout. When no keychain is usable it says so once and keeps secrets in memory for this run.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(const QString &service = QStringLiteral("contact-editor"),
                             QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }
    // How long one keychain job may take before the keychain counts as unusable.
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }

    // "user@base-url", with the base URL normalized (lower-case scheme and host, no trailing
    // slash, no user info, query or fragment) so that equivalent addresses share one entry.
    static QString keyFor(const QString &user, const QUrl &baseUrl);

    // Each returns a job owned by the store that emits finished() once and then deletes itself.
    CredentialJob *read(const QString &key);
    CredentialJob *write(const QString &key, const QString &secret);
    // "Forget password".
    CredentialJob *remove(const QString &key);

    // False once the keychain has proved unusable in this run; true until then.
    bool isKeychainUsable() const { return !m_unusable; }

signals:
    // Emitted once per store, the first time the keychain proves unusable.
    void keychainUnavailable(const QString &message);

private:
    CredentialJob *enqueue(CredentialJob *job);
    void startNext();
    void startOnKeychain(CredentialJob *job);
    void keychainJobFinished(QKeychain::Job *done);
    void keychainTimedOut();
    void becomeUnusable(const QString &reason, CredentialJob *current);
    // Answers a job once the keychain is known to be unusable: from memory, never from the
    // keychain (whose "not found" could just mean "locked"), and without its stall.
    void finishFromMemory(CredentialJob *job);

    QString m_service;
    int m_timeoutMs = 8000;
    bool m_unusable = false;
    QString m_unusableReason;
    QHash<QString, QString> m_memory;
    // One keychain job at a time: QtKeychain runs them one by one process-wide anyway, and a
    // queue of our own lets us answer the waiting jobs at once when the keychain gives out.
    QList<QPointer<CredentialJob>> m_queue;
    QPointer<CredentialJob> m_current;
    bool m_keychainBusy = false;
    QMetaObject::Connection m_keychainConnection;
    QTimer m_timer;
};
