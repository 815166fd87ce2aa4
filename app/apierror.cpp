#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

ApiError::ApiError(Kind kind, int httpStatus, const QString &serverMessage, const QString &detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(serverMessage)
    , m_detail(detail)
{}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    Kind kind = Kind::Other;
    switch (status) {
    case 400:
        kind = Kind::BadRequest;
        break;
    case 401:
        kind = Kind::Unauthorized;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 409:
    case 412:
        kind = Kind::Conflict;
        break;
    case 421:
        kind = Kind::Misdirected;
        break;
    default:
        if (status >= 500)
            kind = Kind::ServerError;
        break;
    }
    ApiError e(kind, status);
    // The SuperOffice error body: {"Error": true, "ErrorType": ..., "ErrorMessage": ..., ...}.
    const QJsonObject o = QJsonDocument::fromJson(body.left(1 << 20)).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("ErrorMessage"), Qt::CaseInsensitive) == 0)
            e.m_serverMessage = it->toString().left(2000);
        else if (it.key().compare(QLatin1String("ErrorType"), Qt::CaseInsensitive) == 0)
            e.m_serverType = it->toString().left(200);
    }
    e.m_detail = QStringLiteral("HTTP %1").arg(status);
    return e;
}

QString ApiError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Offline:
        text = tr("The server cannot be reached. Check your network connection.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    case Kind::Unauthorized:
        text = tr("Your sign-in was not accepted. Sign in again.");
        break;
    case Kind::Forbidden:
        text = tr("You do not have the right to do this.");
        break;
    case Kind::NotFound:
        text = tr("The company was not found on the server. It may have been deleted.");
        break;
    case Kind::Conflict:
        text = tr("Someone else changed this company after you opened it.");
        break;
    case Kind::BadRequest:
        text = tr("The server refused the request.");
        break;
    case Kind::Misdirected:
        text = tr("This server address is not the right one for your SuperOffice tenant. Check the "
                  "address in the connection settings.");
        break;
    case Kind::ServerError:
        text = tr("The server had a problem (HTTP %1). Try again later.").arg(m_httpStatus);
        break;
    case Kind::Tls:
        text = tr("The secure connection to the server could not be verified.");
        // Which certificate and why, so the user can tell a missing company root from an attack.
        if (!m_detail.isEmpty())
            text += QLatin1Char('\n') + m_detail;
        break;
    case Kind::BadResponse:
        text = tr("The server sent an answer the editor could not read.");
        if (!m_detail.isEmpty())
            text += QLatin1Char(' ') + m_detail;
        break;
    case Kind::TooLarge:
        text = tr("The server's answer was too large.");
        break;
    case Kind::InsecureRefused:
        text = tr("This connection would send your password unencrypted. Use an https:// address, "
                  "or allow plain HTTP for this connection explicitly.");
        break;
    case Kind::RedirectRefused:
        text = tr("The server redirected the request to another address, which the editor does not "
                  "follow with your credentials.");
        break;
    case Kind::WrongServer:
        text = tr(
            "This company belongs to another connection. Connect to that server again to save it.");
        break;
    case Kind::Other:
        text = m_httpStatus ? tr("The request failed (HTTP %1).").arg(m_httpStatus)
                            : tr("The request failed.");
        break;
    }
    if (!m_serverMessage.isEmpty())
        text += QLatin1Char(' ') + tr("The server said: %1").arg(m_serverMessage);
    return text;
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Offline || m_kind == Kind::Timeout || m_kind == Kind::ServerError;
}
