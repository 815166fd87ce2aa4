#include "requestbody.h"

#include <QJsonDocument>

SandboxReply RequestBody::badRequest(const QString &why)
{
    return SandboxReply::error(400, QStringLiteral("SoBadRequestException"), why);
}

std::optional<QJsonObject> RequestBody::object(const SandboxRequest &r, SandboxReply *reply)
{
    const QByteArray type = r.header("Content-Type").toLower();
    if (type.contains("xml")) {
        *reply = SandboxReply::error(
            415, QStringLiteral("SoBadRequestException"),
            QStringLiteral("The sandbox speaks JSON only; XML bodies are not supported"));
        return std::nullopt;
    }
    // SuperOffice's own client sends an empty body for calls without parameters and the JSON
    // null for calls whose parameters are in the query: both are "no members".
    const QByteArray trimmed = r.body.trimmed();
    if (trimmed.isEmpty() || trimmed == "null")
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *reply = badRequest(QStringLiteral("The request body is not valid JSON: %1 at byte %2")
                                .arg(error.errorString())
                                .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *reply = badRequest(QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QJsonValue RequestBody::member(const QJsonObject &o, const QString &name)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString RequestBody::parameter(const SandboxRequest &r, const QJsonObject &body,
                               const QString &name)
{
    const QJsonValue v = member(body, name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return r.queryItem(name);
}
