#pragma once

#include "formsection.h"

class PersonTableModel;
class QTableView;

// The company's persons, read-only here: name, title, e-mail, direct phone, mobile.
class PersonsSection : public FormSection
{
    Q_OBJECT

public:
    explicit PersonsSection(QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    QTableView *m_view;
    PersonTableModel *m_model = nullptr;
};
