#pragma once

#include "credentialjob.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>

// Waits for a CredentialJob without a nested event loop of the app's own; the job deletes
// itself right after finished(), so the outcome is copied out inside the signal.
struct CredentialOutcome
{
    CredentialJob::Status status = CredentialJob::Status::Error;
    QString secret;
    QString errorText;
    int finishedCount = 0;
    qint64 elapsedMs = 0;
};

inline std::optional<CredentialOutcome> waitForJob(CredentialJob *job, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<CredentialOutcome>();
    QElapsedTimer clock;
    clock.start();
    QObject::connect(job, &CredentialJob::finished, job, [outcome, clock](CredentialJob *done) {
        outcome->status = done->status();
        outcome->secret = done->secret();
        outcome->errorText = done->errorText();
        outcome->elapsedMs = clock.elapsed();
        ++outcome->finishedCount;
    });
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    return *outcome;
}
