#pragma once

#include "apierror.h"
#include "contactsearchjob.h"

#include <QObject>

class JobRunner;
class WebApiClient;

// Finds companies whose name begins with a text, for the search box: one query at a time, and a
// newer query replaces the one in flight, so only the latest text is ever answered.
class ContactFinder : public QObject
{
    Q_OBJECT

public:
    // More matches than this are not listed; the user types on to narrow them.
    static constexpr int MaxRows = 50;

    explicit ContactFinder(WebApiClient *client, QObject *parent = nullptr);

    // Searches as given (the caller trims); an empty text lists the first companies.
    void find(const QString &text);
    // The query in flight ends with failed() and a Cancelled error.
    void cancel();
    bool isBusy() const;

signals:
    void found(const QString &text, const QList<ContactSearchJob::Row> &rows);
    void failed(const ApiError &error);
    void busyChanged(bool busy);

private:
    WebApiClient *m_client;
    JobRunner *m_jobs;
};
