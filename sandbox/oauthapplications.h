#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// The applications registered with the sandbox's login service, as a tenant admin registers them
// with SuperOffice: a native app without a secret and a confidential one with a secret, both
// taking loopback redirect URIs on any port.
class OAuthApplications
{
public:
    struct Application
    {
        QString clientId;
        QString name;   // shown on the sign-in page
        QString secret; // empty: a native (public) client
        QList<QRegularExpression> redirectUris;

        bool isConfidential() const { return !secret.isEmpty(); }
        bool acceptsRedirect(const QString &uri) const;
    };

    // contact-editor-sandbox (native) and contact-editor-confidential (secret sandbox-secret).
    OAuthApplications();

    const Application *find(const QString &clientId) const;

private:
    QList<Application> m_applications;
};
