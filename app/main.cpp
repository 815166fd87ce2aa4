#include "apptranslator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("contact-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACT_EDITOR_VERSION));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Contact Editor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("contact-editor"));
    AppTranslator::install();

    QIcon icon(QStringLiteral(":/icons/contact-editor.svg"));
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/contact-editor-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit SuperOffice CRM companies, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
