#pragma once

#include "formsection.h"

class PersonTableModel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The company's persons: a sortable, filterable table (name, title, position, e-mail, phone,
// retired) from which a person is opened, and a button to add a new one to a saved company.
class PersonsSection : public FormSection
{
    Q_OBJECT

public:
    explicit PersonsSection(QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *newButton() const { return m_new; }
    // The person in the selected row; 0 when none is selected.
    int selectedPersonId() const;

signals:
    void openPersonRequested(int personId);
    void newPersonRequested();

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void openIndex(const QModelIndex &index);
    void updateButtons();

    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_open;
    QPushButton *m_new;
    QSortFilterProxyModel *m_proxy;
    PersonTableModel *m_model = nullptr;
};
