#include "sandboxprocess.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace {
constexpr int kStartTimeoutMs = 10000;
constexpr int kCallTimeoutMs = 10000;
} // namespace

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    stop();
    QStringList args = extraArgs;
    if (!args.contains(QStringLiteral("--data")) && !args.contains(QStringLiteral("--memory")))
        args.prepend(QStringLiteral("--memory"));
    if (!args.contains(QStringLiteral("--demo")))
        args.append(QStringLiteral("--demo"));
    if (!args.contains(QStringLiteral("--admin")))
        args.append(QStringLiteral("--admin"));
    m_args = args;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    return launch(args);
}

bool SandboxProcess::restart()
{
    if (m_args.isEmpty() || m_port == 0)
        return start();
    const quint16 port = m_port;
    stop();
    QStringList args = m_args;
    const qsizetype at = args.indexOf(QStringLiteral("--port"));
    if (at >= 0 && at + 1 < args.size())
        args[at + 1] = QString::number(port);
    else
        args << QStringLiteral("--port") << QString::number(port);
    return launch(args);
}

bool SandboxProcess::launch(const QStringList &args)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(CE_BINARY_DIR "/sandbox/contact-sandbox"));
    m_process->setArguments(args + QStringList{QStringLiteral("--port-file"), portFile});
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A suite that crashes takes its sandbox with it, rather than leaving ctest waiting for the
    // orphan's output until the suite's timeout.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        m_error = m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const uint port = file.readAll().trimmed().toUInt(&ok);
            if (ok && port > 0 && port <= 65535) {
                m_port = quint16(port);
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error =
                QStringLiteral("contact-sandbox exited with code %1").arg(m_process->exitCode());
            return false;
        }
        m_process->waitForFinished(50);
    }
    m_error =
        QStringLiteral("contact-sandbox did not report a port within %1 ms").arg(kStartTimeoutMs);
    kill();
    return false;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void SandboxProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonValue SandboxProcess::call(const QByteArray &method, const QString &path,
                                const QJsonValue &body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kCallTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    QJsonValue result;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError) {
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        result = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    } else {
        m_error = reply->isFinished()
                      ? reply->errorString()
                      : QStringLiteral("timed out: %1 %2").arg(QString::fromLatin1(method), path);
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

bool SandboxProcess::addFault(const QJsonObject &fault)
{
    return call("POST", QStringLiteral("/sandbox/faults"), fault).isObject();
}

QJsonObject SandboxProcess::faults()
{
    return call("GET", QStringLiteral("/sandbox/faults")).toObject();
}

void SandboxProcess::clearFaults()
{
    call("DELETE", QStringLiteral("/sandbox/faults"));
}

QJsonArray SandboxProcess::requests()
{
    return call("GET", QStringLiteral("/sandbox/requests")).toArray();
}

void SandboxProcess::clearRequests()
{
    call("DELETE", QStringLiteral("/sandbox/requests"));
}

QJsonObject SandboxProcess::touchContact(int id, const QJsonObject &members)
{
    return call("POST", QStringLiteral("/sandbox/contacts/%1").arg(id), members).toObject();
}

QJsonObject SandboxProcess::touchPerson(int id, const QJsonObject &members)
{
    return call("POST", QStringLiteral("/sandbox/persons/%1").arg(id), members).toObject();
}

int SandboxProcess::addPersons(int contactId, const QJsonArray &records)
{
    const QJsonValue answer =
        call("POST", QStringLiteral("/sandbox/contacts/%1/persons").arg(contactId),
             QJsonObject{{QStringLiteral("persons"), records}});
    return answer.toObject().value(QLatin1String("persons")).toInt(-1);
}

void SandboxProcess::reset()
{
    call("POST", QStringLiteral("/sandbox/reset"));
}

QUrl SandboxProcess::moveTenant(const QJsonObject &body)
{
    return QUrl(call("POST", QStringLiteral("/sandbox/tenant/move"), body)
                    .toObject()
                    .value(QLatin1String("Endpoint"))
                    .toString());
}

bool SandboxProcess::expireAccessTokens()
{
    return call("POST", QStringLiteral("/sandbox/oauth/expire")).isObject();
}

bool SandboxProcess::revokeRefreshTokens()
{
    return call("POST", QStringLiteral("/sandbox/oauth/revoke")).isObject();
}

bool SandboxProcess::setTokenLifetimes(int accessSeconds, int idTokenSeconds)
{
    return call("POST", QStringLiteral("/sandbox/oauth/config"),
                QJsonObject{{QStringLiteral("accessTokenLifetime"), accessSeconds},
                            {QStringLiteral("idTokenLifetime"), idTokenSeconds}})
        .isObject();
}

QJsonArray SandboxProcess::oauthRequests()
{
    return call("GET", QStringLiteral("/sandbox/oauth/requests")).toArray();
}

void SandboxProcess::clearOauthRequests()
{
    call("DELETE", QStringLiteral("/sandbox/oauth/requests"));
}
