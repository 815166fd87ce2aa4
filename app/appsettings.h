#pragma once

#include <QString>

// The settings dialog's choices that other parts read at start: the connection to use, and the
// folder the draft database lives in (QSettings; the language is AppTranslator's).
class AppSettings
{
public:
    // The saved connection to sign in with at start; empty: the one used last.
    static QString defaultConnection();
    static void setDefaultConnection(const QString &name);

    // The folder chosen for the draft database; empty: the user's data folder.
    static QString draftsFolder();
    // Takes effect at the next start, when the database in use (currentPath) is moved there.
    static void setDraftsFolder(const QString &folder, const QString &currentPath);
    // The draft database's file for the folder (the data folder when empty).
    static QString draftsPathIn(const QString &folder);
    // At start, before the draft store opens: moves the database (and its WAL files) to a newly
    // chosen folder. Returns a message for the user when it could not, else an empty string.
    static QString moveDraftsIfAsked();
};
