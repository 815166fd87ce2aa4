#pragma once

#include <QWidget>

class EntityElementListModel;
class QLabel;
class QPushButton;
class QTableView;
class ValidatingDelegate;

// A list of phones, faxes, e-mail or web addresses: a two-column table (value, description)
// with Add, Remove, Move up and Move down, and the syntax problems of its entries shown below.
class ElementListEditor : public QWidget
{
    Q_OBJECT

public:
    ElementListEditor(const QString &title, QWidget *parent = nullptr);

    void setModel(EntityElementListModel *model);
    EntityElementListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problemText() const;

    void addEntry();
    void removeCurrent();
    void moveCurrent(int delta);

private:
    void updateButtons();
    void updateProblems(const QString &typing = QString());

    QString m_title;
    EntityElementListModel *m_model = nullptr;
    QTableView *m_view;
    ValidatingDelegate *m_delegate = nullptr;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problems;
};
