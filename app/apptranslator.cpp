#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool AppTranslator::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("contact-editor"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own dialog strings, when the system has them (qt6-translations-l10n).
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}
