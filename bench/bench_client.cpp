// The WebAPI client against a bare QNetworkAccessManager, both talking to the same
// contact-sandbox over loopback: GetContactEntity and SaveContactEntity of demo company 1
// (20 persons). Runs alternate baseline and client (A/B, then B/A) so drift and warm caches
// fall on both alike; prints medians, p90 and the ratio of medians.
#include "carriercodec.h"
#include "getcontactentityjob.h"
#include "savecontactentityjob.h"
#include "webapiclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kContactId = 1; // "Nordlys Konsulenter AS", 20 persons in the demo data
constexpr int kWarmUp = 30;
constexpr int kRuns = 200;
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
                doc.object().value(QLatin1String("Persons")).toArray().size() != 20)
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
        if (static_cast<EntityJob *>(job)->entity().persons().size() != 20)
            die(QStringLiteral("client: the answer does not hold 20 persons"));
        delete job;
        return m_sample;
    }

private:
    QElapsedTimer m_clock;
    Sample m_sample;
};

struct Side
{
    Stats total;
    double replyMedian = 0; // until the reply finished
    double afterMedian = 0; // from then until done
};

struct Pair
{
    Side baseline;
    Side client;
};

Side side(const QList<Sample> &samples)
{
    QList<double> total, reply, after;
    for (const Sample &s : samples) {
        total.append(s.total);
        reply.append(s.reply);
        after.append(s.total - s.reply);
    }
    return {stats(total), stats(reply).median, stats(after).median};
}

Pair measure(const std::function<Sample()> &baseline, const std::function<Sample()> &client)
{
    for (int i = 0; i < kWarmUp; ++i) {
        baseline();
        client();
    }
    QList<Sample> a;
    QList<Sample> b;
    // A/B then B/A: whichever goes second on a warm connection does not always favour one side.
    for (int i = 0; i < kRuns; ++i) {
        if (i % 2 == 0) {
            a.append(baseline());
            b.append(client());
        } else {
            b.append(client());
            a.append(baseline());
        }
    }
    return {side(a), side(b)};
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    Sandbox sandbox;
    const quint16 port = sandbox.start();

    WebApiClient client;
    ConnectionProfile profile;
    profile.setName(QStringLiteral("bench"));
    profile.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    profile.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    profile.setUserName(QStringLiteral("demo"));
    profile.setLanguage(kLanguage);
    client.setProfile(profile);
    client.setSecret(QStringLiteral("demo"));
    Baseline baseline(client);
    ClientRunner runner(client);

    const QString getPath =
        QStringLiteral("Agents/Contact/GetContactEntity?contactEntityId=%1").arg(kContactId);
    const QString savePath = QStringLiteral("Agents/Contact/SaveContactEntity");

    // The entity to save, as the client got it; the baseline posts exactly these bytes.
    ContactEntity entity;
    runner.run([&] {
        auto *job = client.getContactEntity(kContactId);
        QObject::connect(job, &ApiJob::finished, job, [&entity, job] { entity = job->entity(); });
        return job;
    });
    const QByteArray saveBody = CarrierCodec::encode(entity);

    out << "WebAPI client against a bare QNetworkAccessManager POST, contact-sandbox on loopback,\n"
        << "company " << kContactId << " (" << entity.name() << ", " << entity.persons().size()
        << " persons); " << kRuns << " runs of each after " << kWarmUp
        << " warm-up runs, A/B and B/A alternating.\n"
        << "baseline: QNAM post() to the same URL with the same headers (Authorization Basic\n"
        << "  demo/demo, Accept and Content-Type application/json, Accept-Language and "
           "SO-Language\n"
        << "  \"" << kLanguage << "\") and the same body (Get: empty; Save: the "
        << saveBody.size() / 1024 << " KiB entity as the client encodes it),\n"
        << "  timed until its finished() handler has read the body and parsed it with\n"
        << "  QJsonDocument::fromJson.\n"
        << "client: WebApiClient::getContactEntity(1) / saveContactEntity(entity), timed from the\n"
        << "  call (Save includes encoding the entity) to the job's finished(), after its checks\n"
        << "  and the lossless decode into a ContactEntity.\n"
        << "reply: until the QNetworkAccessManager reported the reply finished; after: the rest.\n";
    out.flush();

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("call"), -5)
               .arg(QStringLiteral("base med"), 9)
               .arg(QStringLiteral("base p90"), 9)
               .arg(QStringLiteral("client med"), 11)
               .arg(QStringLiteral("client p90"), 11)
               .arg(QStringLiteral("ratio med"), 10)
               .arg(QStringLiteral("ratio p90"), 10)
               .arg(QStringLiteral("reply b/c"), 16)
               .arg(QStringLiteral("after b/c"), 14);
    const auto row = [&](const char *name, const Pair &p) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(QString::fromLatin1(name), -5)
                   .arg(p.baseline.total.median, 9, 'f', 3)
                   .arg(p.baseline.total.p90, 9, 'f', 3)
                   .arg(p.client.total.median, 11, 'f', 3)
                   .arg(p.client.total.p90, 11, 'f', 3)
                   .arg(p.client.total.median / p.baseline.total.median, 10, 'f', 2)
                   .arg(p.client.total.p90 / p.baseline.total.p90, 10, 'f', 2)
                   .arg(QStringLiteral("%1/%2")
                            .arg(p.baseline.replyMedian, 0, 'f', 3)
                            .arg(p.client.replyMedian, 0, 'f', 3),
                        16)
                   .arg(QStringLiteral("%1/%2")
                            .arg(p.baseline.afterMedian, 0, 'f', 3)
                            .arg(p.client.afterMedian, 0, 'f', 3),
                        14);
        out.flush();
    };

    const Pair get =
        measure([&] { return baseline.run(getPath, QByteArray()); },
                [&] { return runner.run([&] { return client.getContactEntity(kContactId); }); });
    row("Get", get);
    const Pair save =
        measure([&] { return baseline.run(savePath, saveBody); },
                [&] { return runner.run([&] { return client.saveContactEntity(entity); }); });
    row("Save", save);
    out << "(ms; ratio = client / baseline; reply and after are medians, baseline/client)\n";

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
    out << "Target: the client adds at most 20% (ratio at most 1.20) for Get and for Save.\n"
           "The machine is shared: compare the ratio, not the absolute times, and rerun when the\n"
           "baseline p90 is far above its median.\n";
    return 0;
}
