#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Faults the tests (or --fault) ask for: each matches a substring of the request path and makes
// the next request(s) slow, fail, break off or answer with a broken body.
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
        Redirect
    };

    struct Fault
    {
        QString path; // substring of the request path; empty matches every API request
        Kind kind = Kind::Status;
        int ms = 0;
        int status = 500;
        QString location;
        qint64 bytes = 0;
        int times = 1;     // requests left; 0 = until cleared
        double rate = 1.0; // share of matching requests it hits
    };

    // From the JSON the admin endpoint takes; false with *error set when it is not a fault.
    static bool parse(const QJsonObject &json, Fault *fault, QString *error);
    // From the command line: JSON, or "kind=status,status=503,path=Save,rate=0.2,times=0".
    static bool parseSpec(const QString &spec, Fault *fault, QString *error);
    static QString kindName(Kind kind);

    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    QJsonArray list() const;
    // The fault that hits a request to this path, if any; uses up one of its times.
    std::optional<Fault> take(const QString &path);

private:
    QList<Fault> m_faults;
};
