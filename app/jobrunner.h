#pragma once

#include "apierror.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiJob;

// The one place a session's calls are tracked: one call at a time, each started with its own
// continuation, so a session reads as "call, then this" instead of a switch over stages. A new
// call replaces (cancels) the one in flight; a replaced or cancelled call's continuation still
// runs for a cancel, never for a replaced one.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // Takes the job (deleted after its continuation) and runs `then` when it finishes.
    template <typename Job> void run(Job *job, std::function<void(Job *)> then)
    {
        runJob(job,
               [then = std::move(then)](ApiJob *finished) { then(static_cast<Job *>(finished)); });
    }
    // The same, with the answer split: `done` on success, `failed` with the error otherwise.
    template <typename Job>
    void run(Job *job, std::function<void(Job *)> done,
             std::function<void(const ApiError &)> failed)
    {
        run<Job>(job, [done = std::move(done), failed = std::move(failed)](Job *finished) {
            if (finished->succeeded())
                done(finished);
            else
                failed(finished->error());
        });
    }
    void cancel();
    bool isBusy() const { return !m_job.isNull(); }
    QString description() const;

signals:
    void busyChanged(bool busy, const QString &text);

private:
    void runJob(ApiJob *job, std::function<void(ApiJob *)> then);
    void drop();

    QPointer<ApiJob> m_job;
};
