#pragma once

#include <QLocale>
#include <QObject>

// Loads the application's translation (embedded under :/i18n) and Qt's own for a language, and
// installs them on the application.
class AppTranslator
{
public:
    // Returns true when a translation for the locale was found (English needs none).
    static bool install(const QLocale &locale = QLocale());
};
