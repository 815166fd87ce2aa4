#pragma once

#include "formsection.h"

class QPlainTextEdit;

// The company's note (Description; SuperOffice calls it the note): plain text, several lines.
class DescriptionSection : public FormSection
{
    Q_OBJECT

public:
    explicit DescriptionSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);
    QPlainTextEdit *editor() const { return m_edit; }

protected:
    void load() override;
    void applyRights() override;

private:
    QPlainTextEdit *m_edit;
};
