#include "displaytextproxymodel.h"

#include "displaytext.h"
#include "plaintext.h"

QVariant DisplayTextProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    if (value.typeId() != QMetaType::QString)
        return value;
    if (role == Qt::DisplayRole)
        return DisplayText::line(value.toString());
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(DisplayText::line(value.toString()));
    return value;
}
