// Start-up against a bare QMainWindow: in fresh child processes (this binary with --child), the
// time from spawning the process to the window's first frame (its expose event handled, which
// paints it), for the editor's MainWindow
// started empty as app/main.cpp starts it (empty draft store, offline profile) and for a bare
// QMainWindow in a QApplication. The two alternate (A/B, then B/A) so load on the machine falls
// on both alike; prints medians, p90 and the ratio with its target.
#include "apptranslator.h"
#include "firstframewatch.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <utility>

namespace {

constexpr int kWarmUp = 2;
constexpr int kRuns = 20;
constexpr double kTarget = 1.5;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_start: %s\n", qPrintable(why));
    std::exit(1);
}

enum class Kind { Bare, Plain, Editor };

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bare:
        return "bare";
    case Kind::Plain:
        return "plain";
    case Kind::Editor:
        break;
    }
    return "editor";
}

int child(int argc, char **argv, Kind kind, const QString &url)
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    const qint64 appNs = monotonicNs();
    qint64 constructedNs = 0, shownNs = 0, startedNs = 0, exposedNs = 0, paintedNs = 0;
    std::function<bool()> ready = [] { return true; };
    std::function<void()> report;
    report = [&] {
        if (!ready()) {
            QTimer::singleShot(0, report);
            return;
        }
        std::printf("main=%lld app=%lld constructed=%lld shown=%lld started=%lld exposed=%lld "
                    "painted=%lld ready=%lld\n",
                    static_cast<long long>(mainNs), static_cast<long long>(appNs),
                    static_cast<long long>(constructedNs), static_cast<long long>(shownNs),
                    static_cast<long long>(startedNs), static_cast<long long>(exposedNs),
                    static_cast<long long>(paintedNs), static_cast<long long>(monotonicNs()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    FirstFrameWatch watch([&](qint64 exposed, qint64 painted) {
        exposedNs = exposed;
        paintedNs = painted;
        report();
    });
    const auto showAndRun = [&](QMainWindow &window) {
        constructedNs = monotonicNs();
        window.createWinId();
        window.windowHandle()->installEventFilter(&watch);
        window.show();
        shownNs = startedNs = monotonicNs();
        return app.exec();
    };
    QTimer::singleShot(60000, [] { QCoreApplication::exit(3); }); // never hang the benchmark
    if (kind == Kind::Plain) {
        // What any window with text needs and a bare one does not: the font database
        // (fontconfig), text shaping and painting, and the menu bar's and tool bar's standard
        // icons (the image plugins).
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open"));
        window.menuBar()->addMenu(QStringLiteral("&Edit"))->addAction(QStringLiteral("&Undo"));
        QToolBar *bar = window.addToolBar(QStringLiteral("Main"));
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addAction(file->actions().constFirst());
        auto *search = new QLineEdit(&window);
        search->setPlaceholderText(QStringLiteral("Name begins with…"));
        window.setCentralWidget(search);
        window.statusBar()->showMessage(QStringLiteral("Not connected"));
        window.resize(1200, 820);
        return showAndRun(window);
    }
    if (kind == Kind::Bare) {
        QMainWindow window;
        return showAndRun(window);
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
    ready = [&window] { return !window.isStartPending(); };
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
    double paintedMs = 0;     // first frame painted
    double readyMs = 0;       // what start() left for after the first frame done
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
    Run run(Kind kind)
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
                      {QStringLiteral("--child"), QString::fromLatin1(kindName(kind)), m_url});
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(5000);
            die(QStringLiteral("the %1 child failed (exit code %2)")
                    .arg(QString::fromLatin1(kindName(kind)))
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
        if (fields.value(QStringLiteral("ready")) <= 0)
            die(QStringLiteral("a child never reported its window painted"));
        return {since("main"),    since("app"),     since("constructed"), since("shown"),
                since("started"), since("exposed"), since("painted"),     since("ready")};
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
        return child(argc, argv,
                     qstrcmp(argv[2], "editor") == 0  ? Kind::Editor
                     : qstrcmp(argv[2], "plain") == 0 ? Kind::Plain
                                                      : Kind::Bare,
                     QString::fromLocal8Bit(argv[3]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    StartBench bench;
    for (int i = 0; i < kWarmUp; ++i) {
        for (Kind kind : {Kind::Bare, Kind::Plain, Kind::Editor})
            bench.run(kind);
    }
    QList<Run> bare, plain, editor;
    for (int i = 0; i < kRuns; ++i) {
        if (i % 2 == 0) {
            bare.append(bench.run(Kind::Bare));
            plain.append(bench.run(Kind::Plain));
            editor.append(bench.run(Kind::Editor));
        } else {
            editor.append(bench.run(Kind::Editor));
            plain.append(bench.run(Kind::Plain));
            bare.append(bench.run(Kind::Bare));
        }
    }
    const auto column = [](const QList<Run> &runs, double Run::*field) {
        QList<double> ms;
        for (const Run &r : runs)
            ms.append(r.*field);
        return stats(ms);
    };
    out << "Start-up, spawn -> first frame painted, in fresh child processes "
           "(QT_QPA_PLATFORM=offscreen),\n"
        << kRuns << " runs of each after " << kWarmUp << " warm-up runs, A/B and B/A alternating.\n"
        << "editor: MainWindow as app/main.cpp starts it: show(), start() with an offline profile\n"
        << "  (a closed loopback port, secret given) and an empty draft store in a fresh HOME.\n"
        << "bare: a QMainWindow with nothing in it, shown in a QApplication.\n"
        << "plain: a QMainWindow with a menu bar, a tool bar, a line edit and a status message:\n"
        << "  what every window with text pays for (fonts, shaping, standard icons).\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(QStringLiteral("window"), -7)
               .arg(QStringLiteral("main()"), 7)
               .arg(QStringLiteral("app"), 7)
               .arg(QStringLiteral("built"), 7)
               .arg(QStringLiteral("shown"), 7)
               .arg(QStringLiteral("started"), 8)
               .arg(QStringLiteral("exposed"), 8)
               .arg(QStringLiteral("painted"), 8)
               .arg(QStringLiteral("p90"), 6)
               .arg(QStringLiteral("ready"), 7);
    const auto row = [&](const char *name, const QList<Run> &runs) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(QString::fromLatin1(name), -7)
                   .arg(column(runs, &Run::mainMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::appMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::constructedMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::shownMs).median, 7, 'f', 1)
                   .arg(column(runs, &Run::startedMs).median, 8, 'f', 1)
                   .arg(column(runs, &Run::exposedMs).median, 8, 'f', 1)
                   .arg(column(runs, &Run::paintedMs).median, 8, 'f', 1)
                   .arg(column(runs, &Run::paintedMs).p90, 6, 'f', 1)
                   .arg(column(runs, &Run::readyMs).median, 7, 'f', 1);
    };
    row("bare", bare);
    row("plain", plain);
    row("editor", editor);
    const double ratio =
        column(editor, &Run::paintedMs).median / column(bare, &Run::paintedMs).median;
    out << QStringLiteral("(medians in ms from spawning the process: main() entered, QApplication "
                          "built, window\nconstructed, show() returned, start() returned, window "
                          "exposed, first frame painted\nand its p90, and ready: the draft store "
                          "open and signing in begun, which start() leaves\nfor after the first "
                          "frame)\n"
                          "editor / bare, first frame medians: %1; target at most %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(kTarget, 0, 'f', 2);
    out << QStringLiteral("plain / bare: %1; editor / plain: %2\n")
               .arg(column(plain, &Run::paintedMs).median / column(bare, &Run::paintedMs).median, 0,
                    'f', 2)
               .arg(column(editor, &Run::paintedMs).median / column(plain, &Run::paintedMs).median,
                    0, 'f', 2);
    out << "The machine may be shared: compare the ratio, not the absolute times.\n";
    return 0;
}
