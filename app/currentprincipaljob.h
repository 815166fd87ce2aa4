#pragma once

#include "apijob.h"

#include <QJsonObject>

// GET User/currentPrincipal: who the credentials belong to; also the connection test.
class CurrentPrincipalJob : public ApiJob
{
    Q_OBJECT

public:
    explicit CurrentPrincipalJob(WebApiClient *client);

    QJsonObject principal() const { return m_principal; }
    QString fullName() const;
    QString userName() const;
    int associateId() const;
    QString roleName() const;
    // Whom an answer names, for "Signed in as": the full name, else the user name.
    static QString displayName(const QJsonObject &principal);
    QString description() const override;

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    QJsonObject m_principal;
};
