#pragma once

#include "threewaymerge.h"

#include <QDialog>

class QButtonGroup;
class QTableWidget;

// Side by side, each field that both the user and someone on the server changed differently:
// the user picks which value to keep, field by field. Nothing is chosen silently: the user's own
// value is preselected and every row is visible.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString &companyName, const ThreeWayMerge::Result &merge,
                   QWidget *parent = nullptr);

    // One entry per conflict: true keeps the user's value.
    QList<bool> choices() const;
    void chooseAll(bool mine);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    QList<QButtonGroup *> m_groups;
};
