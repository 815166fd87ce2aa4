#pragma once

#include "jsonpath.h"

#include <QCoreApplication>
#include <QJsonObject>

// Merges the user's draft with the server's current version of the same company, both grown
// from the same base: changes made on one side only are taken, the same change on both sides is
// fine, and different changes to the same value are conflicts for the user to decide. Entries of
// phone, e-mail and web lists added on both sides are all kept.
class ThreeWayMerge
{
    Q_DECLARE_TR_FUNCTIONS(ThreeWayMerge)

public:
    struct Conflict
    {
        JsonPath path;
        QString label;
        QJsonValue base;
        QJsonValue mine;
        QJsonValue theirs;
        QString mineText;
        QString theirsText;
    };

    struct Result
    {
        // The merged entity; each conflict holds the user's value until resolved.
        QJsonObject merged;
        QList<Conflict> conflicts;
        // Labels of members the server changed and the merge took.
        QStringList takenFromServer;
    };

    static Result merge(const QJsonObject &base, const QJsonObject &mine,
                        const QJsonObject &theirs);
    // Sets one conflict's value to the user's or the server's choice.
    static void resolve(QJsonObject &merged, const Conflict &conflict, bool takeMine);
};
