#include "faultinjector.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

const QList<std::pair<FaultInjector::Kind, const char *>> kKinds = {
    {FaultInjector::Kind::Delay, "delay"},
    {FaultInjector::Kind::Status, "status"},
    {FaultInjector::Kind::Drop, "drop"},
    {FaultInjector::Kind::Malformed, "malformed"},
    {FaultInjector::Kind::Truncated, "truncated"},
    {FaultInjector::Kind::Oversize, "oversize"},
    {FaultInjector::Kind::Html, "html"},
    {FaultInjector::Kind::ContentType, "contenttype"},
    {FaultInjector::Kind::Redirect, "redirect"},
};

} // namespace

QString FaultInjector::kindName(Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QString();
}

bool FaultInjector::parse(const QJsonObject &json, Fault *fault, QString *error)
{
    QJsonObject o;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        o.insert(it.key().toLower(), it.value());
    const QString kind = o.value(QLatin1String("kind")).toString().toLower();
    bool known = false;
    for (const auto &[k, name] : kKinds) {
        if (kind == QLatin1String(name)) {
            fault->kind = k;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("unknown fault kind '%1'").arg(kind);
        return false;
    }
    fault->path = o.value(QLatin1String("path")).toString();
    fault->ms = o.value(QLatin1String("ms")).toInt(0);
    fault->status = o.value(QLatin1String("status")).toInt(500);
    fault->location = o.value(QLatin1String("location")).toString();
    fault->bytes = qint64(o.value(QLatin1String("bytes")).toDouble(0));
    fault->times = o.value(QLatin1String("times")).toInt(1);
    fault->rate = o.value(QLatin1String("rate")).toDouble(1.0);
    if (fault->status < 100 || fault->status > 599) {
        *error = QStringLiteral("status must be an HTTP status");
        return false;
    }
    if (fault->kind == Kind::Redirect && fault->location.isEmpty()) {
        *error = QStringLiteral("a redirect needs a location");
        return false;
    }
    if (fault->kind == Kind::Oversize && fault->bytes < 32) {
        *error = QStringLiteral("an oversize body needs bytes (at least 32)");
        return false;
    }
    if (fault->times < 0 || fault->ms < 0 || fault->rate <= 0 || fault->rate > 1) {
        *error = QStringLiteral("times and ms must not be negative; rate is in (0, 1]");
        return false;
    }
    return true;
}

bool FaultInjector::parseSpec(const QString &spec, Fault *fault, QString *error)
{
    const QString s = spec.trimmed();
    if (s.startsWith(QLatin1Char('{')))
        return parse(QJsonDocument::fromJson(s.toUtf8()).object(), fault, error);
    QJsonObject o;
    for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool isNumber = false;
        const double n = value.toDouble(&isNumber);
        o.insert(key, isNumber ? QJsonValue(n) : QJsonValue(value));
    }
    // Faults from the command line stay until the process ends unless told otherwise.
    if (!o.contains(QLatin1String("times")))
        o.insert(QStringLiteral("times"), 0);
    return parse(o, fault, error);
}

QJsonArray FaultInjector::list() const
{
    QJsonArray out;
    for (const Fault &f : m_faults)
        out.append(QJsonObject{{QStringLiteral("path"), f.path},
                               {QStringLiteral("kind"), kindName(f.kind)},
                               {QStringLiteral("ms"), f.ms},
                               {QStringLiteral("status"), f.status},
                               {QStringLiteral("location"), f.location},
                               {QStringLiteral("bytes"), double(f.bytes)},
                               {QStringLiteral("times"), f.times},
                               {QStringLiteral("rate"), f.rate}});
    return out;
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!path.contains(f.path, Qt::CaseInsensitive))
            continue;
        if (f.rate < 1.0 && QRandomGenerator::global()->generateDouble() >= f.rate)
            continue;
        const Fault hit = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}
