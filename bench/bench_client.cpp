// The WebAPI client against a bare QNetworkAccessManager and against SuperOffice's own TypeScript
// client (@superoffice/webapi on Node, bench/ts-client), all talking to the same contact-sandbox:
// GetContactEntity and SaveContactEntity of demo company 1 (20 persons). Each round runs every
// side once, in an order that rotates, so drift and warm caches fall on all alike; prints
// medians, p90 and the ratios of medians. --url URL times an already running sandbox instead
// (for example one behind a simulated slow link); --runs N sets the rounds.
#include "carriercodec.h"
#include "getcontactentityjob.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

constexpr int kContactId = 1; // "Nordlys Konsulenter AS", 20 persons in the demo data
constexpr int kPersons = 20;
constexpr int kWarmUp = 30;
int g_runs = 200;
constexpr int kCallTimeoutMs = 10000;
const QString kLanguage = QStringLiteral("en");

class Sandbox;
// The running sandbox, for die(): std::exit() runs no destructors, and the child would outlive us.
Sandbox *g_sandbox = nullptr;

[[noreturn]] void die(const QString &why);

// The sandbox in a child process on a free port; the port comes back through a file.
class Sandbox
{
public:
    ~Sandbox() { stop(); }

    void stop()
    {
        g_sandbox = nullptr;
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
        m_dir.remove();
    }

    quint16 start()
    {
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        m_process.setProgram(QStringLiteral(CE_BINARY_DIR "/sandbox/contact-sandbox"));
        m_process.setArguments({QStringLiteral("--memory"), QStringLiteral("--demo"),
                                QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--port-file"), portFile});
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        g_sandbox = this;
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("cannot start %1: %2")
                    .arg(m_process.program(), m_process.errorString()));
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly)) {
                const uint port = file.readAll().trimmed().toUInt();
                if (port > 0 && port <= 65535)
                    return quint16(port);
            }
            if (m_process.state() == QProcess::NotRunning)
                die(QStringLiteral("contact-sandbox exited with code %1")
                        .arg(m_process.exitCode()));
            m_process.waitForFinished(20);
        }
        die(QStringLiteral("contact-sandbox reported no port within 10 s"));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

void die(const QString &why)
{
    std::fprintf(stderr, "bench_client: %s\n", qPrintable(why));
    if (g_sandbox)
        g_sandbox->stop();
    std::exit(1);
}

struct Stats
{
    double median = 0;
    double p90 = 0;
    double min = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    return {at(0.5), at(0.9), ms.first()};
}

// One call: from the call to done (body read and parsed), and the part of it until the
// QNetworkAccessManager reported the reply finished; the rest is what each side does after.
struct Sample
{
    double total = -1;
    double reply = -1;
};

// Runs the event loop until done() has been called; a benchmark may wait in its own loop.
void waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(kCallTimeoutMs);
    while (!done() && guard.isActive())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    if (!done())
        die(QStringLiteral("a call took longer than %1 ms").arg(kCallTimeoutMs));
}

// The request as the client sends it, built by hand.
QNetworkRequest bareRequest(const WebApiClient &client, const QString &relative)
{
    QNetworkRequest request(client.profile().apiUrl(relative));
    request.setRawHeader("Authorization", client.authorizationHeader());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setRawHeader("Accept-Language", kLanguage.toLatin1());
    request.setRawHeader("SO-Language", kLanguage.toLatin1());
    return request;
}

// What the client would have to do at the very least: one POST with the same URL, headers and
// body, read the whole body and parse it into a QJsonDocument.
class Baseline
{
public:
    Baseline(const WebApiClient &client)
        : m_client(client)
    {
        QObject::connect(&m_nam, &QNetworkAccessManager::finished,
                         [this] { m_sample.reply = m_clock.nsecsElapsed() / 1e6; });
    }

    Sample run(const QString &relative, const QByteArray &body)
    {
        const QNetworkRequest request = bareRequest(m_client, relative);
        m_sample = Sample();
        m_clock.start();
        QNetworkReply *reply = m_nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
            m_sample.total = m_clock.nsecsElapsed() / 1e6;
            if (status != 200 ||
                doc.object().value(QLatin1String("Persons")).toArray().size() != kPersons)
                die(QStringLiteral("baseline %1: HTTP %2, %3")
                        .arg(relative)
                        .arg(status)
                        .arg(reply->errorString()));
        });
        waitUntil([&] { return m_sample.total >= 0; });
        delete reply;
        return m_sample;
    }

private:
    const WebApiClient &m_client;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_clock;
    Sample m_sample;
};

// The client's job from the call to its finished() signal: building the request (and, for
// Save, encoding the entity), the queued start, the reply, the checks and the lossless decode.
class ClientRunner
{
public:
    ClientRunner(WebApiClient &client)
    {
        // The client's own manager says when the reply is in, before the job looks at it.
        QObject::connect(client.networkAccessManager(), &QNetworkAccessManager::finished,
                         [this] { m_sample.reply = m_clock.nsecsElapsed() / 1e6; });
    }

    Sample run(const std::function<ApiJob *()> &call)
    {
        m_sample = Sample();
        m_clock.start();
        ApiJob *job = call();
        QObject::connect(job, &ApiJob::finished, job,
                         [this] { m_sample.total = m_clock.nsecsElapsed() / 1e6; });
        waitUntil([&] { return m_sample.total >= 0; });
        if (!job->succeeded())
            die(QStringLiteral("client: %1").arg(job->error().detail()));
        if (static_cast<EntityJob *>(job)->entity().persons().size() != kPersons)
            die(QStringLiteral("client: the answer does not hold %1 persons").arg(kPersons));
        delete job;
        return m_sample;
    }

private:
    QElapsedTimer m_clock;
    Sample m_sample;
};

// Another process that times one call per line it is sent ("get" or "save") and answers with
// the milliseconds ("<total>" or "<total> <reply>"), or "error <why>".
class ChildSide
{
public:
    ChildSide(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));
    }
    ~ChildSide()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    Sample run(const char *command)
    {
        m_process.write(command);
        m_process.write("\n");
        const QDeadlineTimer deadline(kCallTimeoutMs);
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired() ||
                !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                if (!m_process.canReadLine())
                    die(QStringLiteral("%1 did not answer \"%2\" (%3)")
                            .arg(m_process.program(), QLatin1String(command),
                                 m_process.errorString()));
        }
        const QByteArray line = m_process.readLine().trimmed();
        const QList<QByteArray> fields = line.split(' ');
        bool ok = false;
        Sample sample;
        sample.total = fields.value(0).toDouble(&ok);
        if (!ok)
            die(QStringLiteral("%1: %2").arg(m_process.program(), QString::fromUtf8(line)));
        sample.reply = fields.size() > 1 ? fields.at(1).toDouble() : -1;
        return sample;
    }

private:
    QProcess m_process;
};

// bench_client --bare-child URL BODYFILE: the bare QNetworkAccessManager in a process of its own,
// where nothing sets a socket option: Qt 6.4 as it comes.
int bareChild(const QUrl &url, const QString &bodyFile)
{
    QFile file(bodyFile);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(bodyFile));
    const QByteArray body = file.readAll();
    WebApiClient client; // for the URL and the Authorization header only; it sends nothing
    ConnectionProfile profile;
    profile.setName(QStringLiteral("bench"));
    profile.setBaseUrl(url);
    profile.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    profile.setUserName(QStringLiteral("demo"));
    profile.setAllowInsecureHttp(true);
    client.setProfile(profile);
    client.setSecret(QStringLiteral("demo"));
    Baseline baseline(client);
    const QString getPath =
        QStringLiteral("Agents/Contact/GetContactEntity?contactEntityId=%1").arg(kContactId);
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) {
        const QByteArray command = QByteArray(line).trimmed();
        Sample s;
        if (command == "get")
            s = baseline.run(getPath, QByteArray());
        else if (command == "save")
            s = baseline.run(QStringLiteral("Agents/Contact/SaveContactEntity"), body);
        else
            continue;
        std::printf("%.3f %.3f\n", s.total, s.reply);
        std::fflush(stdout);
    }
    return 0;
}

// One contender: how it is named in the table and how it makes one call of each kind.
struct Contender
{
    QString name;
    std::function<Sample()> get;
    std::function<Sample()> save;
    QList<Sample> gets;
    QList<Sample> saves;
};

Stats totals(const QList<Sample> &samples)
{
    QList<double> ms;
    for (const Sample &s : samples)
        ms.append(s.total);
    return stats(ms);
}

double replyMedian(const QList<Sample> &samples)
{
    QList<double> ms;
    for (const Sample &s : samples)
        if (s.reply >= 0)
            ms.append(s.reply);
    return ms.isEmpty() ? -1 : stats(ms).median;
}

// Every round runs each contender once, starting one further along each time.
void measure(QList<Contender> &sides, bool save)
{
    for (int i = 0; i < kWarmUp; ++i)
        for (Contender &c : sides)
            save ? c.save() : c.get();
    for (int i = 0; i < g_runs; ++i)
        for (qsizetype k = 0; k < sides.size(); ++k) {
            Contender &c = sides[(i + k) % sides.size()];
            (save ? c.saves : c.gets).append(save ? c.save() : c.get());
        }
}

double medianOf(const std::function<void()> &run, int repeats)
{
    QList<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        ms.append(clock.nsecsElapsed() / 1e6);
    }
    return stats(ms).median;
}

// Node and the pinned package, or why SuperOffice's client cannot run.
QString superOfficeClientMissing(const QString &script)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed");
    if (!QFile::exists(QFileInfo(script).dir().filePath(
            QStringLiteral("node_modules/@superoffice/webapi/package.json"))))
        return QStringLiteral("bench/ts-client/node_modules is missing (bench/run.sh runs npm ci)");
    return QString();
}

QString nodeVersion()
{
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral("--version")});
    node.waitForFinished(10000);
    return QString::fromUtf8(node.readAllStandardOutput().trimmed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--bare-child"))
        return bareChild(QUrl(args.value(2)), args.value(3));
    QUrl url;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--url"))
            url = QUrl(args.at(i + 1));
        else if (args.at(i) == QLatin1String("--runs"))
            g_runs = qMax(1, args.at(i + 1).toInt());
    }

    Sandbox sandbox;
    if (url.isEmpty())
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sandbox.start()));

    WebApiClient client;
    ConnectionProfile profile;
    profile.setName(QStringLiteral("bench"));
    profile.setBaseUrl(url);
    profile.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    profile.setUserName(QStringLiteral("demo"));
    profile.setLanguage(kLanguage);
    // --url may name a sandbox behind a simulated link on another address: still only a bench.
    profile.setAllowInsecureHttp(true);
    client.setProfile(profile);
    client.setSecret(QStringLiteral("demo"));
    Baseline baseline(client);
    ClientRunner runner(client);

    const QString getPath =
        QStringLiteral("Agents/Contact/GetContactEntity?contactEntityId=%1").arg(kContactId);
    const QString savePath = QStringLiteral("Agents/Contact/SaveContactEntity");

    // The entity to save, as the client got it; the baselines post exactly these bytes.
    ContactEntity entity;
    runner.run([&] {
        auto *job = client.getContactEntity(kContactId);
        QObject::connect(job, &ApiJob::finished, job, [&entity, job] { entity = job->entity(); });
        return job;
    });
    const QByteArray saveBody = CarrierCodec::encode(entity);
    QTemporaryDir scratch;
    const QString bodyFile = scratch.filePath(QStringLiteral("body.json"));
    {
        QFile file(bodyFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(saveBody) != saveBody.size())
            die(QStringLiteral("cannot write %1").arg(bodyFile));
    }

    QList<Contender> sides;
    sides.append({QStringLiteral("ours: WebApiClient"),
                  [&] { return runner.run([&] { return client.getContactEntity(kContactId); }); },
                  [&] { return runner.run([&] { return client.saveContactEntity(entity); }); },
                  {},
                  {}});
    sides.append({QStringLiteral("bare QNAM, this process"),
                  [&] { return baseline.run(getPath, QByteArray()); },
                  [&] { return baseline.run(savePath, saveBody); },
                  {},
                  {}});
    ChildSide bare(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--bare-child"), url.toString(), bodyFile});
    sides.append({QStringLiteral("bare QNAM, own process"),
                  [&] { return bare.run("get"); },
                  [&] { return bare.run("save"); },
                  {},
                  {}});
    const QString script = QStringLiteral(CE_SOURCE_DIR "/bench/ts-client/bench.js");
    const QString missing = superOfficeClientMissing(script);
    std::unique_ptr<ChildSide> superOffice;
    QString superOfficeName;
    if (missing.isEmpty()) {
        superOffice = std::make_unique<ChildSide>(
            QStringLiteral("node"),
            QStringList{script, url.toString(), QStringLiteral("demo"), QStringLiteral("demo"),
                        QString::number(kContactId), kLanguage, QString::number(kPersons)});
        superOfficeName = QStringLiteral("SuperOffice's client");
        sides.append({superOfficeName,
                      [&] { return superOffice->run("get"); },
                      [&] { return superOffice->run("save"); },
                      {},
                      {}});
    }

    out << "GetContactEntity and SaveContactEntity of company " << kContactId << " ("
        << entity.name() << ", " << entity.persons().size() << " persons) at " << url.toString()
        << ";\n"
        << g_runs << " rounds after " << kWarmUp
        << " warm-up rounds, each round every side once, in rotating order.\n"
        << "ours: WebApiClient::getContactEntity(1) / saveContactEntity(entity), from the call\n"
        << "  (Save includes encoding the entity) to the job's finished(), after its checks and\n"
        << "  the lossless decode into a ContactEntity.\n"
        << "bare QNAM: post() to the same URL with the same headers (Authorization Basic "
           "demo/demo,\n"
        << "  Accept and Content-Type application/json, Accept-Language and SO-Language \""
        << kLanguage << "\") and\n"
        << "  the same body (Get: empty; Save: the " << saveBody.size() / 1024
        << " KiB entity as the client encodes it), until its\n"
        << "  finished() handler has parsed the answer with QJsonDocument::fromJson. In this\n"
        << "  process its connection gets TCP_NODELAY from the client like every other; in its\n"
        << "  own process it runs as Qt 6.4 comes (Nagle's algorithm on).\n";
    if (superOffice)
        out << "SuperOffice's client: @superoffice/webapi 12.4.1514 on Node " << nodeVersion()
            << ", ContactAgent with Basic\n"
            << "  credentials; getContactEntityAsync(1), then saveContactEntityAsync of the "
               "entity it got,\n"
            << "  until the promise resolved with its converted model.\n";
    else
        out << "SuperOffice's client: not run: " << missing << ".\n";
    out.flush();

    measure(sides, false);
    measure(sides, true);

    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("side"), -26)
               .arg(QStringLiteral("Get med"), 8)
               .arg(QStringLiteral("Get p90"), 8)
               .arg(QStringLiteral("Save med"), 9)
               .arg(QStringLiteral("Save p90"), 9)
               .arg(QStringLiteral("reply Get/Save"), 16);
    for (const Contender &c : std::as_const(sides)) {
        const Stats get = totals(c.gets);
        const Stats save = totals(c.saves);
        const double getReply = replyMedian(c.gets);
        const double saveReply = replyMedian(c.saves);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(c.name, -26)
                   .arg(get.median, 8, 'f', 3)
                   .arg(get.p90, 8, 'f', 3)
                   .arg(save.median, 9, 'f', 3)
                   .arg(save.p90, 9, 'f', 3)
                   .arg(getReply < 0 ? QStringLiteral("-")
                                     : QStringLiteral("%1/%2")
                                           .arg(getReply, 0, 'f', 3)
                                           .arg(saveReply, 0, 'f', 3),
                        16);
    }
    out << "(ms; reply: until the QNetworkAccessManager reported the reply finished, median)\n";
    const auto ratio = [&](qsizetype a, qsizetype b, bool save) {
        const Stats x = totals(save ? sides.at(a).saves : sides.at(a).gets);
        const Stats y = totals(save ? sides.at(b).saves : sides.at(b).gets);
        return x.median / y.median;
    };
    out << QStringLiteral("ours / bare QNAM in this process (what the client adds): Get %1, "
                          "Save %2; target at most 1.20\n")
               .arg(ratio(0, 1, false), 0, 'f', 2)
               .arg(ratio(0, 1, true), 0, 'f', 2);
    out << QStringLiteral("ours / bare QNAM as Qt 6.4 comes: Get %1, Save %2\n")
               .arg(ratio(0, 2, false), 0, 'f', 2)
               .arg(ratio(0, 2, true), 0, 'f', 2);
    if (superOffice)
        out << QStringLiteral("ours / SuperOffice's client: Get %1 (target: stay ahead, at most "
                              "1.00), Save %2 (target: at most 1.20)\n")
                   .arg(ratio(0, 3, false), 0, 'f', 2)
                   .arg(ratio(0, 3, true), 0, 'f', 2);
    out.flush();

    // Where a difference comes from, without the network: the client decodes with the lossless
    // codec where the baseline stops at QJsonDocument, and Save encodes the entity first.
    QByteArray answer;
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(bareRequest(client, getPath), QByteArray());
        waitUntil([&] { return reply->isFinished(); });
        answer = reply->readAll();
        delete reply;
    }
    const QJsonObject parsed = QJsonDocument::fromJson(answer).object();
    const double fromJson = medianOf([&] { QJsonDocument::fromJson(answer); }, 501);
    const double decode = medianOf([&] { CarrierCodec::decodeContact(answer); }, 501);
    const double casing = medianOf(
        [&] { CarrierCodec::normalized(parsed, CarrierSchema::Type::ContactEntity); }, 501);
    const double encode = medianOf([&] { CarrierCodec::encode(entity); }, 501);
    out << QStringLiteral("In process, on the %1 KiB Get answer: QJsonDocument::fromJson %2 ms, "
                          "CarrierCodec::decodeContact %3 ms,\nof which the member-casing walk "
                          "(CarrierCodec::normalized) %4 ms; CarrierCodec::encode of the entity "
                          "%5 ms.\n")
               .arg(answer.size() / 1024)
               .arg(fromJson, 0, 'f', 3)
               .arg(decode, 0, 'f', 3)
               .arg(casing, 0, 'f', 3)
               .arg(encode, 0, 'f', 3);
    out << "The machine may be shared: compare the ratios, not the absolute times, and rerun "
           "when a p90\nis far above its median.\n";
    return 0;
}
