#pragma once

#include "entitychange.h"
#include "entitykind.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// What changed between two versions of a company, field by field and list entry by list entry
// (review before save, review of an enrichment), and how to drop one change again.
class EntityDiff
{
    Q_DECLARE_TR_FUNCTIONS(EntityDiff)

public:
    using LabelFor = std::function<QString(const QString &customKey)>;

    // Members the server maintains (rights, dates, ids of who changed it) are left out. Labels
    // come from FieldCatalogue; customLabel can name custom fields instead.
    static QList<EntityChange> compute(const QJsonObject &base, const QJsonObject &current,
                                       const LabelFor &customLabel = LabelFor(),
                                       EntityKind kind = EntityKind::Contact);
    using Edits = QList<std::pair<JsonPath, QJsonValue>>;
    // The member values that drop one change: current's members with that change taken back to
    // base. Apply them as one step (EntityDocument::setValues).
    static Edits revert(const QJsonObject &base, const QJsonObject &current,
                        const EntityChange &change);
    // The member values that take chosen changes of compute(current, proposed) into current
    // (accepting parts of an enrichment), as one step.
    static Edits apply(const QJsonObject &current, const QJsonObject &proposed,
                       QList<EntityChange> chosen);

    static bool isServerManaged(const QString &member);
    static bool isElementList(const QString &member);
    static QString elementText(const QJsonValue &element);

private:
    static void diffElements(const QString &member, const QJsonArray &base,
                             const QJsonArray &current, QList<EntityChange> &out);
};
