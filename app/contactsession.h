#pragma once

#include "apierror.h"
#include "contactdocument.h"

#include <QObject>
#include <QPointer>

class ApiJob;
class WebApiClient;

// One open company and the calls that load, create and save it. The UI shows its state; the
// document holds the edits. Nothing here waits: every call reports back through signals.
class ContactSession : public QObject
{
    Q_OBJECT

public:
    enum class Operation { None, Open, Create, Save };
    Q_ENUM(Operation)

    explicit ContactSession(WebApiClient *client, QObject *parent = nullptr);
    ~ContactSession() override;

    ContactDocument *document() const { return m_document; }
    int contactId() const { return m_document ? m_document->entity().contactId() : m_requestedId; }
    QString displayName() const;
    bool isBusy() const { return !m_job.isNull(); }
    QString busyText() const;
    Operation failedOperation() const { return m_failed; }
    const ApiError &lastError() const { return m_error; }

    void open(int contactId);
    void createNew();
    // Starts a save unless mandatory fields are blank; returns their labels then.
    QStringList save();
    void cancel();
    // Runs the failed operation again (after signing in, or when the network is back).
    void retry();
    // Adopt an entity that is already at hand (a draft, a test fixture).
    void adopt(const ContactEntity &base, const ContactEntity &working);

signals:
    void documentReady(ContactDocument *document);
    void saved();
    void failed(Operation operation, const ApiError &error);
    void busyChanged(bool busy, const QString &text);

private:
    void track(ApiJob *job, Operation operation);
    void onFinished(ApiJob *job);

    WebApiClient *m_client;
    ContactDocument *m_document = nullptr;
    QPointer<ApiJob> m_job;
    Operation m_running = Operation::None;
    Operation m_failed = Operation::None;
    ApiError m_error;
    int m_requestedId = 0;
    // The entity as sent in the save that is in flight: edits made meanwhile are replayed on
    // top of the server's answer.
    QJsonObject m_sent;
};
