#pragma once

#include "connectionprofile.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QString>

class QSettings;

// The saved connection profiles and the one used last, in QSettings. Never holds a secret:
// those go to CredentialStore.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's settings (organisation and application "contact-editor").
    explicit ProfileStore(QObject *parent = nullptr);
    // Other settings, e.g. a temporary file in tests; not owned.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Adds the profile, or replaces the one with the same name.
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastProfileName() const;
    void setLastProfileName(const QString &name);

signals:
    // The list of profiles or one of them changed.
    void changed();

private:
    void writeAll(const QList<ConnectionProfile> &profiles);

    QSettings *m_settings;
};
