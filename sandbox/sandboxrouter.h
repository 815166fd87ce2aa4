#pragma once

#include "sandboxreply.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

// Path and method to handler, for the API and the test hooks. A pattern is a path's segments,
// matched without case; "{}" takes any segment and "{int}" a number, and the taken segments go to
// the handler in order. Call is whatever the handlers need besides them (the request, the user).
template <typename Call> class SandboxRouter
{
public:
    using Handler = std::function<SandboxReply(const Call &call, const QStringList &args)>;

    // Routes are tried in the order they are added, so a catch-all goes after the routes it
    // stands behind.
    void add(const QByteArray &method, const QString &pattern, Handler handler)
    {
        m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), handler});
    }

    // The first route's answer for this method and path. nullopt without one, with *allowed set
    // to the methods the path does take ("GET, PUT"; empty when no route has the path).
    std::optional<SandboxReply> route(const QByteArray &method, const QStringList &path,
                                      const Call &call, QByteArray *allowed) const
    {
        QByteArrayList methods;
        for (const Route &r : m_routes) {
            QStringList args;
            if (!matches(r.segments, path, &args))
                continue;
            if (r.method == method)
                return r.handler(call, args);
            if (!methods.contains(r.method))
                methods.append(r.method);
        }
        *allowed = methods.join(", ");
        return std::nullopt;
    }

    // Every route as added: its method and pattern ("Agents/Contact/{}"), so a test can walk
    // them all.
    QList<std::pair<QByteArray, QString>> patterns() const
    {
        QList<std::pair<QByteArray, QString>> out;
        for (const Route &r : m_routes)
            out.append({r.method, r.segments.join(QLatin1Char('/'))});
        return out;
    }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };

    static bool matches(const QStringList &pattern, const QStringList &path, QStringList *args)
    {
        if (pattern.size() != path.size())
            return false;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QString &p = pattern.at(i);
            if (p == QLatin1String("{}")) {
                args->append(path.at(i));
            } else if (p == QLatin1String("{int}")) {
                bool ok = false;
                path.at(i).toInt(&ok);
                if (!ok)
                    return false;
                args->append(path.at(i));
            } else if (p.compare(path.at(i), Qt::CaseInsensitive) != 0) {
                return false;
            }
        }
        return true;
    }

    QList<Route> m_routes;
};
