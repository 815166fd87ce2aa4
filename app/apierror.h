#pragma once

#include <QCoreApplication>
#include <QString>

// What went wrong with a WebAPI call, reduced to the few cases the UI acts on (retry, sign in,
// work offline, show the server's message), with a translated message for the user.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Offline,         // host unreachable, connection refused or dropped, DNS failure
        Timeout,         // no answer within the job's timeout
        Cancelled,       // the user (or the code) cancelled
        Unauthorized,    // 401: sign in again
        Forbidden,       // 403: no right
        NotFound,        // 404
        Conflict,        // 409 / 412: changed by someone else
        BadRequest,      // 400 with the server's ErrorMessage
        Misdirected,     // 421: wrong host for this tenant
        ServerError,     // 5xx
        Tls,             // certificate or handshake failure; never ignored
        BadResponse,     // not the JSON expected: HTML page, truncated, wrong content type
        TooLarge,        // response body above the cap
        InsecureRefused, // plain HTTP to a remote host without the opt-in
        RedirectRefused, // a redirect to another origin
        WrongServer,     // the company belongs to another connection than the one in use
        Other,
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, const QString &serverMessage = QString(),
             const QString &detail = QString());

    // From an HTTP error status and the SuperOffice error body, if any.
    static ApiError fromHttp(int status, const QByteArray &body);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString serverMessage() const { return m_serverMessage; }
    QString serverErrorType() const { return m_serverType; }
    // Technical detail for the log or a "details" section; never holds a secret.
    QString detail() const { return m_detail; }
    // A sentence for the user, including the server's message where there is one.
    QString message() const;
    // Worth trying again later without changing anything (offline, timeout, 5xx).
    bool isTransient() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_serverType;
    QString m_detail;
};
