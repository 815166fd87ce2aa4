#pragma once

#include <QWidget>

class EntityElementListModel;
class QLabel;
class QPushButton;
class QTableView;
class ValidatingDelegate;

// A list of phones, faxes, e-mail or web addresses: a two-column table (value, description)
// with Add, Remove, Move up and Move down, and the syntax problems (and bouncing addresses) of
// its entries shown below. An entry that may not be removed keeps Remove disabled, saying why.
class ElementListEditor : public QWidget
{
    Q_OBJECT

public:
    ElementListEditor(const QString &title, QWidget *parent = nullptr);

    void setModel(EntityElementListModel *model);
    EntityElementListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problemText() const;
    // Marks the heading as required (a list the server says must not be empty).
    void setMandatory(bool mandatory);
    bool isMandatory() const { return m_mandatory; }

    void addEntry();
    void removeCurrent();
    void moveCurrent(int delta);

private:
    void updateButtons();
    void updateProblems(const QString &typing = QString());

    QString m_title;
    QLabel *m_heading;
    bool m_mandatory = false;
    EntityElementListModel *m_model = nullptr;
    QTableView *m_view;
    ValidatingDelegate *m_delegate = nullptr;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problems;
};
