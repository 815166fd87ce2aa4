#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// Runs contact-sandbox for a test suite: in memory with the demo data and the test hooks, on a
// free loopback port; plus blocking helpers for the hooks (faults, request log, server-side edits,
// the login service's tokens and a tenant that moves).
// The helpers wait in a local event loop, which is fine in tests and nowhere else.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts with --memory --demo --admin --port 0 --port-file <temp> (--data in extraArgs
    // replaces --memory, --port replaces --port 0) and waits up to 10 s for the port.
    bool start(const QStringList &extraArgs = {});
    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL, then wait
    // Starts again on the same port with the same arguments.
    bool restart();
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    bool addFault(const QJsonObject &fault);
    void clearFaults();
    // {"faults": [{…, "hits"}], "seed", "draws"}: what the faults did so far.
    QJsonObject faults();
    QJsonArray requests();
    void clearRequests();
    // Edits a company as another user would (POST /sandbox/contacts/{id}); the stored entity.
    QJsonObject touchContact(int id, const QJsonObject &members);
    // Edits a person as another user would (POST /sandbox/persons/{id}; members may hold
    // {"Contact": {"ContactId": N}} to move it); the stored person, empty when unknown.
    QJsonObject touchPerson(int id, const QJsonObject &members);
    // Adds persons to a company at once (POST /sandbox/contacts/{id}/persons) from demo records
    // ({firstname, lastname, title, email, directPhone, mobilePhone}); how many it has then, or
    // -1 when the company is unknown.
    int addPersons(int contactId, const QJsonArray &records);
    // Also moves the tenant home and forgets the login service's tokens, codes and settings.
    void reset();

    // The login service's hooks. moveTenant opens a second port, moves the tenant there and
    // returns its new endpoint (http://127.0.0.1:NEWPORT/Cust12345), empty on failure; body may
    // carry {"state": "Suspended"}.
    QUrl moveTenant(const QJsonObject &body = {});
    bool expireAccessTokens();  // every access token minted so far
    bool revokeRefreshTokens(); // every refresh token (access tokens run on until they expire)
    bool setTokenLifetimes(int accessSeconds, int idTokenSeconds);
    // [{"endpoint", "method", "params", "paramsIn", "basicAuth"}], secrets as "<redacted>".
    QJsonArray oauthRequests();
    void clearOauthRequests();

private:
    bool launch(const QStringList &args);
    // One blocking admin call; the parsed JSON body (object or array) or null on failure.
    QJsonValue call(const QByteArray &method, const QString &path,
                    const QJsonValue &body = QJsonValue());

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTemporaryDir m_dir;
    QStringList m_args; // as passed to the last start, without the port
    quint16 m_port = 0;
    QString m_error;
};
