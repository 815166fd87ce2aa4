#pragma once

#include "apierror.h"
#include "connectionprofile.h"
#include "onlinetokens.h"

#include <QJsonObject>
#include <QObject>

class JobRunner;
class OnlineAuthenticator;
class WebApiClient;

// Tries a connection the user entered before it is used (currentPrincipal), on a client of its
// own so that a test sign-in never changes or disturbs the workspace's connection.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject *parent = nullptr);

    // A newer check replaces the one in flight.
    void check(const ConnectionProfile &profile, const QString &secret, const QString &appToken);
    // SuperOffice Online: the browser sign-in, then currentPrincipal with its token. On success
    // profile() holds the tenant, its address and the user, and tokens() what to keep.
    void checkOnline(const ConnectionProfile &profile, const QString &clientSecret);
    ConnectionProfile profile() const;
    OnlineTokens tokens() const;
    // Online: how long the user has in the browser.
    void setBrowserTimeout(int ms);
    // The check in flight ends with failed() and a Cancelled error.
    void cancel();
    bool isBusy() const;

    // Whom a currentPrincipal answer names: the full name, else the user name.
    static QString displayName(const QJsonObject &principal);

signals:
    void succeeded(const QJsonObject &principal);
    void failed(const ApiError &error);
    void busyChanged(bool busy);
    // Online: SuperOffice's page is open in the browser (opened false: it could not be opened
    // and the user has to open url).
    void browserWaiting(const QUrl &url, bool opened);

private:
    // First, so it goes first: its call is dropped quietly before the client goes away.
    JobRunner *m_jobs;
    WebApiClient *m_client;
    OnlineAuthenticator *m_online;
    bool m_onlineBusy = false;
};
