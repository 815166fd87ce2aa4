#pragma once

#include "formsection.h"

class QLabel;

// Read-only facts about the record: its id, who created and last changed it and when, bouncing
// e-mail addresses, its source and campaign data. A fact the user may not see is not shown (nor
// held in its label); one the server states read-only says why.
class RecordInfoSection : public FormSection
{
    Q_OBJECT

public:
    explicit RecordInfoSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);
    QString text(const QString &name) const;
    // Whether the row is shown (its rights let the user see it).
    bool isRowShown(const QString &name) const;

protected:
    void load() override;
    void applyRights() override;

private:
    QLabel *addRow(const QString &name, const QString &label);
    // The members a row shows ("Created": CreatedDate and CreatedBy).
    QStringList membersOf(const QString &name) const;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_captions;
};
