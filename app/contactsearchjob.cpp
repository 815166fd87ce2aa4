#include "contactsearchjob.h"

#include "webapiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

// OData archive rows are camelCase, but match any casing.
QJsonValue column(const QJsonObject &row, const char *name)
{
    const QString key = QString::fromLatin1(name);
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue();
}

} // namespace

ContactSearchJob::ContactSearchJob(WebApiClient *client, const QString &text, int top, By by)
    : ApiJob(client, Method::Get, pathFor(text, top, by))
    , m_text(text)
{}

QString ContactSearchJob::quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString ContactSearchJob::pathFor(const QString &text, int top, By by)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("$select"),
                   QStringLiteral("contactId,name,department,city,orgnr"));
    q.addQueryItem(QStringLiteral("$filter"),
                   by == By::OrgNrEquals
                       ? QStringLiteral("orgnr eq %1").arg(quoted(text.trimmed()))
                       : QStringLiteral("name begins %1").arg(quoted(text.trimmed())));
    q.addQueryItem(QStringLiteral("$orderBy"), QStringLiteral("name asc"));
    q.addQueryItem(QStringLiteral("$top"), QString::number(top));
    return QStringLiteral("Contact?") + q.toString(QUrl::FullyEncoded);
}

QString ContactSearchJob::description() const
{
    return tr("Searching");
}

bool ContactSearchJob::parseResponse(const QByteArray &body, QString *whyNot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonValue value = doc.object().value(QLatin1String("value"));
    if (error.error != QJsonParseError::NoError || !value.isArray()) {
        if (whyNot)
            *whyNot = tr("The search result is not a list of companies.");
        return false;
    }
    m_rows.clear();
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        Row row;
        const QJsonValue id = column(o, "contactId");
        row.contactId = id.isString() ? id.toString().toInt() : id.toInt();
        if (row.contactId == 0)
            row.contactId = column(o, "PrimaryKey").toString().toInt();
        row.name = column(o, "name").toString();
        row.department = column(o, "department").toString();
        row.city = column(o, "city").toString();
        row.orgNr = column(o, "orgnr").toString();
        if (row.contactId > 0)
            m_rows.append(row);
    }
    return true;
}
