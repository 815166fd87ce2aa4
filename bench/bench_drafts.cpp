// Drafts, two figures.
// (a) One edit written through: EntityDocument::setValue with a DraftRecorder on a DraftStore
//     (WAL, a transaction per edit), against the same edits on a document without a store and
//     against a bare SQLite INSERT of the same operation text in its own transaction on a WAL
//     file. The three run interleaved, edit by edit.
// (b) Start-up with 1,000 drafts against an empty store: in fresh child processes (this binary
//     with --start), the time from spawning the process to the MainWindow being exposed, then
//     until every unsent draft is listed in the Unsent changes panel, then until every draft is
//     loaded as a session, and the longest event-loop stall meanwhile.
#include "apptranslator.h"
#include "carriercodec.h"
#include "draftrecorder.h"
#include "draftstore.h"
#include "entitydocument.h"
#include "firstframewatch.h"
#include "mainwindow.h"
#include "unsentpanel.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <utility>

namespace {

constexpr int kEdits = 3000;
constexpr int kDrafts = 1000;
constexpr int kStartRuns = 5;
const QString kServerUser = QStringLiteral("demo");

// The start-up benchmark's files, for die(): std::exit() runs no destructors.
QTemporaryDir *g_startDir = nullptr;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_drafts: %s\n", qPrintable(why));
    if (g_startDir)
        g_startDir->remove();
    std::exit(1);
}

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Stats
{
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) { return v.at(qMin(v.size() - 1, qsizetype(q * v.size()))); };
    return {at(0.5), at(0.9), at(0.99), v.last()};
}

QJsonObject realCompany()
{
    QFile file(QStringLiteral(CE_TEST_DATA_DIR "/contact-real.json"));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(file.fileName()));
    const auto entity = CarrierCodec::decodeContact(file.readAll());
    if (!entity)
        die(QStringLiteral("contact-real.json does not decode"));
    return entity->json();
}

// The edit a user makes next: a field of the company, a phone, a custom field or a person's
// title, in turn, each with a new value.
std::pair<JsonPath, QJsonValue> edit(int i)
{
    static const QList<JsonPath> paths = {
        JsonPath(QStringLiteral("Department")),
        JsonPath(QStringLiteral("Description")),
        JsonPath::fromString(QStringLiteral("Phones[0].Value")),
        JsonPath::fromString(QStringLiteral("CustomFields.\"SuperOffice:1\"")),
        JsonPath::fromString(QStringLiteral("Persons[0].Title")),
        JsonPath(QStringLiteral("Name")),
    };
    const int which = i % int(paths.size());
    QString value;
    switch (which) {
    case 1:
        value = QStringLiteral("Paint shop.\nCall before noon; visit %1.").arg(i);
        break;
    case 2:
        value = QStringLiteral("+47 22 33 %1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        break;
    case 5:
        value = QStringLiteral("Bj\u00f8rge Lakkeri AS %1").arg(i);
        break;
    default:
        value = QStringLiteral("Value %1").arg(i);
        break;
    }
    return {paths.at(which), value};
}

// ---------------------------------------------------------------------------------------------
// (a) write-through

void benchWriteThrough(QTextStream &out)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    const QJsonObject company = realCompany();
    const QString server = QStringLiteral("demo@http://127.0.0.1:8080");

    // Ours: document, undo command, recorder, store.
    DraftStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("drafts.sqlite")), &error))
        die(error);
    EntityDocument recorded{ContactEntity(company)};
    const qint64 draftId = store.create(server, company, company);
    DraftRecorder recorder(&store, &recorded, draftId);
    QByteArray lastOp;
    QObject::connect(&recorded, &EntityDocument::editApplied, [&](const EntityEdit &op) {
        lastOp = QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact);
    });

    // The same edits with nothing written: what the document itself costs.
    EntityDocument alone{ContactEntity(company)};

    // The floor: one prepared INSERT of the same operation text, in its own transaction, on a
    // WAL file with the store's settings (synchronous=NORMAL).
    const QString connection = QStringLiteral("bench-baseline");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("baseline.sqlite")));
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery q(db);
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                "CREATE TABLE ops (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                "draft_id INTEGER NOT NULL, op TEXT NOT NULL)"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                die(q.lastError().text());
        }
    }
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO ops (draft_id, op) VALUES (?, ?)"));

    QList<double> oursMs, aloneMs, bareMs;
    QElapsedTimer clock;
    const auto timeOurs = [&](int i) {
        const auto [path, value] = edit(i);
        recorded.breakMerge();
        clock.start();
        recorded.setValue(path, value);
        oursMs.append(clock.nsecsElapsed() / 1e6);
    };
    const auto timeAlone = [&](int i) {
        const auto [path, value] = edit(i);
        alone.breakMerge();
        clock.start();
        alone.setValue(path, value);
        aloneMs.append(clock.nsecsElapsed() / 1e6);
    };
    const auto timeBare = [&] {
        clock.start();
        db.transaction();
        insert.bindValue(0, draftId);
        insert.bindValue(1, lastOp);
        const bool ok = insert.exec();
        db.commit();
        bareMs.append(clock.nsecsElapsed() / 1e6);
        if (!ok)
            die(insert.lastError().text());
    };
    // Warm up (caches, the first pages of both files), then measure, rotating the order.
    for (int i = 0; i < 100; ++i) {
        timeOurs(i);
        timeAlone(i);
        timeBare();
    }
    oursMs.clear();
    aloneMs.clear();
    bareMs.clear();
    for (int i = 100; i < 100 + kEdits; ++i) {
        switch (i % 3) {
        case 0:
            timeOurs(i);
            timeAlone(i);
            timeBare();
            break;
        case 1:
            timeAlone(i);
            timeBare();
            timeOurs(i);
            break;
        default:
            timeBare();
            timeOurs(i);
            timeAlone(i);
            break;
        }
    }
    if (recorder.hasFailed())
        die(QStringLiteral("the recorder failed: %1").arg(store.lastError()));
    const Stats ours = stats(oursMs), bare = stats(bareMs), doc = stats(aloneMs);

    // Bytes each edit appends to the write-ahead log: a larger log means earlier automatic
    // checkpoints (SQLite's default: every 1,000 pages), which are where the slow edits are.
    // Empty both logs first from a second connection, then count over a run of edits.
    const auto walKiBPerEdit = [&](const QString &file, const std::function<void(int)> &run) {
        const QString name = QStringLiteral("bench-checkpoint");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(dir.filePath(file));
            QSqlQuery q(other);
            if (!other.open() || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                die(QStringLiteral("cannot checkpoint %1").arg(file));
        }
        QSqlDatabase::removeDatabase(name);
        const QString wal = dir.filePath(file + QStringLiteral("-wal"));
        const qint64 before = QFileInfo(wal).size();
        constexpr int kSpan = 100; // well under a checkpoint's worth for either file
        for (int i = 0; i < kSpan; ++i)
            run(i);
        return (QFileInfo(wal).size() - before) / 1024.0 / kSpan;
    };
    const double walOurs = walKiBPerEdit(QStringLiteral("drafts.sqlite"), timeOurs);
    const double walBare =
        walKiBPerEdit(QStringLiteral("baseline.sqlite"), [&](int) { timeBare(); });
    insert = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);

    out << "(a) One edit written through, " << kEdits << " edits to tests/data/contact-real.json ("
        << QJsonDocument(company).toJson(QJsonDocument::Compact).size() / 1024
        << " KiB entity), cycling Department, Description, Phones[0].Value, a custom field,\n"
        << "    Persons[0].Title and Name; every " << DraftRecorder::CompactAfter
        << "th edit writes a full snapshot instead (the recorder's compaction)\n"
        << "    ours: EntityDocument::setValue -> undo command -> DraftRecorder -> "
           "DraftStore::record\n"
        << "    document only: the same edits on a document with no recorder\n"
        << "    bare SQLite: BEGIN; one prepared INSERT of the same operation JSON; COMMIT (Qt "
           "Sql,\n"
        << "      WAL, synchronous=NORMAL, as the store)\n";
    out << QStringLiteral("    %1 %2 %3 %4 %5\n")
               .arg(QString(), -15)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p90 ms"), 9)
               .arg(QStringLiteral("p99 ms"), 9)
               .arg(QStringLiteral("max ms"), 9);
    const auto row = [&](const QString &name, const Stats &s) {
        out << QStringLiteral("    %1 %2 %3 %4 %5\n")
                   .arg(name, -15)
                   .arg(s.median, 10, 'f', 3)
                   .arg(s.p90, 9, 'f', 3)
                   .arg(s.p99, 9, 'f', 3)
                   .arg(s.max, 9, 'f', 3);
    };
    row(QStringLiteral("ours"), ours);
    row(QStringLiteral("document only"), doc);
    row(QStringLiteral("bare SQLite"), bare);
    out << QStringLiteral("    ratio ours / bare SQLite (medians): %1; written-through part "
                          "(ours - document only): %2 ms, %3x the bare INSERT\n")
               .arg(ours.median / bare.median, 0, 'f', 2)
               .arg(ours.median - doc.median, 0, 'f', 3)
               .arg((ours.median - doc.median) / bare.median, 0, 'f', 2);
    out << QStringLiteral("    write-ahead log per edit: ours %1 KiB, bare SQLite %2 KiB\n")
               .arg(walOurs, 0, 'f', 1)
               .arg(walBare, 0, 'f', 1);
    out << "    Target: under 2 ms median per edit.\n\n";
    out.flush();
}

// ---------------------------------------------------------------------------------------------
// (b) start-up with 1,000 drafts

// A profile for a server that is not there: a loopback port nobody listens on, so the sign-in
// fails at once with "connection refused" and the window works offline.
ConnectionProfile offlineProfile(const QString &url)
{
    ConnectionProfile profile;
    profile.setName(QStringLiteral("bench"));
    profile.setBaseUrl(QUrl(url));
    profile.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    profile.setUserName(kServerUser);
    return profile;
}

void setAppNames()
{
    // As app/main.cpp: DraftStore::defaultPath() and QSettings follow these.
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("contact-editor"));
}

// Child: fills the default draft store (under this process's XDG_DATA_HOME) with `count`
// drafts of realistic companies in the mix a user leaves behind: some edited with the edits
// still in the operation log, some compacted into a snapshot, some opened only, some queued.
int makeStore(int argc, char **argv, int count, const QString &url)
{
    QCoreApplication app(argc, argv);
    setAppNames();
    const QString server = offlineProfile(url).credentialKey();
    const QJsonObject real = realCompany();
    DraftStore store;
    QString error;
    if (!store.open(DraftStore::defaultPath(), &error))
        die(error);
    for (int i = 0; i < count; ++i) {
        QJsonObject base = real;
        base.insert(QStringLiteral("ContactId"), 1000 + i);
        base.insert(QStringLiteral("Name"), QStringLiteral("Bj\u00f8rge Lakkeri %1 AS").arg(i));
        base.insert(QStringLiteral("OrgNr"), QStringLiteral("9%1").arg(i, 8, 10, QLatin1Char('0')));
        const qint64 id = store.create(server, base, base);
        if (!id)
            die(store.lastError());
        EntityDocument document{ContactEntity(base)};
        switch (i % 4) {
        case 0: { // edited; the edits are still in the log and are replayed on start
            DraftRecorder recorder(&store, &document, id);
            for (int e = 0; e < 5; ++e) {
                const auto [path, value] = edit(i + e);
                document.breakMerge();
                document.setValue(path, value);
            }
            break;
        }
        case 1: // edited, then compacted into a snapshot
        case 3: // ... and saved while offline: waiting in the outbox
            for (int e = 0; e < 3; ++e) {
                const auto [path, value] = edit(i + e);
                document.setValue(path, value);
            }
            store.writeSnapshot(id, base, document.working(), document.undoStack()->index());
            if (i % 4 == 3)
                store.setState(id, Draft::State::Queued);
            break;
        default: // opened, not edited
            break;
        }
    }
    std::printf("%d\n", store.count());
    return 0;
}

// Child: app/main.cpp's start-up (show, then start, then the event loop), reporting when the
// window is exposed, when the Unsent changes panel lists `expected` drafts and when every draft
// is loaded, as CLOCK_MONOTONIC nanoseconds, plus the longest gap between ticks of a 5 ms timer
// from exposure until then.
int startWindow(int argc, char **argv, int expected, const QString &url)
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    setAppNames();
    AppTranslator::install();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Contact Editor"));

    MainWindow window;
    const qint64 constructedNs = monotonicNs();
    qint64 startedNs = 0, exposedNs = 0, paintedNs = 0, listedNs = 0, reopenedNs = 0,
           lastTickNs = 0;
    double maxStallMs = 0;

    // Exposed (what QTest::qWaitForWindowExposed waits for) and the first frame drawn.
    FirstFrameWatch filter([&](qint64 exposed, qint64 painted) {
        exposedNs = exposed;
        lastTickNs = exposedNs;
        paintedNs = painted;
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    const auto finish = [&] {
        const int listed = window.unsentPanel()->view()->model()->rowCount();
        std::printf("main=%lld constructed=%lld started=%lld exposed=%lld painted=%lld "
                    "listed=%lld reopened=%lld "
                    "stall=%.3f editors=%d tabs=%d rss=%lld\n",
                    static_cast<long long>(mainNs), static_cast<long long>(constructedNs),
                    static_cast<long long>(startedNs), static_cast<long long>(exposedNs),
                    static_cast<long long>(paintedNs), static_cast<long long>(listedNs),
                    static_cast<long long>(reopenedNs), maxStallMs, listed,
                    int(window.editors().size()), static_cast<long long>(statusKiB("VmHWM")));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = monotonicNs();
        if (exposedNs && lastTickNs)
            maxStallMs = std::max(maxStallMs, (now - lastTickNs) / 1e6);
        lastTickNs = now;
        const int listed = window.unsentPanel()->view()->model()->rowCount();
        if (paintedNs && !listedNs && listed >= expected)
            listedNs = now;
        if (listedNs && !reopenedNs && !window.workspace()->isReopeningDrafts()) {
            reopenedNs = now;
            finish();
        }
    });
    window.createWinId();
    window.windowHandle()->installEventFilter(&filter);
    QTimer::singleShot(120000, [&] { finish(); }); // never hang the benchmark

    window.show();
    MainWindow::StartOptions options;
    options.profile = offlineProfile(url);
    options.secret = QStringLiteral("demo"); // as CONTACT_EDITOR_SECRET: no keychain involved
    window.start(options);
    startedNs = monotonicNs();
    tick.start();
    return app.exec();
}

struct StartRun
{
    double exposedMs = 0;  // spawn -> window exposed
    double paintedMs = 0;  // spawn -> first frame drawn
    double listedMs = 0;   // spawn -> every unsent draft listed in the panel
    double reopenedMs = 0; // spawn -> every draft loaded as a session
    double mainMs = 0;     // spawn -> main() entered
    double windowMs = 0;   // spawn -> MainWindow constructed
    double startMs = 0;    // spawn -> MainWindow::start() returned, before the event loop runs
    double stallMs = 0;    // longest gap between 5 ms ticks after exposure
    int editors = 0;       // rows in the panel
    int tabs = 0;
    qint64 peakKiB = 0;
};

class StartBench
{
public:
    StartBench()
    {
        if (!m_dir.isValid())
            die(QStringLiteral("no temporary directory"));
        g_startDir = &m_dir;
        // A loopback port held bound but never listening: connecting is refused at once, and
        // no other program (a test's sandbox on port 0, say) can take it while we run.
        if (!m_closedPort.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress))
            die(QStringLiteral("cannot bind a loopback port: %1").arg(m_closedPort.errorString()));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort.localPort());
    }

    ~StartBench() { g_startDir = nullptr; }

    // A pristine home holding a draft store with `count` drafts.
    QString prepare(const QString &name, int count)
    {
        const QString home = m_dir.filePath(name);
        QDir().mkpath(home);
        QProcess child;
        child.setProcessEnvironment(environment(home));
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--make-store"), QString::number(count), m_url});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            die(QStringLiteral("could not make a store of %1 drafts").arg(count));
        const int made = child.readAllStandardOutput().trimmed().toInt();
        if (made != count)
            die(QStringLiteral("the store holds %1 drafts, not %2").arg(made).arg(count));
        return home;
    }

    // One start in a fresh copy of `pristine` (reopening drafts rewrites them, and the window
    // writes settings), so every run starts from the same files.
    // Empty when the child failed; *why then says how.
    std::optional<StartRun> run(const QString &pristine, int expected, QString *why)
    {
        const QString home = m_dir.filePath(QStringLiteral("run"));
        QDir(home).removeRecursively();
        copyTree(pristine, home);
        QProcess child;
        child.setProcessEnvironment(environment(home));
        child.setProcessChannelMode(QProcess::SeparateChannels);
        const QString errors = m_dir.filePath(QStringLiteral("stderr.txt"));
        child.setStandardErrorFile(errors);
        const qint64 spawnNs = monotonicNs();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--start"), QString::number(expected), m_url});
        const bool finished = child.waitForFinished(300000);
        if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            if (!finished)
                child.kill();
            QFile log(errors);
            log.open(QIODevice::ReadOnly);
            const QByteArray tail = log.readAll().trimmed().split('\n').constLast();
            *why = !finished ? QStringLiteral("no answer within 300 s")
                   : child.exitStatus() == QProcess::CrashExit
                       ? QStringLiteral("crashed (signal %1)").arg(child.exitCode())
                       : QStringLiteral("exit code %1").arg(child.exitCode());
            *why += QStringLiteral("; last message: ") + QString::fromLocal8Bit(tail);
            child.waitForFinished(5000);
            return std::nullopt;
        }
        QHash<QString, QString> fields;
        for (const QString &part :
             QString::fromLatin1(child.readAllStandardOutput().trimmed()).split(QLatin1Char(' ')))
            fields.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
        const auto since = [&](const char *key) {
            const qint64 ns = fields.value(QString::fromLatin1(key)).toLongLong();
            return ns > 0 ? (ns - spawnNs) / 1e6 : -1.0;
        };
        StartRun r;
        r.exposedMs = since("exposed");
        r.paintedMs = since("painted");
        r.listedMs = since("listed");
        r.reopenedMs = since("reopened");
        r.mainMs = since("main");
        r.windowMs = since("constructed");
        r.startMs = since("started");
        r.stallMs = fields.value(QStringLiteral("stall")).toDouble();
        r.editors = fields.value(QStringLiteral("editors")).toInt();
        r.tabs = fields.value(QStringLiteral("tabs")).toInt();
        r.peakKiB = fields.value(QStringLiteral("rss")).toLongLong();
        if (r.exposedMs < 0) {
            *why = QStringLiteral("the window was never exposed");
            return std::nullopt;
        }
        return r;
    }

private:
    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No keychain, no session bus: the secret comes with the options.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    static void copyTree(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = to + file.mid(from.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(file, target))
                die(QStringLiteral("cannot copy %1").arg(file));
        }
    }

    QTemporaryDir m_dir;
    QTcpSocket m_closedPort;
    QString m_url;
};

void benchStart(QTextStream &out)
{
    StartBench bench;
    const QString empty = bench.prepare(QStringLiteral("empty"), 0);
    const QString full = bench.prepare(QStringLiteral("full"), kDrafts);

    // What the panel lists: all but the drafts opened only.
    const int unsent = kDrafts - kDrafts / 4;
    out << "(b) Start-up as app/main.cpp does it (show(), MainWindow::start(), event loop), "
           "offline\n"
        << "    (profile on a closed loopback port, secret given), QT_QPA_PLATFORM=offscreen; each "
           "run a\n"
        << "    fresh child process on a fresh copy of the store. " << kDrafts
        << " drafts of contact-real.json: 1/4 with 5 edits\n"
        << "    still in the log, 1/4 compacted, 1/4 queued in the outbox, 1/4 opened only.\n"
        << "    Times in ms from spawning the process: main() entered, MainWindow constructed,\n"
        << "    start() returned (the expose event can only be delivered after it), window "
           "exposed,\n"
        << "    first frame drawn, every unsent draft (" << unsent
        << ") listed in the Unsent changes panel, every draft\n"
        << "    loaded as a session (in the background, no tab); max stall: the longest gap "
           "between\n"
        << "    ticks of a 5 ms timer from exposure until all are loaded; peak: VmHWM.\n";
    out << QStringLiteral("    %1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(QStringLiteral("store"), -7)
               .arg(QStringLiteral("main ms"), 8)
               .arg(QStringLiteral("window ms"), 10)
               .arg(QStringLiteral("start() ms"), 11)
               .arg(QStringLiteral("exposed ms"), 11)
               .arg(QStringLiteral("1st frame"), 10)
               .arg(QStringLiteral("listed ms"), 10)
               .arg(QStringLiteral("loaded ms"), 10)
               .arg(QStringLiteral("max stall"), 10)
               .arg(QStringLiteral("peak KiB"), 9);
    const auto row = [&](const QString &name, const StartRun &r) {
        out << QStringLiteral("    %1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(name, -7)
                   .arg(r.mainMs, 8, 'f', 1)
                   .arg(r.windowMs, 10, 'f', 1)
                   .arg(r.startMs, 11, 'f', 1)
                   .arg(r.exposedMs, 11, 'f', 1)
                   .arg(r.paintedMs, 10, 'f', 1)
                   .arg(r.listedMs, 10, 'f', 1)
                   .arg(r.reopenedMs, 10, 'f', 1)
                   .arg(r.stallMs, 10, 'f', 1)
                   .arg(r.peakKiB, 9);
        out.flush();
    };
    QList<StartRun> emptyRuns, fullRuns;
    // One run of a kind, into its list and the table; a failed run is reported and skipped.
    const auto runOnce = [&](const QString &home, int drafts, int listed, QList<StartRun> *into) {
        QString why;
        const auto r = bench.run(home, listed, &why);
        const QString name = drafts ? QString::number(drafts) : QStringLiteral("empty");
        if (!r) {
            out << "    " << name << ": run failed: " << why << '\n';
            return;
        }
        if (!into)
            return;
        into->append(*r);
        row(name, *r);
        if (r->editors != listed)
            out << "    (only " << r->editors << " of " << listed
                << " drafts were listed after 120 s)\n";
        if (r->tabs != 0)
            out << "    (" << r->tabs << " tabs were opened)\n";
    };
    runOnce(empty, 0, 0, nullptr); // warm up: binaries and libraries in the page cache
    for (int i = 0; i < kStartRuns; ++i) {
        // Alternate so drift on a shared machine falls on both alike.
        runOnce(empty, 0, 0, &emptyRuns);
        runOnce(full, kDrafts, unsent, &fullRuns);
    }
    if (emptyRuns.isEmpty() || fullRuns.isEmpty())
        die(QStringLiteral("no start-up run succeeded"));
    const auto median = [](const QList<StartRun> &runs, double StartRun::*field) {
        QList<double> v;
        for (const StartRun &r : runs)
            v.append(r.*field);
        return stats(v).median;
    };
    const double emptyExposed = median(emptyRuns, &StartRun::exposedMs);
    const double fullExposed = median(fullRuns, &StartRun::exposedMs);
    const double emptyPainted = median(emptyRuns, &StartRun::paintedMs);
    out << QStringLiteral("    medians: exposed %1 ms empty, %2 ms with %3 drafts (+%4 ms); every "
                          "unsent draft listed %5 ms after an empty start's first frame; all "
                          "loaded after %6 ms; longest stall %7 ms (empty: %8 ms)\n")
               .arg(emptyExposed, 0, 'f', 1)
               .arg(fullExposed, 0, 'f', 1)
               .arg(kDrafts)
               .arg(fullExposed - emptyExposed, 0, 'f', 1)
               .arg(median(fullRuns, &StartRun::listedMs) - emptyPainted, 0, 'f', 1)
               .arg(median(fullRuns, &StartRun::reopenedMs), 0, 'f', 1)
               .arg(median(fullRuns, &StartRun::stallMs), 0, 'f', 1)
               .arg(median(emptyRuns, &StartRun::stallMs), 0, 'f', 1);
    out << "    Target: the window usable and every draft listed within 1,000 ms of an empty "
           "start; no stall over 50 ms.\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--make-store") == 0)
        return makeStore(argc, argv, QByteArray(argv[2]).toInt(), QString::fromLocal8Bit(argv[3]));
    if (argc == 4 && qstrcmp(argv[1], "--start") == 0)
        return startWindow(argc, argv, QByteArray(argv[2]).toInt(),
                           QString::fromLocal8Bit(argv[3]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    benchWriteThrough(out);
    benchStart(out);
    return 0;
}
