#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kDefaultConnection = QStringLiteral("connection/default");
const QString kDraftsFolder = QStringLiteral("drafts/folder");
const QString kDraftsMoveFrom = QStringLiteral("drafts/moveFrom");
const QString kFileName = QStringLiteral("drafts.sqlite");

// Rename within a file system; copy and remove across them. The WAL files go with the database
// so nothing committed is left behind.
bool moveFile(const QString &from, const QString &to)
{
    if (!QFile::exists(from))
        return true;
    if (QFile::rename(from, to))
        return true;
    return QFile::copy(from, to) && QFile::remove(from);
}

} // namespace

QString AppSettings::defaultConnection()
{
    return QSettings().value(kDefaultConnection).toString();
}

void AppSettings::setDefaultConnection(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kDefaultConnection);
    else
        settings.setValue(kDefaultConnection, name);
}

QString AppSettings::draftsFolder()
{
    return QSettings().value(kDraftsFolder).toString();
}

void AppSettings::setDraftsFolder(const QString &folder, const QString &currentPath)
{
    QSettings settings;
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (draftsPathIn(cleaned) == currentPath) {
        settings.remove(kDraftsMoveFrom);
    } else if (!settings.contains(kDraftsMoveFrom)) {
        // Only the file in use holds the drafts: a second change before a restart moves it too.
        settings.setValue(kDraftsMoveFrom, currentPath);
    }
    if (cleaned.isEmpty())
        settings.remove(kDraftsFolder);
    else
        settings.setValue(kDraftsFolder, cleaned);
}

QString AppSettings::draftsPathIn(const QString &folder)
{
    const QString dir = folder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : folder;
    return dir + QLatin1Char('/') + kFileName;
}

QString AppSettings::moveDraftsIfAsked()
{
    QSettings settings;
    const QString from = settings.value(kDraftsMoveFrom).toString();
    if (from.isEmpty())
        return QString();
    const QString to = draftsPathIn(draftsFolder());
    if (from == to || !QFile::exists(from)) {
        settings.remove(kDraftsMoveFrom);
        return QString();
    }
    if (QFile::exists(to)) {
        // Never overwrite drafts: the old folder stays in use until the user sorts it out.
        settings.setValue(kDraftsFolder, QFileInfo(from).absolutePath());
        settings.remove(kDraftsMoveFrom);
        return QCoreApplication::translate(
                   "AppSettings", "The drafts were not moved: %1 already holds a draft database. "
                                  "They stay in %2.")
            .arg(QFileInfo(to).absolutePath(), QFileInfo(from).absolutePath());
    }
    QDir().mkpath(QFileInfo(to).absolutePath());
    bool ok = moveFile(from, to);
    for (const char *suffix : {"-wal", "-shm"})
        ok = ok && moveFile(from + QLatin1String(suffix), to + QLatin1String(suffix));
    settings.remove(kDraftsMoveFrom);
    if (ok)
        return QString();
    settings.setValue(kDraftsFolder, QFileInfo(from).absolutePath());
    return QCoreApplication::translate("AppSettings",
                                       "The drafts could not be moved to %1. They stay in %2.")
        .arg(QFileInfo(to).absolutePath(), QFileInfo(from).absolutePath());
}
