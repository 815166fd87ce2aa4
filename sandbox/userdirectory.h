#pragma once

#include "sandboxuser.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The users the sandbox accepts, from a JSON file or the bundled defaults, and the check of an
// Authorization header (Basic, SoTicket or Bearer) against them.
class UserDirectory
{
public:
    enum class AuthResult { Ok, Missing, Invalid };

    // The bundled defaults (demo, viewer, restricted).
    UserDirectory();
    // Loads {"users": [...]} from a file; false with *error set when it cannot.
    bool load(const QString &fileName, QString *error);
    bool loadJson(const QByteArray &json, QString *error);

    const QList<SandboxUser> &users() const { return m_users; }
    const SandboxUser *byAssociateId(int associateId) const;

    // Checks an Authorization header; on Ok, *user points into this directory.
    AuthResult authenticate(const QByteArray &authorization, const SandboxUser **user,
                            QString *scheme = nullptr) const;
    // The scheme name of an Authorization header ("Basic", "SoTicket", "Bearer" or "").
    static QString schemeOf(const QByteArray &authorization);

private:
    QList<SandboxUser> m_users;
};
