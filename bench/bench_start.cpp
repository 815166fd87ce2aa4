// Start-up against a bare QMainWindow: in fresh child processes (this binary with --child), the
// time from spawning the process to the window being exposed, for the editor's MainWindow
// started empty as app/main.cpp starts it (empty draft store, offline profile) and for a bare
// QMainWindow in a QApplication. The two alternate (A/B, then B/A) so load on the machine falls
// on both alike; prints medians, p90 and the ratio with its target.
#include "apptranslator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace {

constexpr int kWarmUp = 2;
constexpr int kRuns = 20;
constexpr double kTarget = 1.5;

// The same clock in every process, so a child's instants compare with the parent's spawn.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_start: %s\n", qPrintable(why));
    std::exit(1);
}

// Calls back once, when the window is first exposed: what QTest::qWaitForWindowExposed waits
// for, seen as the event arrives.
class ExposeWatch : public QObject
{
public:
    explicit ExposeWatch(std::function<void()> onExposed)
        : m_onExposed(std::move(onExposed))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() &&
            m_onExposed) {
            m_onExposed();
            m_onExposed = nullptr;
        }
        return false;
    }

private:
    std::function<void()> m_onExposed;
};

// Child: one window, shown as app/main.cpp shows it; prints when main() was entered, the
// QApplication built, the window constructed, shown, started (editor) and exposed
// (CLOCK_MONOTONIC ns), then quits.
int child(int argc, char **argv, bool editor, const QString &url)
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    const qint64 appNs = monotonicNs();
    qint64 constructedNs = 0, shownNs = 0, startedNs = 0;
    const auto report = [&] {
        std::printf("main=%lld app=%lld constructed=%lld shown=%lld started=%lld exposed=%lld\n",
                    static_cast<long long>(mainNs), static_cast<long long>(appNs),
                    static_cast<long long>(constructedNs), static_cast<long long>(shownNs),
                    static_cast<long long>(startedNs), static_cast<long long>(monotonicNs()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    ExposeWatch watch(report);
    QTimer::singleShot(60000, [] { QCoreApplication::exit(3); }); // never hang the benchmark
    if (!editor) {
        QMainWindow window;
        constructedNs = monotonicNs();
        window.createWinId();
        window.windowHandle()->installEventFilter(&watch);
        window.show();
        shownNs = startedNs = monotonicNs();
        return app.exec();
    }
    // As app/main.cpp: the names DraftStore::defaultPath() and QSettings follow, translators.
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("contact-editor"));
    AppTranslator::install();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Contact Editor"));
    MainWindow window;
    constructedNs = monotonicNs();
    window.createWinId();
    window.windowHandle()->installEventFilter(&watch);
    window.show();
    shownNs = monotonicNs();
    ConnectionProfile profile;
    profile.setName(QStringLiteral("bench"));
    profile.setBaseUrl(QUrl(url));
    profile.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    profile.setUserName(QStringLiteral("demo"));
    MainWindow::StartOptions options;
    options.profile = profile;
    options.secret = QStringLiteral("demo"); // as CONTACT_EDITOR_SECRET: no keychain involved
    window.start(options);
    startedNs = monotonicNs();
    return app.exec();
}

// Milliseconds from spawning the process.
struct Run
{
    double mainMs = 0;        // main() entered
    double appMs = 0;         // QApplication constructed
    double constructedMs = 0; // window constructed
    double shownMs = 0;       // show() returned
    double startedMs = 0;     // MainWindow::start() returned (bare: as shown)
    double exposedMs = 0;     // window exposed
};

struct Stats
{
    double median = 0;
    double p90 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    return {at(0.5), at(0.9)};
}

class StartBench
{
public:
    StartBench()
    {
        if (!m_dir.isValid())
            die(QStringLiteral("no temporary directory"));
        // A loopback port held bound but never listening: the editor's sign-in is refused at
        // once and it works offline.
        if (!m_closedPort.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress))
            die(QStringLiteral("cannot bind a loopback port: %1").arg(m_closedPort.errorString()));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort.localPort());
    }

    // One start in an empty home (no drafts, no settings).
    Run run(bool editor)
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir(home).removeRecursively();
        QDir().mkpath(home);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // the secret comes with options
        QProcess process;
        process.setProcessEnvironment(env);
        process.setStandardErrorFile(QProcess::nullDevice());
        const qint64 spawnNs = monotonicNs();
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--child"),
                       editor ? QStringLiteral("editor") : QStringLiteral("bare"), m_url});
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(5000);
            die(QStringLiteral("the %1 child failed (exit code %2)")
                    .arg(editor ? QStringLiteral("editor") : QStringLiteral("bare"))
                    .arg(process.exitCode()));
        }
        QHash<QString, qint64> fields;
        for (const QString &part :
             QString::fromLatin1(process.readAllStandardOutput().trimmed()).split(QLatin1Char(' ')))
            fields.insert(part.section(QLatin1Char('='), 0, 0),
                          part.section(QLatin1Char('='), 1).toLongLong());
        const auto since = [&](const char *key) {
            return (fields.value(QString::fromLatin1(key)) - spawnNs) / 1e6;
        };
        if (fields.value(QStringLiteral("exposed")) <= 0)
            die(QStringLiteral("a child never reported its window exposed"));
        return {since("main"),  since("app"),     since("constructed"),
                since("shown"), since("started"), since("exposed")};
    }

private:
    QTemporaryDir m_dir;
    QTcpSocket m_closedPort;
    QString m_url;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, qstrcmp(argv[2], "editor") == 0, QString::fromLocal8Bit(argv[3]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    StartBench bench;
    for (int i = 0; i < kWarmUp; ++i) {
        bench.run(false);
        bench.run(true);
    }
    QList<Run> bare, editor;
    for (int i = 0; i < kRuns; ++i) {
        if (i % 2 == 0) {
            bare.append(bench.run(false));
            editor.append(bench.run(true));
        } else {
            editor.append(bench.run(true));
            bare.append(bench.run(false));
        }
    }
    const auto column = [](const QList<Run> &runs, double Run::*field) {
        QList<double> ms;
        for (const Run &r : runs)
            ms.append(r.*field);
        return stats(ms);
    };
    out << "Start-up, spawn -> window exposed, in fresh child processes "
           "(QT_QPA_PLATFORM=offscreen),\n"
        << kRuns << " runs of each after " << kWarmUp << " warm-up runs, A/B and B/A alternating.\n"
        << "editor: MainWindow as app/main.cpp starts it: show(), start() with an offline profile\n"
        << "  (a closed loopback port, secret given) and an empty draft store in a fresh HOME.\n"
        << "bare: a QMainWindow with nothing in it, shown in a QApplication.\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("window"), -7)
               .arg(QStringLiteral("main()"), 7)
               .arg(QStringLiteral("app"), 7)
               .arg(QStringLiteral("built"), 7)
               .arg(QStringLiteral("shown"), 7)
               .arg(QStringLiteral("started"), 8)
               .arg(QStringLiteral("exposed"), 8)
               .arg(QStringLiteral("exp. p90"), 9);
    const auto row = [&](const char *name, const QList<Run> &runs) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(QString::fromLatin1(name), -7)
                   .arg(column(runs, &Run::mainMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::appMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::constructedMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::shownMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::startedMs).median, 8, 'f', 1)
                   .arg(column(runs, &Run::exposedMs).median, 8, 'f', 1)
                   .arg(column(runs, &Run::exposedMs).p90, 9, 'f', 1);
    };
    row("bare", bare);
    row("editor", editor);
    const double ratio =
        column(editor, &Run::exposedMs).median / column(bare, &Run::exposedMs).median;
    out << QStringLiteral("(medians in ms from spawning the process: main() entered, QApplication "
                          "built, window\nconstructed, show() returned, start() returned, window "
                          "exposed; the last column its p90)\n"
                          "editor / bare, exposed medians: %1; target at most %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(kTarget, 0, 'f', 2);
    out << "The machine may be shared: compare the ratio, not the absolute times.\n";
    return 0;
}
