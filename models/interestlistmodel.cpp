#include "interestlistmodel.h"

#include "selectablemdolistitem.h"

InterestListModel::InterestListModel(EntityDocument *document, QObject *parent)
    : ElementListModel(document, QStringLiteral("Interests"), parent)
{}

int InterestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant InterestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const SelectableMDOListItem item(element(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return item.name();
    case Qt::ToolTipRole:
        if (!isEditable(index.row()))
            return listAccess().reason;
        return item.toolTip().isEmpty() ? QVariant() : QVariant(item.toolTip());
    case Qt::CheckStateRole:
        return item.isSelected() ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return item.id();
    }
    return QVariant();
}

bool InterestListModel::isEditable(int row) const
{
    return listAccess().editable && elementRights(row).field(QStringLiteral("Selected")).editable;
}

bool InterestListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !isEditable(index.row()))
        return false;
    const bool selected = value.toInt() == Qt::Checked;
    const SelectableMDOListItem item(element(index.row()));
    if (item.isSelected() == selected)
        return true;
    setElementValue(index.row(), QStringLiteral("Selected"), selected,
                    selected ? tr("Add interest %1").arg(item.name())
                             : tr("Remove interest %1").arg(item.name()));
    return true;
}

Qt::ItemFlags InterestListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}
