#include "appsettings.h"
#include "apptranslator.h"
#include "connectionprofile.h"
#include "mainwindow.h"
#include "messagebox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QUrl>

#include <cstdio>

namespace {

struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption server;
    QCommandLineOption user;
    QCommandLineOption auth;
    QCommandLineOption clientId;
    QCommandLineOption login;
    QCommandLineOption contact;
};

// The editor's command line. Descriptions are translated when it is built, so it is built after
// the translators are installed.
Options describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Edit SuperOffice CRM companies, online or offline.\n\nFor scripted use the "
                "password, ticket or "
                "token may come from the CONTACT_EDITOR_SECRET environment variable."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "main", "The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345."),
        QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "The user name."),
                                  QStringLiteral("name"));
    const QCommandLineOption auth(
        QStringLiteral("auth"),
        QCoreApplication::translate(
            "main", "How to sign in: basic, soticket, bearer or online (default basic). online "
                    "signs in to SuperOffice CRM Online in the browser."),
        QStringLiteral("scheme"), QStringLiteral("basic"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"),
        QCoreApplication::translate(
            "main", "With --auth online: the application's client id from SuperOffice's "
                    "developer portal."),
        QStringLiteral("id"));
    const QCommandLineOption login(
        QStringLiteral("login"),
        QCoreApplication::translate(
            "main", "With --auth online: online (default), sod, stage, or the address of a "
                    "sign-in service (https, or http on this computer)."),
        QStringLiteral("where"), QStringLiteral("online"));
    const QCommandLineOption contact(
        QStringLiteral("contact"),
        QCoreApplication::translate("main", "Open the company with this id."),
        QStringLiteral("id"));
    parser.addOptions({server, user, auth, clientId, login, contact});
    return {help, version, server, user, auth, clientId, login, contact};
}

// --help and --version only print: they must work where there is no display (a terminal over
// SSH, a package build), where a QApplication would abort before the parser ever ran. A command
// line that does not parse goes the usual way, since it may carry Qt's own GUI options
// (-platform, -style) that only a QApplication takes out.
bool answersOnTerminal(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const Options options = describe(parser);
    if (!parser.parse(arguments))
        return false;
    return parser.isSet(options.help) || parser.isSet(options.version) ||
           parser.optionNames().contains(QLatin1String("help-all"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACT_EDITOR_VERSION));
    if (answersOnTerminal(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppTranslator::install();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    // The language chosen in the settings, else the system's; a change takes effect here, at the
    // next start.
    AppTranslator::install();
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Contact Editor"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CONTACT_EDITOR_APP_ID));

    QIcon icon(QStringLiteral(":/icons/contact-editor.svg"));
    for (int size : {16, 22, 24, 32, 48, 64, 96, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/contact-editor-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    const Options o = describe(parser);
    const QCommandLineOption &server = o.server;
    const QCommandLineOption &user = o.user;
    const QCommandLineOption &auth = o.auth;
    const QCommandLineOption &clientId = o.clientId;
    const QCommandLineOption &login = o.login;
    const QCommandLineOption &contact = o.contact;
    parser.process(app);

    MainWindow::StartOptions options;
    if (parser.isSet(contact)) {
        bool ok = false;
        options.contactId = parser.value(contact).toInt(&ok);
        if (!ok || options.contactId <= 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "--contact needs a company id (a positive number).")));
            return 2;
        }
    }
    auto refuse = [](const char *text) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", text)));
        return 2;
    };
    const bool online =
        parser.value(auth).compare(QLatin1String("online"), Qt::CaseInsensitive) == 0;
    if (online) {
        if (parser.isSet(server) || parser.isSet(user))
            return refuse(QT_TRANSLATE_NOOP(
                "main", "--auth online finds the server and user by signing in; leave out "
                        "--server and --user."));
        if (!parser.isSet(clientId))
            return refuse(QT_TRANSLATE_NOOP(
                "main", "--auth online needs --client-id, the application's client id from "
                        "SuperOffice's developer portal."));
        bool ok = false;
        const QUrl loginUrl = ConnectionProfile::onlineLoginUrlFromName(parser.value(login), &ok);
        if (!ok)
            return refuse(QT_TRANSLATE_NOOP(
                "main", "--login must be online, sod, stage or an https address (http only on "
                        "this computer)."));
        ConnectionProfile profile;
        profile.setAuthScheme(ConnectionProfile::AuthScheme::Online);
        profile.setName(loginUrl.host());
        profile.setLoginUrl(loginUrl);
        profile.setClientId(parser.value(clientId));
        const QString problem = profile.validate();
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 2;
        }
        options.profile = profile;
        // An optional client secret, for tenants that want one; never on the command line.
        options.secret = qEnvironmentVariable("CONTACT_EDITOR_SECRET");
        qunsetenv("CONTACT_EDITOR_SECRET");
    } else if (parser.isSet(clientId) || parser.isSet(login)) {
        return refuse(QT_TRANSLATE_NOOP("main", "--client-id and --login go with --auth online."));
    }
    if (!online && (parser.isSet(server) || parser.isSet(user))) {
        if (!parser.isSet(server) || !parser.isSet(user)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "--server and --user go together.")));
            return 2;
        }
        bool ok = false;
        const auto scheme = ConnectionProfile::authSchemeFromName(parser.value(auth), &ok);
        if (!ok) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "--auth must be basic, soticket, bearer or online.")));
            return 2;
        }
        ConnectionProfile profile;
        // Taken as written: a script's address is never guessed at (no plain HTTP by guesswork).
        const QUrl url(parser.value(server).trimmed(), QUrl::StrictMode);
        profile.setBaseUrl(url);
        profile.setName(url.host() +
                        (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString()));
        profile.setUserName(parser.value(user));
        profile.setAuthScheme(scheme);
        const QString problem = profile.validate();
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 2;
        }
        options.profile = profile;
        // Read once and cleared, so child processes do not inherit it.
        options.secret = qEnvironmentVariable("CONTACT_EDITOR_SECRET");
        qunsetenv("CONTACT_EDITOR_SECRET");
    }

    // A drafts folder chosen in the settings: the database moves there before it is opened.
    const QString draftsNotMoved = AppSettings::moveDraftsIfAsked();
    MainWindow window;
    window.show();
    window.start(options);
    if (!draftsNotMoved.isEmpty())
        MessageBox::inform(&window, QCoreApplication::translate("main", "Drafts folder"),
                           draftsNotMoved);
    return app.exec();
}
