#include "oauthapplications.h"

bool OAuthApplications::Application::acceptsRedirect(const QString &uri) const
{
    for (const QRegularExpression &pattern : redirectUris) {
        if (pattern.match(uri).hasMatch())
            return true;
    }
    return false;
}

OAuthApplications::OAuthApplications()
{
    // What SuperOffice's native-app tutorial registers: loopback on any port, any path.
    const QList<QRegularExpression> loopback{
        QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d{4,10}(/.*)?$")),
        QRegularExpression(QStringLiteral("^http://\\[::1\\]:\\d{4,10}(/.*)?$"))};
    m_applications = {
        {QStringLiteral("contact-editor-sandbox"), QStringLiteral("contact-editor"), QString(),
         loopback},
        {QStringLiteral("contact-editor-confidential"),
         QStringLiteral("contact-editor (confidential)"), QStringLiteral("sandbox-secret"),
         loopback},
    };
}

const OAuthApplications::Application *OAuthApplications::find(const QString &clientId) const
{
    for (const Application &app : m_applications) {
        if (app.clientId == clientId)
            return &app;
    }
    return nullptr;
}
