#pragma once

#include "formsection.h"

class QLabel;
class QLineEdit;

// Who the company is: name, department, organisation number (labelled as the country calls
// it), the two number fields and the kana name (Japanese UI, or when it has a value).
class IdentitySection : public FormSection
{
    Q_OBJECT

public:
    explicit IdentitySection(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    QString orgNrLabel() const;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_orgNr = nullptr;
    QLineEdit *m_kana = nullptr;
    QLabel *m_orgNrLabel = nullptr;
    QLabel *m_kanaLabel = nullptr;
};
