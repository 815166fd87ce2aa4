#include "profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Connection profiles in QSettings: round trip, replace, remove, the last profile, and no secret
// in the settings file.
class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void onlineRoundTrip();
    void init();
    void cleanup();
    void emptyAtFirst();
    void roundTrip();
    void saveReplacesByName();
    void removeAndLastProfile();
    void unnamedProfileIsNotSaved();
    void noSecretInSettings();
    void defaultSettingsLocation();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

ConnectionProfile tenant()
{
    ConnectionProfile p;
    p.setName(QStringLiteral("Tenant 12345"));
    p.setBaseUrl(QUrl(QStringLiteral("https://sod2.superoffice.com/Cust12345")));
    p.setAuthScheme(ConnectionProfile::AuthScheme::SoTicket);
    p.setUserName(QStringLiteral("jane.doe@example.com"));
    p.setHasAppToken(true);
    p.setLanguage(QStringLiteral("nb"));
    p.setCulture(QStringLiteral("nb-NO"));
    p.setTimeZone(QStringLiteral("CET"));
    return p;
}

ConnectionProfile onPremises()
{
    ConnectionProfile p;
    p.setName(QStringLiteral("On premises / test"));
    p.setBaseUrl(QUrl(QStringLiteral("http://crm.example.com/SuperOffice")));
    p.setAuthScheme(ConnectionProfile::AuthScheme::Basic);
    p.setUserName(QStringLiteral("admin"));
    p.setAllowInsecureHttp(true);
    return p;
}

ConnectionProfile sandbox()
{
    ConnectionProfile p;
    p.setName(QStringLiteral("Sandbox"));
    p.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    p.setAuthScheme(ConnectionProfile::AuthScheme::Bearer);
    p.setUserName(QStringLiteral("test"));
    return p;
}

} // namespace

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::cleanup()
{
    m_dir.reset();
}

void TestProfileStore::emptyAtFirst()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("Tenant 12345")).has_value());
    QVERIFY(store.lastProfileName().isEmpty());
}

void TestProfileStore::roundTrip()
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QSignalSpy changed(&store, &ProfileStore::changed);
        store.save(tenant());
        store.save(onPremises());
        store.save(sandbox());
        store.setLastProfileName(QStringLiteral("Sandbox"));
        QCOMPARE(changed.count(), 3);
    }
    // A new settings object reads the file afresh, as the next run does.
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QList<ConnectionProfile> all = store.profiles();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0), tenant());
    QCOMPARE(all.at(1), onPremises());
    QCOMPARE(all.at(2), sandbox());
    QCOMPARE(store.profile(QStringLiteral("On premises / test")).value(), onPremises());
    QCOMPARE(store.profile(QStringLiteral("Sandbox"))->authScheme(),
             ConnectionProfile::AuthScheme::Bearer);
    QVERIFY(!store.profile(QStringLiteral("sandbox")).has_value()); // names are exact
    QCOMPARE(store.lastProfileName(), QStringLiteral("Sandbox"));

    // Stored by name, not as an enum number that reordering would change.
    settings->beginReadArray(QStringLiteral("profiles"));
    settings->setArrayIndex(0);
    QCOMPARE(settings->value(QStringLiteral("authScheme")).toString(), QStringLiteral("soticket"));
    settings->endArray();
}

void TestProfileStore::onlineRoundTrip()
{
    ConnectionProfile p;
    p.setAuthScheme(ConnectionProfile::AuthScheme::Online);
    p.setName(QStringLiteral("Cust12345 (SuperOffice Online)"));
    p.setLoginUrl(QUrl(QStringLiteral("https://sod.superoffice.com/login")));
    p.setClientId(QStringLiteral("client-1"));
    p.setHasClientSecret(true);
    p.setTenant(QStringLiteral("Cust12345"));
    p.setUserName(QStringLiteral("jane@example.com"));
    p.setBaseUrl(QUrl(QStringLiteral("https://sod2.superoffice.com/Cust12345")));
    {
        auto settings = openSettings();
        ProfileStore(settings.get()).save(p);
    }
    auto settings = openSettings();
    const auto back = ProfileStore(settings.get()).profile(p.name());
    QVERIFY(back);
    QCOMPARE(*back, p);
}

void TestProfileStore::saveReplacesByName()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(tenant());
    store.save(sandbox());
    ConnectionProfile changedTenant = tenant();
    changedTenant.setUserName(QStringLiteral("bob"));
    changedTenant.setHasAppToken(false);
    changedTenant.setTimeZone(QString());
    QSignalSpy changed(&store, &ProfileStore::changed);
    store.save(changedTenant);
    QCOMPARE(changed.count(), 1);
    const QList<ConnectionProfile> all = store.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), changedTenant);
    QCOMPARE(all.at(1), sandbox());
}

void TestProfileStore::removeAndLastProfile()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(tenant());
    store.save(onPremises());
    store.save(sandbox());
    store.setLastProfileName(QStringLiteral("Tenant 12345"));
    QSignalSpy changed(&store, &ProfileStore::changed);

    store.remove(QStringLiteral("On premises / test"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.profiles(), (QList<ConnectionProfile>{tenant(), sandbox()}));
    QCOMPARE(store.lastProfileName(), QStringLiteral("Tenant 12345"));

    store.remove(QStringLiteral("no such profile"));
    QCOMPARE(changed.count(), 1);

    // Removing the last-used profile forgets that it was last.
    store.remove(QStringLiteral("Tenant 12345"));
    QCOMPARE(store.profiles(), QList<ConnectionProfile>{sandbox()});
    QVERIFY(store.lastProfileName().isEmpty());

    store.remove(QStringLiteral("Sandbox"));
    QVERIFY(store.profiles().isEmpty());
    auto reopened = openSettings();
    QVERIFY(ProfileStore(reopened.get()).profiles().isEmpty());
}

void TestProfileStore::unnamedProfileIsNotSaved()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QSignalSpy changed(&store, &ProfileStore::changed);
    ConnectionProfile p = sandbox();
    p.setName(QStringLiteral("  "));
    QTest::ignoreMessage(QtWarningMsg, "not saving a profile without a name");
    store.save(p);
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestProfileStore::noSecretInSettings()
{
    const QByteArray password = "Pa55-in-the-address-7731";
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        // A password typed into the server address must not reach the file.
        ConnectionProfile p = tenant();
        p.setBaseUrl(QUrl(QStringLiteral("https://jane:%1@sod2.superoffice.com/Cust12345")
                              .arg(QString::fromLatin1(password))));
        store.save(p);
        store.save(sandbox());
        store.setLastProfileName(p.name());
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    // The file does hold the profile (so the checks below look at real content)...
    QVERIFY(raw.contains("sod2.superoffice.com/Cust12345"));
    QVERIFY(raw.contains("jane.doe@example.com"));
    QVERIFY(raw.contains("hasAppToken=true"));
    // ...but not the password, and only keys that are no secret.
    QVERIFY2(!raw.contains(password), raw.constData());
    QVERIFY2(!raw.contains("jane:"), raw.constData());
    {
        auto settings = openSettings();
        const QStringList perProfile{QStringLiteral("name"),
                                     QStringLiteral("baseUrl"),
                                     QStringLiteral("authScheme"),
                                     QStringLiteral("userName"),
                                     QStringLiteral("hasAppToken"),
                                     QStringLiteral("language"),
                                     QStringLiteral("culture"),
                                     QStringLiteral("timeZone"),
                                     QStringLiteral("allowInsecureHttp")};
        const QStringList keys = settings->allKeys();
        for (const QString &key : keys) {
            const QString leaf = key.section(QLatin1Char('/'), -1);
            const bool known =
                key == QStringLiteral("lastProfile") || key == QStringLiteral("profiles/size") ||
                (key.startsWith(QStringLiteral("profiles/")) && perProfile.contains(leaf));
            QVERIFY2(known, qPrintable(key));
        }
        QVERIFY(keys.size() > perProfile.size());
    }

    auto settings = openSettings();
    const auto read = ProfileStore(settings.get()).profile(tenant().name());
    QVERIFY(read.has_value());
    QCOMPARE(read->baseUrl(), QUrl(QStringLiteral("https://sod2.superoffice.com/Cust12345")));
    QVERIFY(read->hasAppToken());
}

void TestProfileStore::defaultSettingsLocation()
{
    // The default constructor uses the application's settings: contact-editor/contact-editor.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    {
        ProfileStore store;
        store.save(sandbox());
    }
    QSettings expected(QStringLiteral("contact-editor"), QStringLiteral("contact-editor"));
    QVERIFY2(expected.fileName().startsWith(m_dir->path()), qPrintable(expected.fileName()));
    QVERIFY(QFile::exists(expected.fileName()));
    QCOMPARE(ProfileStore(&expected).profiles(), QList<ConnectionProfile>{sandbox()});
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
