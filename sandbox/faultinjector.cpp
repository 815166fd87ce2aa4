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
    {FaultInjector::Kind::DropAfterWrite, "dropafterwrite"},
};

} // namespace

FaultInjector::FaultInjector()
{
    setSeed(QRandomGenerator::global()->generate());
}

void FaultInjector::setSeed(quint32 seed)
{
    m_seed = seed;
    m_random.seed(seed);
    m_draws = 0;
}

bool FaultInjector::parseSeed(const QJsonObject &json, std::optional<quint32> *seed, QString *error)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("seed"), Qt::CaseInsensitive) != 0)
            continue;
        const double n = it.value().toDouble(-1);
        if (!it.value().isDouble() || n < 0 || n > 4294967295.0 || n != double(qint64(n))) {
            *error = QStringLiteral("seed must be a whole number from 0 to 4294967295");
            return false;
        }
        *seed = quint32(qint64(n));
    }
    return true;
}

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
    fault->maxMs = o.value(QLatin1String("maxms")).toInt(0);
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
    if (fault->maxMs != 0 && fault->maxMs < fault->ms) {
        *error = QStringLiteral("maxMs must not be below ms");
        return false;
    }
    return true;
}

bool FaultInjector::parseSpec(const QString &spec, std::optional<Fault> *fault,
                              std::optional<quint32> *seed, QString *error)
{
    const QString s = spec.trimmed();
    QJsonObject o;
    if (s.startsWith(QLatin1Char('{'))) {
        o = QJsonDocument::fromJson(s.toUtf8()).object();
    } else {
        for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = part.section(QLatin1Char('='), 1).trimmed();
            bool isNumber = false;
            const double n = value.toDouble(&isNumber);
            o.insert(key, isNumber ? QJsonValue(n) : QJsonValue(value));
        }
    }
    if (!parseSeed(o, seed, error))
        return false;
    bool hasKind = false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        hasKind = hasKind || it.key().compare(QLatin1String("kind"), Qt::CaseInsensitive) == 0;
    if (!hasKind && seed->has_value())
        return true;
    // Faults from the command line stay until the process ends unless told otherwise.
    if (!o.contains(QLatin1String("times")))
        o.insert(QStringLiteral("times"), 0);
    Fault parsed;
    if (!parse(o, &parsed, error))
        return false;
    *fault = parsed;
    return true;
}

QJsonObject FaultInjector::state() const
{
    return QJsonObject{{QStringLiteral("faults"), list()},
                       {QStringLiteral("seed"), double(m_seed)},
                       {QStringLiteral("draws"), double(m_draws)}};
}

QJsonArray FaultInjector::list() const
{
    QJsonArray out;
    for (const Fault &f : m_faults)
        out.append(QJsonObject{{QStringLiteral("path"), f.path},
                               {QStringLiteral("kind"), kindName(f.kind)},
                               {QStringLiteral("ms"), f.ms},
                               {QStringLiteral("maxMs"), f.maxMs},
                               {QStringLiteral("status"), f.status},
                               {QStringLiteral("location"), f.location},
                               {QStringLiteral("bytes"), double(f.bytes)},
                               {QStringLiteral("times"), f.times},
                               {QStringLiteral("rate"), f.rate},
                               {QStringLiteral("hits"), f.hits}});
    return out;
}

bool FaultInjector::matches(const QString &pattern, const QString &path)
{
    if (pattern.isEmpty())
        return true;
    for (const QString &part : pattern.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (path.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString &path)
{
    QList<qsizetype> matching;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (matches(m_faults.at(i).path, path))
            matching.append(i);
    }
    if (matching.isEmpty())
        return std::nullopt;
    // One draw per request, whatever the number of faults: the same seed and the same requests
    // give the same faults.
    ++m_draws;
    const double draw = m_random.generateDouble();
    double share = 0;
    for (const qsizetype i : std::as_const(matching)) {
        Fault &f = m_faults[i];
        share += f.rate;
        if (draw >= share)
            continue;
        ++f.hits;
        Fault hit = f;
        if (hit.kind == Kind::Delay && hit.maxMs > hit.ms)
            hit.ms = hit.ms + int(m_random.bounded(hit.maxMs - hit.ms + 1));
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}
