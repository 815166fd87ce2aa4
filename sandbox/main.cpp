// contact-sandbox: a local SuperOffice-compatible WebAPI server for the demo and the tests.
#include "connectionlimiter.h"
#include "sandboxserver.h"
#include "signalwatcher.h"
#include "userdirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contact-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACT_EDITOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local SuperOffice-compatible WebAPI server for contact-editor's demo and tests.\n"
        "Default users (user / password): demo / demo (full rights), viewer / viewer (read-only),\n"
        "restricted / restricted (some fields hidden, read-only or mandatory)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"),
        QStringLiteral("Write the chosen port to this file once listening."),
        QStringLiteral("PATH"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Keep the companies in DIR/sandbox.sqlite."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory"), QStringLiteral("Keep the companies in memory only (default)."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Add the demo companies when the store is empty."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Add N generated companies when the store is empty."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption configOption(
        QStringList{QStringLiteral("config"), QStringLiteral("users")},
        QStringLiteral("Users from a JSON file ({\"users\": [...]})."), QStringLiteral("FILE"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, e.g. kind=delay,ms=2000,path=Save or "
                       "kind=status,status=500,rate=0.1 (repeatable); seed=N makes the draws "
                       "repeatable."),
        QStringLiteral("SPEC"));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"),
        QStringLiteral("Enable the test hooks under /sandbox/ (faults, request log, reset)."));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection that has no request for MS milliseconds (120000)."),
        QStringLiteral("MS"), QStringLiteral("120000"));
    const QCommandLineOption requestTimeoutOption(
        QStringLiteral("request-timeout"),
        QStringLiteral("Answer 408 to a request not received whole within MS milliseconds "
                       "(30000)."),
        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption bodyLimitOption(
        QStringLiteral("body-limit"),
        QStringLiteral("Answer 413 to a request body larger than BYTES (16777216)."),
        QStringLiteral("BYTES"), QStringLiteral("16777216"));
    const QCommandLineOption maxFdsOption(
        QStringLiteral("max-fds"),
        QStringLiteral("Set the soft file-descriptor limit to N (default: the hard limit)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({portOption, portFileOption, dataOption, memoryOption, demoOption, seedOption,
                       configOption, faultOption, adminOption, idleOption, requestTimeoutOption,
                       bodyLimitOption, maxFdsOption});
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(dataOption) && parser.isSet(memoryOption)) {
        err << "contact-sandbox: --data and --memory exclude each other\n";
        return 2;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "contact-sandbox: --port needs a number from 0 to 65535\n";
        return 2;
    }
    const int seed = parser.value(seedOption).toInt(&ok);
    if (!ok || seed < 0) {
        err << "contact-sandbox: --seed needs a number of companies\n";
        return 2;
    }

    const int idleTimeout = parser.value(idleOption).toInt(&ok);
    if (!ok || idleTimeout <= 0) {
        err << "contact-sandbox: --idle-timeout needs a number of milliseconds\n";
        return 2;
    }
    const int requestTimeout = parser.value(requestTimeoutOption).toInt(&ok);
    if (!ok || requestTimeout <= 0) {
        err << "contact-sandbox: --request-timeout needs a number of milliseconds\n";
        return 2;
    }
    const qint64 bodyLimit = parser.value(bodyLimitOption).toLongLong(&ok);
    if (!ok || bodyLimit < 0) {
        err << "contact-sandbox: --body-limit needs a number of bytes\n";
        return 2;
    }
    const qint64 maxFds = parser.value(maxFdsOption).toLongLong(&ok);
    if (!ok || maxFds < 0) {
        err << "contact-sandbox: --max-fds needs a number of descriptors\n";
        return 2;
    }
    // As many connections as the system lets this process hold (a soft limit of 1024 is common).
    ConnectionLimiter::setFileLimit(maxFds);

    UserDirectory users;
    QString error;
    if (parser.isSet(configOption) && !users.load(parser.value(configOption), &error)) {
        err << "contact-sandbox: " << error << '\n';
        return 2;
    }

    SandboxServer::Options options;
    if (parser.isSet(dataOption)) {
        const QString dir = parser.value(dataOption);
        if (!QDir().mkpath(dir)) {
            err << "contact-sandbox: cannot create " << dir << '\n';
            return 2;
        }
        options.databaseFile = QDir(dir).filePath(QStringLiteral("sandbox.sqlite"));
    }
    options.demo = parser.isSet(demoOption);
    options.seed = seed;
    options.admin = parser.isSet(adminOption);
    options.idleTimeoutMs = idleTimeout;
    options.requestTimeoutMs = requestTimeout;
    options.bodyLimit = bodyLimit;

    SandboxServer server(users);
    for (const QString &spec : parser.values(faultOption)) {
        std::optional<FaultInjector::Fault> fault;
        std::optional<quint32> faultSeed;
        if (!FaultInjector::parseSpec(spec, &fault, &faultSeed, &error)) {
            err << "contact-sandbox: --fault " << spec << ": " << error << '\n';
            return 2;
        }
        if (faultSeed)
            server.faults().setSeed(*faultSeed);
        if (fault)
            server.faults().add(*fault);
    }
    if (!server.setUp(options, &error)) {
        err << "contact-sandbox: cannot open the store: " << error << '\n';
        return 1;
    }
    const quint16 chosen = server.listenLocal(quint16(port));
    if (!chosen) {
        err << "contact-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    if (parser.isSet(portFileOption)) {
        QSaveFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(chosen)) < 0 ||
            !file.commit()) {
            err << "contact-sandbox: cannot write the port file " << parser.value(portFileOption)
                << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << "contact-sandbox listening on http://127.0.0.1:" << chosen << Qt::endl;

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });
    return app.exec();
}
