#pragma once

#include "idtoken.h"

#include <QDateTime>
#include <QString>

// What a sign-in to SuperOffice Online yields. The access token and refresh token are secrets:
// in memory here, the refresh token also in the keychain, never anywhere else.
struct OnlineTokens
{
    QString accessToken;  // "8A:Cust12345.…", sent as Bearer
    QString refreshToken; // long-lived; SuperOffice does not rotate it
    QDateTime accessExpiresAt;
    IdToken idToken;

    bool isValid() const { return !accessToken.isEmpty(); }
};

#include <QMetaType>
Q_DECLARE_METATYPE(OnlineTokens)
