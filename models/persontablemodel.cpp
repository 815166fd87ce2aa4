#include "persontablemodel.h"

#include "person.h"

PersonTableModel::PersonTableModel(ContactDocument *document, QObject *parent)
    : ElementListModel(document, QStringLiteral("Persons"), parent)
{}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const Person person(element(index.row()));
    if (role == PersonIdRole)
        return person.personId();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return person.displayName();
    case TitleColumn:
        return person.title();
    case EmailColumn:
        return person.email();
    case DirectPhoneColumn:
        return person.directPhone();
    case MobileColumn:
        return person.mobilePhone();
    }
    return QVariant();
}

Qt::ItemFlags PersonTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case EmailColumn:
        return tr("E-mail");
    case DirectPhoneColumn:
        return tr("Direct phone");
    case MobileColumn:
        return tr("Mobile");
    }
    return QVariant();
}
