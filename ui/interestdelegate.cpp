#include "interestdelegate.h"

#include "interestlistmodel.h"

#include <QFontMetrics>

void InterestDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int depth = index.data(InterestListModel::DepthRole).toInt();
    if (depth > 0) {
        // About two characters per level, as tree views indent.
        const int step = option->fontMetrics.horizontalAdvance(QLatin1Char('M')) * 2;
        option->rect.adjust(depth * step, 0, 0, 0);
    }
}
