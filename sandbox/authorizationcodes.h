#pragma once

#include <QHash>
#include <QString>

// The one-time codes the sign-in page hands out, each bound to what the authorize request said,
// so the token endpoint can check the exchange against it. Codes last 10 minutes, as SuperOffice's.
class AuthorizationCodes
{
public:
    static constexpr int kLifetimeSeconds = 600;

    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;       // empty: the request sent no code_challenge
        QString challengeMethod; // "plain" or "S256"
        QString nonce;
        int associateId = 0;
        qint64 expiresAtMs = 0;
        bool used = false;
        QString refreshToken; // what the exchange produced, revoked when the code comes again
    };

    // A fresh code for this grant; its expiry is set here.
    QString issue(Code code);
    // The code's record (used and expired ones too, so the caller can tell why it fails), or
    // nullptr; valid until the next issue or clear.
    Code *find(const QString &code);
    static bool isExpired(const Code &code);
    void clear() { m_codes.clear(); }

private:
    QHash<QString, Code> m_codes;
};
