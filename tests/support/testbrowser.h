#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// The user's browser in tests: it takes over QDesktopServices::openUrl for http URLs, signs in on
// the sandbox's page (or cancels there), and follows the redirect to the app's loopback listener.
// Every step is asynchronous: openUrl returns at once, finishedFlow says when the flow is over.
class TestBrowser : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        SignIn, // fill in the credentials and press Sign in
        Deny,   // press Cancel
        Ignore, // note the URL and open nothing, as a user who closes the browser
    };

    // Registers itself as the handler of http URLs; the destructor unregisters it.
    explicit TestBrowser(QObject *parent = nullptr);
    ~TestBrowser() override;

    void setCredentials(const QString &user, const QString &password); // demo / demo by default
    void setAction(Action action) { m_action = action; }
    // Rewrites the callback URL before it is followed (a wrong state, a missing code).
    void setTamper(std::function<QUrl(QUrl)> tamper) { m_tamper = std::move(tamper); }
    // Rewrites the authorize URL before the browser goes there (a nonce the app did not send).
    void setAuthorizeTamper(std::function<QUrl(QUrl)> tamper)
    {
        m_authorizeTamper = std::move(tamper);
    }

    QList<QUrl> openedUrls() const { return m_opened; }
    // Where the sign-in page sent the browser (after the tamper), even when following it failed.
    QUrl lastCallbackUrl() const { return m_callbackUrl; }
    // What the app's listener answered there.
    QByteArray lastCallbackPage() const { return m_callbackPage; }
    int lastCallbackStatus() const { return m_callbackStatus; }
    // The last page the login service showed (the sign-in page, again after a wrong password).
    QByteArray lastLoginPage() const { return m_loginPage; }
    // Empty when the flow reached the callback and the listener answered.
    QString errorString() const { return m_error; }

public slots:
    // What QDesktopServices::openUrl calls. Tests may call it directly to sign in on the sandbox.
    void openUrl(const QUrl &url);

signals:
    // The flow is over: the listener answered, or a step failed (errorString says which).
    // Not emitted for Action::Ignore.
    void finishedFlow();

private:
    struct Form
    {
        QUrl action;
        QList<QPair<QString, QString>> fields; // hidden inputs, in page order
        bool found = false;
    };

    void onAuthorizePage(QNetworkReply *reply);
    void onSignInAnswer(QNetworkReply *reply);
    void followCallback(const QUrl &url, const QList<QPair<QString, QString>> &postFields,
                        bool post);
    void fail(const QString &why);
    static Form parseForm(const QByteArray &html, const QUrl &base);
    static QByteArray formBody(const QList<QPair<QString, QString>> &fields);

    QNetworkAccessManager *m_network;
    QString m_user = QStringLiteral("demo");
    QString m_password = QStringLiteral("demo");
    Action m_action = Action::SignIn;
    std::function<QUrl(QUrl)> m_tamper;
    std::function<QUrl(QUrl)> m_authorizeTamper;
    QList<QUrl> m_opened;
    QUrl m_callbackUrl;
    QByteArray m_callbackPage;
    int m_callbackStatus = 0;
    QByteArray m_loginPage;
    QString m_error;
};
