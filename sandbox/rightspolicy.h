#pragma once

#include "sandboxuser.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class CustomFieldCatalog;
class SandboxTexts;

// What each role may do with a company and a person, announced the way the real server does
// (TableRight and FieldProperties on the entity and its nested carriers, masks as flag names,
// Reason as resource ids) and enforced on save: read-only and hidden fields stay as they were,
// mandatory fields are filled and strings fit their FieldLength.
class RightsPolicy
{
public:
    struct Violation
    {
        QString field; // "Name", "Phones[1].Value", "Address.StreetCity"
        QString message;
    };

    explicit RightsPolicy(const SandboxTexts &texts);
    // The company fields whose mandatory ones a save must fill.
    void setCustomFields(const CustomFieldCatalog *fields) { m_customFields = fields; }

    QJsonObject tableRight(const SandboxUser &user) const;
    bool canSave(const SandboxUser &user, bool isNew) const;
    QJsonObject entityFieldProperties(const SandboxUser &user) const;
    QJsonObject elementFieldProperties(const SandboxUser &user) const;
    QJsonObject personFieldProperties(const SandboxUser &user) const;
    QJsonObject addressFieldProperties(const SandboxUser &user) const;

    // Top-level members the user may not see (FieldRight None); saves keep their stored values.
    QStringList hiddenMembers(const SandboxUser &user) const;

    // Puts the user's rights on the entity and every nested carrier and blanks hidden fields.
    void decorate(QJsonObject &entity, const SandboxUser &user) const;

    // The rule breaks of a save. before: the record as stored (or the default for a new one);
    // incoming: the members the client sent; merged: the record as it would be written.
    QList<Violation> check(const SandboxUser &user, const QJsonObject &before,
                           const QJsonObject &incoming, const QJsonObject &merged,
                           const QString &language) const;

    // The same for a PersonEntity: its table right is spelled out ("Select, Update, Insert,
    // Delete"), Contact is mandatory, Category, Business and Associate belong to the company.
    QJsonObject personTableRight(const SandboxUser &user) const;
    bool canSavePerson(const SandboxUser &user, bool isNew) const;
    bool canDeletePerson(const SandboxUser &user) const;
    QJsonObject personEntityFieldProperties(const SandboxUser &user) const;
    QStringList hiddenPersonMembers(const SandboxUser &user) const;
    void decoratePerson(QJsonObject &person, const SandboxUser &user) const;
    QList<Violation> checkPerson(const SandboxUser &user, const QJsonObject &before,
                                 const QJsonObject &incoming, const QJsonObject &merged,
                                 const QString &language) const;

private:
    const SandboxTexts &m_texts;
    const CustomFieldCatalog *m_customFields = nullptr;
};
