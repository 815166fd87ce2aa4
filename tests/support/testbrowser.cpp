#include "testbrowser.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace {

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    // Last, so "&amp;lt;" comes out as "&lt;".
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QHash<QString, QString> attributes(const QString &tag)
{
    static const QRegularExpression attribute(QStringLiteral("([A-Za-z_][\\w-]*)=\"([^\"]*)\""));
    QHash<QString, QString> out;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1).toLower(), unescapeHtml(m.captured(2)));
    }
    return out;
}

QNetworkRequest browserRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    // The browser looks at each answer itself: a redirect to the listener is the flow's end.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "text/html");
    request.setTransferTimeout(15000);
    return request;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

TestBrowser::TestBrowser(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
}

TestBrowser::~TestBrowser()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestBrowser::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void TestBrowser::openUrl(const QUrl &url)
{
    // Called from inside QDesktopServices::openUrl, which holds its handler lock: start requests
    // and return, nothing more.
    m_opened.append(url);
    m_callbackUrl.clear();
    m_callbackPage.clear();
    m_callbackStatus = 0;
    m_loginPage.clear();
    m_error.clear();
    if (m_action == Action::Ignore)
        return;
    QNetworkReply *reply =
        m_network->get(browserRequest(m_authorizeTamper ? m_authorizeTamper(url) : url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        onAuthorizePage(reply);
    });
}

void TestBrowser::onAuthorizePage(QNetworkReply *reply)
{
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (status == 302 || status == 303) {
        // The service refused the request and sends the error straight back to the app.
        followCallback(
            reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl()), {},
            false);
        return;
    }
    m_loginPage = body;
    if (status != 200) {
        static const QRegularExpression heading(QStringLiteral("<h1>(.*?)</h1>"));
        const auto m = heading.match(QString::fromUtf8(body));
        fail(QStringLiteral("the login service answered %1: %2")
                 .arg(status)
                 .arg(m.hasMatch() ? unescapeHtml(m.captured(1)) : reply->errorString()));
        return;
    }
    const Form form = parseForm(body, reply->url());
    if (!form.found) {
        fail(QStringLiteral("the authorize page has no form"));
        return;
    }
    QList<QPair<QString, QString>> fields = form.fields;
    fields.append({QStringLiteral("username"), m_user});
    fields.append({QStringLiteral("password"), m_password});
    fields.append({QStringLiteral("action"),
                   m_action == Action::Deny ? QStringLiteral("deny") : QStringLiteral("signin")});
    QNetworkRequest request = browserRequest(form.action);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *post = m_network->post(request, formBody(fields));
    connect(post, &QNetworkReply::finished, this, [this, post] {
        post->deleteLater();
        onSignInAnswer(post);
    });
}

void TestBrowser::onSignInAnswer(QNetworkReply *reply)
{
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (status == 302 || status == 303) {
        followCallback(
            reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl()), {},
            false);
        return;
    }
    m_loginPage = body;
    if (status != 200) {
        fail(QStringLiteral("signing in answered %1 %2").arg(status).arg(reply->errorString()));
        return;
    }
    const Form form = parseForm(body, reply->url());
    // response_mode=form_post: a page whose form posts the answer to the app's listener.
    if (form.found && form.action.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) !=
                          reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)) {
        followCallback(form.action, form.fields, true);
        return;
    }
    static const QRegularExpression errorLine(QStringLiteral("<p class=\"error\"[^>]*>(.*?)</p>"));
    const auto m = errorLine.match(QString::fromUtf8(body));
    fail(QStringLiteral("the sign-in page came back: %1")
             .arg(m.hasMatch() ? unescapeHtml(m.captured(1)) : QStringLiteral("no error shown")));
}

void TestBrowser::followCallback(const QUrl &url, const QList<QPair<QString, QString>> &postFields,
                                 bool post)
{
    QUrl target = url;
    QList<QPair<QString, QString>> fields = postFields;
    if (m_tamper) {
        if (post) {
            // The tamper sees the posted fields as the URL's query, as if they had come that way.
            QUrl asQuery = url;
            QUrlQuery query;
            for (const auto &[key, value] : fields)
                query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            asQuery.setQuery(query);
            const QUrl tampered = m_tamper(asQuery);
            fields.clear();
            for (const auto &[key, value] : QUrlQuery(tampered).queryItems(QUrl::FullyDecoded))
                fields.append({key, value});
            target = tampered;
            target.setQuery(QString());
        } else {
            target = m_tamper(url);
        }
    }
    m_callbackUrl = target;
    if (post) {
        QUrl withFields = target;
        QUrlQuery query;
        for (const auto &[key, value] : fields)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        withFields.setQuery(query);
        m_callbackUrl = withFields;
    }
    QNetworkRequest request = browserRequest(target);
    // A browser never sends the fragment; the app's page script would read it.
    request.setUrl(target.adjusted(QUrl::RemoveFragment));
    QNetworkReply *reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, formBody(fields));
    } else {
        reply = m_network->get(request);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_callbackStatus = statusOf(reply);
        m_callbackPage = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && m_callbackStatus == 0)
            m_error =
                QStringLiteral("the app's listener did not answer: %1").arg(reply->errorString());
        emit finishedFlow();
    });
}

void TestBrowser::fail(const QString &why)
{
    m_error = why;
    emit finishedFlow();
}

TestBrowser::Form TestBrowser::parseForm(const QByteArray &html, const QUrl &base)
{
    static const QRegularExpression formPattern(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
                                                QRegularExpression::DotMatchesEverythingOption |
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inputPattern(QStringLiteral("<input\\b[^>]*>"),
                                                 QRegularExpression::CaseInsensitiveOption);
    Form form;
    const auto m = formPattern.match(QString::fromUtf8(html));
    if (!m.hasMatch())
        return form;
    form.found = true;
    form.action = base.resolved(QUrl(attributes(m.captured(1)).value(QStringLiteral("action"))));
    for (auto it = inputPattern.globalMatch(m.captured(2)); it.hasNext();) {
        const QHash<QString, QString> input = attributes(it.next().captured(0));
        if (input.value(QStringLiteral("type")).toLower() == QLatin1String("hidden"))
            form.fields.append(
                {input.value(QStringLiteral("name")), input.value(QStringLiteral("value"))});
    }
    return form;
}

QByteArray TestBrowser::formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &[key, value] : fields)
        parts.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}
