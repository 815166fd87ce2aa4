#pragma once

#include <QStyledItemDelegate>

// Draws an interest one step in per level (InterestListModel::DepthRole), so an interest's
// ChildItems sit under it in a plain list; the check box moves with the text, clicks included.
class InterestDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
