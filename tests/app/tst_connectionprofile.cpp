#include "connectionprofile.h"
#include "credentialstore.h"

#include <QtTest>

// Connection profiles: API URLs, the HTTPS rule and its exceptions, auth scheme names, keys.
class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void apiUrl_data();
    void apiUrl();
    void validate_data();
    void validate();
    void addressProblemsSaidFirst_data();
    void addressProblemsSaidFirst();
    void serverUrlFromText_data();
    void serverUrlFromText();
    void insecureWarning_data();
    void insecureWarning();
    void loopback_data();
    void loopback();
    void schemeNames();
    void keys();
    void onlineKeysSurviveATenantMove();
    void onlineLoginNames_data();
    void onlineLoginNames();
    void onlineValidate();
};

namespace {

ConnectionProfile make(const QString &url, bool allowInsecure = false)
{
    ConnectionProfile p;
    p.setName(QStringLiteral("Tenant"));
    p.setUserName(QStringLiteral("jane"));
    p.setBaseUrl(QUrl(url));
    p.setAllowInsecureHttp(allowInsecure);
    return p;
}

} // namespace

void TestConnectionProfile::defaults()
{
    const ConnectionProfile p;
    QCOMPARE(p.authScheme(), ConnectionProfile::AuthScheme::Basic);
    QVERIFY(!p.hasAppToken());
    QVERIFY(!p.allowInsecureHttp());
    QVERIFY(p.language().isEmpty());
    QVERIFY(p.culture().isEmpty());
    QVERIFY(p.timeZone().isEmpty());
    QVERIFY(!p.validate().isEmpty());

    ConnectionProfile q = make(QStringLiteral("https://sod2.superoffice.com/Cust12345"));
    q.setAuthScheme(ConnectionProfile::AuthScheme::SoTicket);
    q.setHasAppToken(true);
    q.setLanguage(QStringLiteral("nb"));
    q.setCulture(QStringLiteral("nb-NO"));
    q.setTimeZone(QStringLiteral("CET"));
    QCOMPARE(q.authScheme(), ConnectionProfile::AuthScheme::SoTicket);
    QVERIFY(q.hasAppToken());
    QCOMPARE(q.language(), QStringLiteral("nb"));
    QCOMPARE(q.culture(), QStringLiteral("nb-NO"));
    QCOMPARE(q.timeZone(), QStringLiteral("CET"));
    ConnectionProfile r = q;
    QCOMPARE(r, q);
    r.setTimeZone(QStringLiteral("UTC"));
    QVERIFY(!(r == q));
}

void TestConnectionProfile::apiUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    QTest::newRow("online tenant")
        << "https://sod2.superoffice.com/Cust12345"
        << "Agents/Contact/GetContactEntity"
        << "https://sod2.superoffice.com/Cust12345/api/v1/Agents/Contact/GetContactEntity"
        << "/Cust12345/api/v1/Agents/Contact/GetContactEntity" << QString();
    QTest::newRow("trailing slash on base")
        << "https://sod2.superoffice.com/Cust12345/"
        << "Agents/Contact/GetContactEntity"
        << "https://sod2.superoffice.com/Cust12345/api/v1/Agents/Contact/GetContactEntity"
        << "/Cust12345/api/v1/Agents/Contact/GetContactEntity" << QString();
    QTest::newRow("leading slash on relative")
        << "https://sod2.superoffice.com/Cust12345"
        << "/User/currentPrincipal"
        << "https://sod2.superoffice.com/Cust12345/api/v1/User/currentPrincipal"
        << "/Cust12345/api/v1/User/currentPrincipal" << QString();
    QTest::newRow("query stays a query") << "https://sod2.superoffice.com/Cust12345"
                                         << "Agents/Contact/GetContactEntity?contactEntityId=5"
                                         << "https://sod2.superoffice.com/Cust12345/api/v1/Agents/"
                                            "Contact/GetContactEntity?contactEntityId=5"
                                         << "/Cust12345/api/v1/Agents/Contact/GetContactEntity"
                                         << "contactEntityId=5";
    QTest::newRow("on-premises path") << "http://host/SuperOffice"
                                      << "Contact/5"
                                      << "http://host/SuperOffice/api/v1/Contact/5"
                                      << "/SuperOffice/api/v1/Contact/5" << QString();
    QTest::newRow("host only with port")
        << "http://127.0.0.1:8080"
        << "Agents/Contact/CreateDefaultContactEntity"
        << "http://127.0.0.1:8080/api/v1/Agents/Contact/CreateDefaultContactEntity"
        << "/api/v1/Agents/Contact/CreateDefaultContactEntity" << QString();
    QTest::newRow("host only with slash")
        << "http://127.0.0.1:8080/"
        << "Contact?$select=name&$top=10"
        << "http://127.0.0.1:8080/api/v1/Contact?$select=name&$top=10"
        << "/api/v1/Contact"
        << "$select=name&$top=10";
    QTest::newRow("encoded query kept")
        << "https://sod2.superoffice.com/Cust12345"
        << "Contact?$filter=name%20begins%20'a%26b'"
        << "https://sod2.superoffice.com/Cust12345/api/v1/Contact?$filter=name%20begins%20'a%26b'"
        << "/Cust12345/api/v1/Contact"
        << "$filter=name%20begins%20'a%26b'";
}

void TestConnectionProfile::apiUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, relative);
    QFETCH(QString, url);
    QFETCH(QString, path);
    QFETCH(QString, query);
    const QUrl result = make(base).apiUrl(relative);
    QVERIFY(result.isValid());
    QCOMPARE(result.toString(QUrl::FullyEncoded), url);
    QCOMPARE(result.path(QUrl::FullyEncoded), path);
    QCOMPARE(result.hasQuery(), !query.isEmpty());
    QCOMPARE(result.query(QUrl::FullyEncoded), query);
    QVERIFY(!result.path(QUrl::FullyEncoded).contains(QLatin1String("%3F")));
}

void TestConnectionProfile::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("valid");

    const QString https = QStringLiteral("https://sod2.superoffice.com/Cust12345");
    QTest::newRow("https tenant") << "Tenant"
                                  << "jane" << https << false << true;
    QTest::newRow("empty name") << ""
                                << "jane" << https << false << false;
    QTest::newRow("blank name") << "  "
                                << "jane" << https << false << false;
    QTest::newRow("empty user") << "Tenant"
                                << "" << https << false << false;
    QTest::newRow("empty url") << "Tenant"
                               << "jane"
                               << "" << false << false;
    QTest::newRow("no host") << "Tenant"
                             << "jane"
                             << "https:///Cust12345" << false << false;
    QTest::newRow("relative") << "Tenant"
                              << "jane"
                              << "sod2.superoffice.com/Cust12345" << false << false;
    QTest::newRow("ftp") << "Tenant"
                         << "jane"
                         << "ftp://sod2.superoffice.com/" << false << false;
    QTest::newRow("password in url")
        << "Tenant"
        << "jane"
        << "https://jane:pw@sod2.superoffice.com/Cust1" << false << false;
    QTest::newRow("query in url") << "Tenant"
                                  << "jane"
                                  << "https://sod2.superoffice.com/Cust1?a=b" << false << false;
    QTest::newRow("http remote") << "Tenant"
                                 << "jane"
                                 << "http://crm.example.com/SuperOffice" << false << false;
    QTest::newRow("http remote opted in") << "Tenant"
                                          << "jane"
                                          << "http://crm.example.com/SuperOffice" << true << true;
    QTest::newRow("http localhost") << "Local"
                                    << "jane"
                                    << "http://localhost:8080" << false << true;
    QTest::newRow("http 127.0.0.1") << "Local"
                                    << "jane"
                                    << "http://127.0.0.1:8080" << false << true;
    QTest::newRow("http 127.1.2.3") << "Local"
                                    << "jane"
                                    << "http://127.1.2.3/" << false << true;
    QTest::newRow("http ::1") << "Local"
                              << "jane"
                              << "http://[::1]:8080/" << false << true;
    QTest::newRow("http LAN address") << "Lan"
                                      << "jane"
                                      << "http://192.168.1.10/SuperOffice" << false << false;
    QTest::newRow("http lookalike host") << "Evil"
                                         << "jane"
                                         << "http://localhost.example.com/" << false << false;
    QTest::newRow("http 127 in name") << "Evil"
                                      << "jane"
                                      << "http://127.0.0.1.example.com/" << false << false;
    QTest::newRow("HTTPS upper case") << "Tenant"
                                      << "jane"
                                      << "HTTPS://SOD2.superoffice.com/Cust1" << false << true;
}

void TestConnectionProfile::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, valid);
    ConnectionProfile p;
    p.setName(name);
    p.setUserName(user);
    p.setBaseUrl(QUrl(url));
    p.setAllowInsecureHttp(allowInsecure);
    const QString message = p.validate();
    QVERIFY2(message.isEmpty() == valid, qPrintable(message));
}

void TestConnectionProfile::addressProblemsSaidFirst_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("says");

    // As the command line gives them: the name comes from the host, so a bad address has none;
    // what is wrong with the address is said, not that the name is missing or HTTP is unsafe.
    QTest::newRow("empty") << ""
                           << "Enter the server address";
    QTest::newRow("no scheme") << "not-a-url"
                               << "“not-a-url” is not a full address";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "“file:” address";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "“javascript:” address";
    QTest::newRow("ftp") << "ftp://sod2.superoffice.com/"
                         << "“ftp:” address";
    QTest::newRow("no host") << "https://"
                             << "names no server";
}

void TestConnectionProfile::addressProblemsSaidFirst()
{
    QFETCH(QString, address);
    QFETCH(QString, says);
    const QUrl url(address, QUrl::StrictMode);
    ConnectionProfile p;
    p.setBaseUrl(url);
    p.setName(url.host());
    p.setUserName(QStringLiteral("jane"));
    const QString message = p.validate();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("unencrypted")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Give the connection a name")), qPrintable(message));
}

void TestConnectionProfile::serverUrlFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");

    QTest::newRow("full https") << "https://sod2.superoffice.com/Cust1"
                                << "https://sod2.superoffice.com/Cust1";
    QTest::newRow("full http kept") << "http://crm.example.com/SO"
                                    << "http://crm.example.com/SO";
    // A bare host is the secure server: never plain HTTP by guesswork.
    QTest::newRow("bare host") << "  sod2.superoffice.com/Cust1 "
                               << "https://sod2.superoffice.com/Cust1";
    QTest::newRow("bare single label") << "not-a-url"
                                       << "https://not-a-url";
    QTest::newRow("bare host and port") << "crm.example.com:8443/SO"
                                        << "https://crm.example.com:8443/SO";
    QTest::newRow("this computer") << "localhost:47615"
                                   << "http://localhost:47615";
    QTest::newRow("this computer by address") << "127.0.0.1:47615/api"
                                              << "http://127.0.0.1:47615/api";
    QTest::newRow("other scheme kept for validate to refuse") << "javascript:alert(1)"
                                                              << "javascript:alert(1)";
    QTest::newRow("empty") << "   "
                           << "";
}

void TestConnectionProfile::serverUrlFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QCOMPARE(ConnectionProfile::serverUrlFromText(text).toString(), url);
}

void TestConnectionProfile::insecureWarning_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("warn");
    QTest::newRow("https") << "https://sod2.superoffice.com/Cust1" << true << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true << false;
    QTest::newRow("http remote without opt-in (invalid, not a warning)")
        << "http://crm.example.com" << false << false;
    QTest::newRow("http remote with opt-in") << "http://crm.example.com" << true << true;
}

void TestConnectionProfile::insecureWarning()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, warn);
    QCOMPARE(make(url, allowInsecure).needsInsecureWarning(), warn);
}

void TestConnectionProfile::loopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "http://localhost:8080" << true;
    QTest::newRow("LOCALHOST") << "http://LOCALHOST/" << true;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("127.255.0.1") << "http://127.255.0.1" << true;
    QTest::newRow("::1") << "http://[::1]/" << true;
    QTest::newRow("remote") << "https://sod2.superoffice.com/Cust1" << false;
    QTest::newRow("LAN") << "http://10.0.0.1/" << false;
    QTest::newRow("0.0.0.0") << "http://0.0.0.0/" << false;
    QTest::newRow("lookalike") << "http://localhost.evil.example/" << false;
    QTest::newRow("empty") << "" << false;
}

void TestConnectionProfile::loopback()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(make(url).isLoopback(), loopback);
}

void TestConnectionProfile::schemeNames()
{
    using A = ConnectionProfile::AuthScheme;
    QCOMPARE(ConnectionProfile::authSchemeName(A::Basic), QStringLiteral("basic"));
    QCOMPARE(ConnectionProfile::authSchemeName(A::SoTicket), QStringLiteral("soticket"));
    QCOMPARE(ConnectionProfile::authSchemeName(A::Bearer), QStringLiteral("bearer"));
    for (A scheme : {A::Basic, A::SoTicket, A::Bearer}) {
        bool ok = false;
        QCOMPARE(
            ConnectionProfile::authSchemeFromName(ConnectionProfile::authSchemeName(scheme), &ok),
            scheme);
        QVERIFY(ok);
    }
    bool ok = false;
    QCOMPARE(ConnectionProfile::authSchemeFromName(QStringLiteral("SoTicket"), &ok), A::SoTicket);
    QVERIFY(ok);
    QCOMPARE(ConnectionProfile::authSchemeFromName(QStringLiteral(" Bearer "), &ok), A::Bearer);
    QVERIFY(ok);
    ok = true;
    QCOMPARE(ConnectionProfile::authSchemeFromName(QStringLiteral("digest"), &ok), A::Basic);
    QVERIFY(!ok);
    ok = true;
    ConnectionProfile::authSchemeFromName(QString(), &ok);
    QVERIFY(!ok);
    ConnectionProfile::authSchemeFromName(QStringLiteral("bearer")); // ok is optional
}

void TestConnectionProfile::keys()
{
    ConnectionProfile p = make(QStringLiteral("https://SOD2.superoffice.com/Cust12345/"));
    QCOMPARE(p.credentialKey(), QStringLiteral("jane@https://sod2.superoffice.com/Cust12345"));
    QCOMPARE(p.credentialKey(), CredentialStore::keyFor(QStringLiteral("jane"), p.baseUrl()));
    QCOMPARE(p.appTokenKey(),
             QStringLiteral("apptoken:jane@https://sod2.superoffice.com/Cust12345"));
    QVERIFY(p.appTokenKey() != p.credentialKey());
    ConnectionProfile other = p;
    other.setUserName(QStringLiteral("bob"));
    QVERIFY(other.credentialKey() != p.credentialKey());
}

namespace {

ConnectionProfile online()
{
    ConnectionProfile p;
    p.setAuthScheme(ConnectionProfile::AuthScheme::Online);
    p.setName(QStringLiteral("Cust12345 (SuperOffice Online)"));
    p.setLoginUrl(QUrl(QStringLiteral("https://online.superoffice.com/login")));
    p.setClientId(QStringLiteral("client-1"));
    p.setTenant(QStringLiteral("Cust12345"));
    p.setUserName(QStringLiteral("jane@example.com"));
    p.setBaseUrl(QUrl(QStringLiteral("https://online2.superoffice.com/Cust12345")));
    return p;
}

} // namespace

void TestConnectionProfile::onlineKeysSurviveATenantMove()
{
    const ConnectionProfile p = online();
    ConnectionProfile moved = p;
    moved.setBaseUrl(QUrl(QStringLiteral("https://online3.superoffice.com/Cust12345")));
    // Drafts, caches and the refresh token stay with the tenant and user, not the host.
    QCOMPARE(moved.serverKey(), p.serverKey());
    QCOMPARE(moved.credentialKey(), p.credentialKey());
    QVERIFY(p.serverKey().contains(QLatin1String("Cust12345")));
    QVERIFY(p.credentialKey() != p.appTokenKey());
    ConnectionProfile otherTenant = p;
    otherTenant.setTenant(QStringLiteral("Cust99999"));
    QVERIFY(otherTenant.serverKey() != p.serverKey());
    QVERIFY(otherTenant.credentialKey() != p.credentialKey());
    ConnectionProfile otherUser = p;
    otherUser.setUserName(QStringLiteral("bob@example.com"));
    QVERIFY(otherUser.serverKey() != p.serverKey());
    // On-site profiles keep their old keys, so existing drafts still match.
    const ConnectionProfile site = make(QStringLiteral("https://crm.example.com/SuperOffice"));
    QCOMPARE(site.serverKey(), site.credentialKey());
}

void TestConnectionProfile::onlineLoginNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("url");
    QTest::newRow("default") << "" << true << "https://online.superoffice.com/login";
    QTest::newRow("online") << "Online" << true << "https://online.superoffice.com/login";
    QTest::newRow("sod") << "sod" << true << "https://sod.superoffice.com/login";
    QTest::newRow("stage") << "stage" << true << "https://qaonline.superoffice.com/login";
    QTest::newRow("https address")
        << "https://login.example.com/login/" << true << "https://login.example.com/login";
    QTest::newRow("loopback http")
        << "http://127.0.0.1:8080/login" << true << "http://127.0.0.1:8080/login";
    QTest::newRow("remote http") << "http://login.example.com/login" << false << "";
    QTest::newRow("user info") << "https://a:b@login.example.com/login" << false << "";
    QTest::newRow("query") << "https://login.example.com/login?x=1" << false << "";
    QTest::newRow("nonsense") << "prod" << false << "";
}

void TestConnectionProfile::onlineLoginNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QString, url);
    bool parsed = !ok;
    const QUrl got = ConnectionProfile::onlineLoginUrlFromName(name, &parsed);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(got, QUrl(url));
}

void TestConnectionProfile::onlineValidate()
{
    ConnectionProfile p = online();
    QVERIFY(p.validate().isEmpty());
    // Before the first sign-in there is no tenant address and no user: still usable.
    p.setBaseUrl(QUrl());
    p.setUserName(QString());
    p.setTenant(QString());
    QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate()));
    ConnectionProfile noClient = p;
    noClient.setClientId(QString());
    QVERIFY(!noClient.validate().isEmpty());
    ConnectionProfile insecureLogin = p;
    insecureLogin.setLoginUrl(QUrl(QStringLiteral("http://login.example.com/login")));
    QVERIFY(!insecureLogin.validate().isEmpty());
    ConnectionProfile insecureTenant = online();
    insecureTenant.setBaseUrl(QUrl(QStringLiteral("http://online2.superoffice.com/Cust12345")));
    QVERIFY(!insecureTenant.validate().isEmpty());
    QCOMPARE(ConnectionProfile::authSchemeName(ConnectionProfile::AuthScheme::Online),
             QStringLiteral("online"));
    bool ok = false;
    QCOMPARE(ConnectionProfile::authSchemeFromName(QStringLiteral("ONLINE"), &ok),
             ConnectionProfile::AuthScheme::Online);
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
