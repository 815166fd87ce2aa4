#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

// Loads the application's translation (embedded under :/i18n) and Qt's own for a language, and
// installs them on the application; also keeps the language chosen in the settings dialog.
class AppTranslator
{
public:
    struct Language
    {
        QString code;       // ISO 639-1, e.g. "nb"; empty for the system's language
        QString nativeName; // the language in its own words, e.g. "Norsk bokmål"
    };

    // The languages the editor speaks, English first; "System default" is not among them.
    static QList<Language> languages();

    // The language chosen in the settings (QSettings "ui/language"), empty for the system's.
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &code);
    // What the application starts in: the configured language, else the system locale.
    static QLocale startupLocale();

    // Installs the translations for the locale (replacing any installed before) and makes it the
    // default QLocale, so number formats and the language asked of the server follow it.
    // Returns true when the application's own translation was found (English needs none).
    static bool install(const QLocale &locale = startupLocale());
    // Whether Qt's own catalogue (buttons, standard dialogs) was loaded by the last install().
    static bool qtCatalogueLoaded();
};
