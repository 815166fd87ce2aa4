#pragma once

#include "formsection.h"

class QLabel;

// Read-only facts about the record: its id, who created and last changed it and when, bouncing
// e-mail addresses, its source and campaign data.
class RecordInfoSection : public FormSection
{
    Q_OBJECT

public:
    explicit RecordInfoSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);
    QString text(const QString &name) const;

protected:
    void load() override;
    void applyRights() override {}

private:
    QLabel *addRow(const QString &name, const QString &label);
    QHash<QString, QLabel *> m_values;
};
