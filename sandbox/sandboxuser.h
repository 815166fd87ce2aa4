#pragma once

#include <QString>

// A sandbox user: credentials for the three schemes, a role and the associate it acts as.
struct SandboxUser
{
    enum class Role { Full, Viewer, Restricted };

    QString userName;
    QString password;
    QString ticket; // SoTicket, "7T:..."
    QString token;  // Bearer, "8A:Cust12345...."
    Role role = Role::Full;
    int associateId = 0;
    int personId = 0;
    QString initials;
    QString fullName;
    QString email;
    int countryId = 578;
    int groupId = 0;
};
