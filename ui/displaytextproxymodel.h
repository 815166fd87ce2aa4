#pragma once

#include <QSortFilterProxyModel>

// Sorts and filters a model of server text (the company's persons) and shows its text as
// DisplayText does: hidden characters visible, long text cut, tooltips plain. Sorting, filtering
// and the source's own data see the stored text.
class DisplayTextProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
