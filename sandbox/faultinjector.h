#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// Faults the tests (or --fault) ask for: each matches a substring of the request path and makes
// the next request(s) slow, fail, break off or answer with a broken body. Several can be active
// at once, each with a rate: one draw from a seedable generator per request decides which of the
// faults that match its path, if any, hits it, so a soak run can be repeated with its seed.
class FaultInjector
{
public:
    enum class Kind {
        Delay,
        Status,
        Drop,
        Malformed,
        Truncated,
        Oversize,
        Html,
        ContentType,
        Redirect,
        DropAfterWrite // the request is carried out, then the connection drops unanswered
    };

    struct Fault
    {
        QString path; // substrings of the request path, '|' between; empty matches every request
        Kind kind = Kind::Status;
        int ms = 0;
        int maxMs = 0; // above ms: each delay is drawn from [ms, maxMs]
        int status = 500;
        QString location;
        qint64 bytes = 0;
        int times = 1;     // requests left; 0 = until cleared
        double rate = 1.0; // share of matching requests it hits
        int hits = 0;
    };

    FaultInjector();

    // From the JSON the admin endpoint takes; false with *error set when it is not a fault.
    static bool parse(const QJsonObject &json, Fault *fault, QString *error);
    // From the command line: JSON, or "kind=status,status=503,path=Save,rate=0.2,times=0"; either
    // may hold a seed ("seed=42"), and one with a seed alone is no fault.
    static bool parseSpec(const QString &spec, std::optional<Fault> *fault,
                          std::optional<quint32> *seed, QString *error);
    // The seed member of an admin or command-line object, if any; false when it is not a number.
    static bool parseSeed(const QJsonObject &json, std::optional<quint32> *seed, QString *error);
    static QString kindName(Kind kind);

    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    // Restarts the draws from this seed.
    void setSeed(quint32 seed);
    quint32 seed() const { return m_seed; }
    // {"faults": [... each with "hits"], "seed", "draws"}
    QJsonObject state() const;
    QJsonArray list() const;
    // The fault that hits a request to this path, if any; uses up one of its times. Draws once
    // when any fault matches the path: the matching faults' rates, in the order they were added,
    // share [0, 1) and the draw picks the one whose share it falls in (none past their sum).
    std::optional<Fault> take(const QString &path);

private:
    static bool matches(const QString &pattern, const QString &path);

    QList<Fault> m_faults;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    qint64 m_draws = 0;
};
