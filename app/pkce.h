#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636, S256): a fresh secret verifier per sign-in and the
// challenge that goes into the browser, so a stolen authorization code is useless alone.
class Pkce
{
public:
    // A new verifier from the system's cryptographic random source.
    static Pkce generate();

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return challengeFor(m_verifier); }

    // base64url(SHA-256(verifier)) without padding.
    static QByteArray challengeFor(const QByteArray &verifier);
    // `bytes` random bytes as base64url without padding: for verifiers, state and nonce.
    static QByteArray randomUrlSafe(int bytes);

private:
    QByteArray m_verifier;
};
