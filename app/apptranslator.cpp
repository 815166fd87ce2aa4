#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// The translators of the last install(), removed again when the language changes.
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

void drop(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Qt ships no Bokmål catalogue for its own dialogs; Nynorsk's button and dialog words are the
// closest there is (and mostly the same), so Bokmål falls back to it before English.
QList<QLocale> qtCatalogueLocales(const QLocale &locale)
{
    QList<QLocale> out{locale};
    if (locale.language() == QLocale::NorwegianBokmal)
        out.append(QLocale(QLocale::NorwegianNynorsk, QLocale::Norway));
    return out;
}

} // namespace

QList<AppTranslator::Language> AppTranslator::languages()
{
    // Each in its own words, never translated: a user who cannot read the current language
    // still finds theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
        {QStringLiteral("da"), QStringLiteral("Dansk")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
    };
}

QString AppTranslator::configuredLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    for (const Language &l : languages()) {
        if (l.code == code)
            return code;
    }
    return QString(); // unset, or a language this version no longer has: the system's
}

void AppTranslator::setConfiguredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QLocale AppTranslator::startupLocale()
{
    const QString code = configuredLanguage();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool AppTranslator::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    drop(g_own);
    drop(g_qt);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("contact-editor"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(own);
        g_own = own;
    } else {
        delete own;
    }
    // Qt's own dialog and button strings, when the system has them (qt6-translations-l10n). The
    // "qt" catalogue names qtbase and the other modules' catalogues for the language.
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QLocale &candidate : qtCatalogueLocales(locale)) {
        auto *qt = new QTranslator(app);
        if (qt->load(candidate, QStringLiteral("qtbase"), QStringLiteral("_"), dir) ||
            qt->load(candidate, QStringLiteral("qt"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
            break;
        }
        delete qt;
    }
    return found;
}

bool AppTranslator::qtCatalogueLoaded()
{
    return !g_qt.isNull();
}
