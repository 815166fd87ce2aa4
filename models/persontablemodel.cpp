#include "persontablemodel.h"

#include "person.h"

namespace {

// The light Person carrier says Retired as 0/1; a PersonEntity-shaped element as a bool.
bool retired(const QJsonObject &person)
{
    const QJsonValue v = person.value(QLatin1String("Retired"));
    return v.isBool() ? v.toBool() : v.toInt() != 0;
}

} // namespace

PersonTableModel::PersonTableModel(EntityDocument *document, QObject *parent)
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
    const QJsonObject json = element(index.row());
    const Person person(json);
    if (role == PersonIdRole)
        return person.personId();
    if (role == RetiredRole)
        return retired(json);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return person.displayName();
    case TitleColumn:
        return person.title();
    case PositionColumn:
        return person.position();
    case EmailColumn:
        return person.email();
    case PhoneColumn:
        return person.directPhone().isEmpty() ? person.mobilePhone() : person.directPhone();
    case RetiredColumn:
        //: In the persons table, for a person who has left or retired
        return retired(json) ? tr("Retired") : QString();
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
    case PositionColumn:
        return tr("Position");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case RetiredColumn:
        return tr("Retired");
    }
    return QVariant();
}
