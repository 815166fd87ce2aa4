#include "persontablemodel.h"

#include "person.h"

#include <climits>

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
    , m_sortTexts(ColumnCount)
{
    // Connected before any view or proxy can be: the cache is right when they ask again.
    connect(
        this, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { forget(from.row(), to.row()); });
    const auto forgetAll = [this] { forget(0, INT_MAX); };
    connect(this, &QAbstractItemModel::modelReset, this, forgetAll);
    connect(this, &QAbstractItemModel::rowsInserted, this, forgetAll);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forgetAll);
    connect(this, &QAbstractItemModel::rowsMoved, this, forgetAll);
    connect(this, &QAbstractItemModel::layoutChanged, this, forgetAll);
}

void PersonTableModel::forget(int first, int last)
{
    for (int column = 0; column < m_sortTexts.size(); ++column) {
        QStringList &texts = m_sortTexts[column];
        if (first <= 0 || last >= texts.size() - 1) {
            texts.clear();
            continue;
        }
        // A few rows changed: only those are read again.
        for (int row = first; row <= last; ++row)
            texts[row] = text(element(row), column);
    }
}

QString PersonTableModel::text(const QJsonObject &json, int column) const
{
    const Person person(json);
    switch (column) {
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
    return QString();
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    if (role == SortRole) {
        if (index.column() < 0 || index.column() >= ColumnCount)
            return QVariant();
        QStringList &texts = m_sortTexts[index.column()];
        if (texts.isEmpty()) {
            const int rows = rowCount();
            texts.reserve(rows);
            for (int row = 0; row < rows; ++row)
                texts.append(text(element(row), index.column()));
        }
        return texts.at(index.row());
    }
    const QJsonObject json = element(index.row());
    if (role == PersonIdRole)
        return Person(json).personId();
    if (role == RetiredRole)
        return retired(json);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    return text(json, index.column());
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
