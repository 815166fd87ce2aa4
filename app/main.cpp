#include "apptranslator.h"
#include "connectionprofile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACT_EDITOR_VERSION));
    AppTranslator::install();
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Contact Editor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("contact-editor"));

    QIcon icon(QStringLiteral(":/icons/contact-editor.svg"));
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/contact-editor-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Edit SuperOffice CRM companies, online or offline.\n\nFor scripted use the "
                "password, ticket or "
                "token may come from the CONTACT_EDITOR_SECRET environment variable."));
    parser.addHelpOption();
    parser.addVersionOption();
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
        QCoreApplication::translate("main",
                                    "How to sign in: basic, soticket or bearer (default basic)."),
        QStringLiteral("scheme"), QStringLiteral("basic"));
    const QCommandLineOption contact(
        QStringLiteral("contact"),
        QCoreApplication::translate("main", "Open the company with this id."),
        QStringLiteral("id"));
    parser.addOptions({server, user, auth, contact});
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
    if (parser.isSet(server) || parser.isSet(user)) {
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
                             "main", "--auth must be basic, soticket or bearer.")));
            return 2;
        }
        ConnectionProfile profile;
        const QUrl url = QUrl::fromUserInput(parser.value(server));
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

    MainWindow window;
    window.show();
    window.start(options);
    return app.exec();
}
