#include "profilestore.h"

#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcProfiles, "contacteditor.profiles", QtWarningMsg)

const QString profilesArray = QStringLiteral("profiles");
const QString lastProfileKey = QStringLiteral("lastProfile");

namespace Key {
const QString name = QStringLiteral("name");
const QString baseUrl = QStringLiteral("baseUrl");
const QString authScheme = QStringLiteral("authScheme");
const QString userName = QStringLiteral("userName");
const QString hasAppToken = QStringLiteral("hasAppToken");
const QString language = QStringLiteral("language");
const QString culture = QStringLiteral("culture");
const QString timeZone = QStringLiteral("timeZone");
const QString allowInsecureHttp = QStringLiteral("allowInsecureHttp");
const QString loginUrl = QStringLiteral("loginUrl");
const QString clientId = QStringLiteral("clientId");
const QString hasClientSecret = QStringLiteral("hasClientSecret");
const QString tenant = QStringLiteral("tenant");
} // namespace Key

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(
          new QSettings(QStringLiteral("contact-editor"), QStringLiteral("contact-editor"), this))
{}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(profilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.setName(m_settings->value(Key::name).toString());
        p.setBaseUrl(QUrl(m_settings->value(Key::baseUrl).toString()));
        bool ok = false;
        p.setAuthScheme(ConnectionProfile::authSchemeFromName(
            m_settings->value(Key::authScheme).toString(), &ok));
        p.setUserName(m_settings->value(Key::userName).toString());
        p.setHasAppToken(m_settings->value(Key::hasAppToken, false).toBool());
        p.setLanguage(m_settings->value(Key::language).toString());
        p.setCulture(m_settings->value(Key::culture).toString());
        p.setTimeZone(m_settings->value(Key::timeZone).toString());
        p.setAllowInsecureHttp(m_settings->value(Key::allowInsecureHttp, false).toBool());
        p.setLoginUrl(QUrl(m_settings->value(Key::loginUrl).toString()));
        p.setClientId(m_settings->value(Key::clientId).toString());
        p.setHasClientSecret(m_settings->value(Key::hasClientSecret, false).toBool());
        p.setTenant(m_settings->value(Key::tenant).toString());
        if (!ok)
            qCWarning(lcProfiles) << "profile" << p.name()
                                  << "has an unknown auth scheme; using basic";
        if (!p.name().isEmpty())
            result.append(p);
    }
    m_settings->endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name() == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.name().trimmed().isEmpty()) {
        qCWarning(lcProfiles) << "not saving a profile without a name";
        return;
    }
    QList<ConnectionProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ConnectionProfile &p) { return p.name() == profile.name(); });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeAll(all);
    emit changed();
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&](const ConnectionProfile &p) { return p.name() == name; });
    if (removed == 0)
        return;
    writeAll(all);
    if (lastProfileName() == name)
        m_settings->remove(lastProfileKey);
    m_settings->sync();
    emit changed();
}

QString ProfileStore::lastProfileName() const
{
    return m_settings->value(lastProfileKey).toString();
}

void ProfileStore::setLastProfileName(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(lastProfileKey);
    else
        m_settings->setValue(lastProfileKey, name);
    m_settings->sync();
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    // Rewritten whole: QSettings arrays do not shrink by themselves.
    m_settings->remove(profilesArray);
    m_settings->beginWriteArray(profilesArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(Key::name, p.name());
        // Never user info: a password typed into the address must not reach the settings file.
        m_settings->setValue(
            Key::baseUrl, p.baseUrl().adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
        m_settings->setValue(Key::authScheme, ConnectionProfile::authSchemeName(p.authScheme()));
        m_settings->setValue(Key::userName, p.userName());
        m_settings->setValue(Key::hasAppToken, p.hasAppToken());
        m_settings->setValue(Key::language, p.language());
        m_settings->setValue(Key::culture, p.culture());
        m_settings->setValue(Key::timeZone, p.timeZone());
        m_settings->setValue(Key::allowInsecureHttp, p.allowInsecureHttp());
        if (p.isOnline()) {
            m_settings->setValue(Key::loginUrl, p.loginUrl().toString(QUrl::FullyEncoded));
            m_settings->setValue(Key::clientId, p.clientId());
            m_settings->setValue(Key::hasClientSecret, p.hasClientSecret());
            m_settings->setValue(Key::tenant, p.tenant());
        }
    }
    m_settings->endArray();
    m_settings->sync();
}
