// Opening a company with 10,000 persons in the editor's form, offscreen:
//  1. from JSON bytes to a shown ContactEditor (codec, document, item models, every section,
//     layout and first paint) against parsing the same bytes with QJsonDocument alone;
//  2. the longest event-loop stall (a 5 ms timer's largest gap) while the form loads the company
//     from contact-sandbox, and while a save of it is in flight.
// The company is demo company 1 given 10,000 persons through the sandbox's admin hook, and the
// bytes are the server's own GetContactEntity answer. Prints figures only.
#include "carriercodec.h"
#include "contacteditor.h"
#include "contactsession.h"
#include "draft.h"
#include "draftstore.h"
#include "entitydocument.h"
#include "jsonpath.h"
#include "mdolistcache.h"
#include "sandboxprocess.h"
#include "webapiclient.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kContactId = 1;
constexpr int kPersons = 10000;
constexpr int kRepeats = 7;
constexpr int kTickMs = 5;

// For die(): std::exit() runs no destructors, and the sandbox child would outlive us.
SandboxProcess *g_sandbox = nullptr;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_open_form: %s\n", qPrintable(why));
    if (g_sandbox)
        g_sandbox->kill();
    std::exit(1);
}

ConnectionProfile profile(const SandboxProcess &sandbox)
{
    ConnectionProfile p;
    p.setName(QStringLiteral("bench"));
    p.setBaseUrl(sandbox.baseUrl());
    p.setUserName(QStringLiteral("demo"));
    p.setLanguage(QStringLiteral("en"));
    return p;
}

QJsonArray persons(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        list.append(
            QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Kari%1").arg(i)},
                        {QStringLiteral("lastname"), QStringLiteral("Nordmann")},
                        {QStringLiteral("title"), QStringLiteral("Account manager")},
                        {QStringLiteral("email"), QStringLiteral("kari%1@example.no").arg(i)},
                        {QStringLiteral("directPhone"),
                         QStringLiteral("+47 22 00 %1").arg(i, 5, 10, QLatin1Char('0'))},
                        {QStringLiteral("mobilePhone"),
                         QStringLiteral("+47 900 %1").arg(i, 5, 10, QLatin1Char('0'))}});
    }
    return list;
}

// The server's GetContactEntity answer, as bytes, through a bare access manager.
QByteArray fetchBytes(const SandboxProcess &sandbox)
{
    QNetworkAccessManager nam;
    WebApiClient client;
    client.setProfile(profile(sandbox));
    client.setSecret(QStringLiteral("demo"));
    QNetworkRequest request = client.request(
        QStringLiteral("Agents/Contact/GetContactEntity?contactEntityId=%1").arg(kContactId));
    request.setRawHeader("Authorization", client.authorizationHeader());
    QNetworkReply *reply = nam.post(request, QByteArray()); // the agent calls are POSTs
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        die(QStringLiteral("GetContactEntity failed: %1").arg(reply->errorString()));
    reply->deleteLater();
    return bytes;
}

double medianMs(const std::function<void()> &run)
{
    QList<double> times;
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Bytes to a shown form: what a user waits for after the answer has arrived.
void openInEditor(const QByteArray &bytes, WebApiClient *client, MdoListCache *lists)
{
    const auto entity = CarrierCodec::decodeContact(bytes);
    if (!entity)
        die(QStringLiteral("the answer does not decode"));
    ContactSession session(client);
    ContactEditor editor(&session, lists);
    editor.resize(1200, 900);
    editor.show();
    Draft draft;
    draft.entityId = kContactId;
    draft.base = entity->json();
    draft.working = draft.base;
    editor.session()->openDraft(draft);
    if (!editor.document())
        die(QStringLiteral("the editor did not take the company"));
    // Layout and the first paint of what is on screen.
    QCoreApplication::sendPostedEvents();
    editor.repaint();
}

// Times every event the window's loop delivers (not the ones sent from inside another), so a stall
// can be told by the event that made it: the receiver's class and the event's type.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads' events (the draft store's writes) stall nothing here.
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const char *receiverClass = receiver->metaObject()->className();
        const int type = int(event->type());
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = clock.nsecsElapsed() / 1e6;
        if (ms > m_longestMs) {
            m_longestMs = ms;
            m_longest = QStringLiteral("%1 to a %2").arg(type).arg(QLatin1String(receiverClass));
        }
        return result;
    }
    void resetLongest()
    {
        m_longestMs = 0;
        m_longest.clear();
    }
    // The longest event since resetLongest(): "12.3 ms (event type 43 to a ContactSession)".
    QString longest() const
    {
        return QStringLiteral("%1 ms (event type %2)").arg(m_longestMs, 0, 'f', 1).arg(m_longest);
    }

private:
    int m_depth = 0;
    double m_longestMs = 0;
    QString m_longest;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

// Records the gaps between ticks of a 5 ms timer: a gap much over 5 ms is time the event loop
// could not run (input, painting and Cancel all wait that long).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(kTickMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gaps.append((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        timedApp()->resetLongest();
        m_gaps.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const
    {
        return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    int over(double ms) const
    {
        return int(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }
    int ticks() const { return int(m_gaps.size()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<double> m_gaps;
};

// Runs the event loop until done() or the deadline; false on timeout.
bool spinUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// What the meter saw, under a heading that says what was going on.
void report(QTextStream &out, const StallMeter &meter, const QString &heading)
{
    out << heading << '\n';
    out << QStringLiteral("  longest event-loop stall           %1 ms\n")
               .arg(meter.longest(), 9, 'f', 1);
    out << QStringLiteral("  stalls over 50 ms                  %1\n").arg(meter.over(50), 9);
    out << QStringLiteral("  longest event: %1\n").arg(timedApp()->longest());
    out.flush();
}

// One edit, as typing would make it, then Save; reports the stalls until the answer is in (or
// the save failed, which is reported too).
void measureSave(ContactEditor &editor, StallMeter &meter, QTextStream &out, int people)
{
    editor.document()->setValue(JsonPath("Name"),
                                editor.document()->entity().name() + QStringLiteral(" Bench"));
    bool done = false;
    QString failure;
    QObject context;
    QObject::connect(editor.session(), &ContactSession::saved, &context, [&done] { done = true; });
    QObject::connect(editor.session(), &ContactSession::failed, &context,
                     [&done, &failure](ContactSession::Operation, const ApiError &error) {
                         failure = error.message();
                         done = true;
                     });
    meter.start();
    QElapsedTimer wall;
    wall.start();
    if (!editor.save())
        die(QStringLiteral("the save did not start"));
    if (!spinUntil([&] { return done && !editor.session()->isBusy(); }, 120000))
        die(QStringLiteral("the save did not finish"));
    const qint64 saveWall = wall.elapsed();
    settle(100);
    meter.stop();
    report(out, meter,
           QStringLiteral("While a save of %1 persons is in flight (%2 ms in all, %3 ticks)%4")
               .arg(people)
               .arg(saveWall)
               .arg(meter.ticks())
               .arg(failure.isEmpty() ? QString() : QStringLiteral(": FAILED, ") + failure));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QTextStream out(stdout);

    SandboxProcess sandbox;
    g_sandbox = &sandbox;
    if (!sandbox.start())
        die(sandbox.errorString());
    // Persons are records of their own on the server; the company lists them.
    if (sandbox.addPersons(kContactId, persons(kPersons)) < kPersons)
        die(QStringLiteral("the sandbox did not take %1 persons").arg(kPersons));

    WebApiClient client;
    client.setProfile(profile(sandbox));
    client.setSecret(QStringLiteral("demo"));
    client.setTimeout(60000);
    MdoListCache lists(&client);

    // 1. Bytes to a shown form, against QJsonDocument alone.
    const QByteArray bytes = fetchBytes(sandbox);
    const int people = int(
        QJsonDocument::fromJson(bytes).object().value(QLatin1String("Persons")).toArray().size());
    volatile qsizetype sink = 0;
    const auto parse = [&] { sink = sink + QJsonDocument::fromJson(bytes).object().size(); };
    const auto open = [&] { openInEditor(bytes, &client, &lists); };
    parse(); // warm up both
    open();
    const double parseMs = medianMs(parse);
    const double openMs = medianMs(open);
    out << QStringLiteral(
               "Open a company with %1 persons (%2 KiB from GetContactEntity), median of %3\n")
               .arg(people)
               .arg(bytes.size() / 1024)
               .arg(kRepeats);
    out << QStringLiteral("  QJsonDocument::fromJson alone      %1 ms\n").arg(parseMs, 9, 'f', 1);
    out << QStringLiteral("  bytes to a shown ContactEditor     %1 ms\n").arg(openMs, 9, 'f', 1);
    out << QStringLiteral("  ratio                              %1\n")
               .arg(openMs / parseMs, 9, 'f', 2);
    out.flush();

    // 2. Event-loop stalls while the form loads from the sandbox, then while a save is in flight.
    // With a draft store, as the editor always has one: the draft and the offline copy are
    // written after the save.
    QTemporaryDir storeDir;
    DraftStore store;
    if (!store.open(storeDir.filePath(QStringLiteral("drafts.sqlite"))))
        die(store.lastError());
    ContactSession session(&client);
    session.setDraftStore(&store, profile(sandbox).credentialKey());
    ContactEditor editor(&session, &lists);
    editor.resize(1200, 900);
    editor.show();
    settle(200);
    StallMeter meter;
    meter.start();
    QElapsedTimer wall;
    wall.start();
    session.open(kContactId);
    if (!spinUntil([&] { return editor.document() && !editor.session()->isBusy(); }, 60000))
        die(QStringLiteral("the company did not open"));
    const qint64 loadWall = wall.elapsed();
    settle(100); // the paint that follows
    meter.stop();
    report(out, meter,
           QStringLiteral("While the form loads it from the sandbox (%1 ms in all, %2 ticks)")
               .arg(loadWall)
               .arg(meter.ticks()));

    measureSave(editor, meter, out, people);

    // Half as many at another company: how the stall grows with the persons.
    constexpr int kHalf = 5000;
    constexpr int kOther = 2;
    if (sandbox.addPersons(kOther, persons(kHalf)) < kHalf)
        die(QStringLiteral("the sandbox did not take %1 persons").arg(kHalf));
    ContactSession smallerSession(&client);
    smallerSession.setDraftStore(&store, profile(sandbox).credentialKey());
    ContactEditor smaller(&smallerSession, &lists);
    smaller.resize(1200, 900);
    smaller.show();
    smallerSession.open(kOther);
    if (!spinUntil([&] { return smaller.document() && !smaller.session()->isBusy(); }, 60000))
        die(QStringLiteral("the company did not open"));
    settle(100);
    measureSave(smaller, meter, out, int(smaller.document()->entity().persons().size()));

    // 3. The large company edited and left unsent; a new window's workspace on the same store
    // reopens its draft (read on a pool thread: over Workspace::kReadElsewhereBytes).
    editor.document()->setValue(JsonPath("Department"), QStringLiteral("Left unsent"));
    if (!spinUntil([&] { return store.backgroundWrites() == 0; }, 60000))
        die(QStringLiteral("the draft was not written"));
    {
        Workspace workspace;
        if (const QString error = workspace.openDrafts(store.path()); !error.isEmpty())
            die(error);
        Workspace::StartOptions options;
        options.profile = profile(sandbox);
        options.secret = QStringLiteral("demo");
        meter.start();
        wall.restart();
        workspace.start(options);
        const auto reopened = [&] {
            if (workspace.isReopeningDrafts())
                return false;
            for (EntitySession *s : workspace.sessions()) {
                if (s->document() && s->document()->entity().contactId() == kContactId)
                    return true;
            }
            return false;
        };
        if (!spinUntil(reopened, 60000))
            die(QStringLiteral("the draft did not reopen"));
        const qint64 reopenWall = wall.elapsed();
        settle(100);
        meter.stop();
        report(out, meter,
               QStringLiteral("While a new workspace reopens that draft, %1 persons, edited (%2 ms "
                              "in all, %3 ticks)")
                   .arg(people)
                   .arg(reopenWall)
                   .arg(meter.ticks()));
    }
    out << "Targets (issues 5 and 15): the form within 3x the parse alone; no stall over 50 ms "
           "while it loads, saves or reopens as a draft.\n";
    out.flush();
    return 0;
}
