#include "interestlistmodel.h"

#include "selectablemdolistitem.h"

namespace {

const QString kInterests = QStringLiteral("Interests");
const QString kChildren = QStringLiteral("ChildItems");
const QString kSelected = QStringLiteral("Selected");

bool isInterests(const JsonPath &path)
{
    return !path.isEmpty() && path.at(0).key == kInterests;
}

} // namespace

InterestListModel::InterestListModel(EntityDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(rowsNow())
{
    connect(document, &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
        if (isInterests(path) || path.isEmpty())
            refresh();
    });
    for (auto signal : {&EntityDocument::elementsInserted, &EntityDocument::elementsRemoved}) {
        connect(document, signal, this, [this](const JsonPath &list, int) {
            if (isInterests(list))
                refresh();
        });
    }
    connect(document, &EntityDocument::elementMoved, this, [this](const JsonPath &list, int, int) {
        if (isInterests(list))
            refresh();
    });
    connect(document, &EntityDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &EntityDocument::reset, this, [this] {
        m_rows = rowsNow();
        endResetModel();
    });
}

QList<InterestListModel::Row> InterestListModel::rowsNow() const
{
    const QJsonArray items = m_document->working().value(kInterests).toArray();
    const QJsonArray saved = m_document->base().json().value(kInterests).toArray();
    // Offered, or selected here or on the server: a chosen interest the list no longer offers
    // stays visible so it can be seen and unticked.
    auto shown = [](const QJsonObject &item, const QJsonObject &savedItem) {
        const SelectableMDOListItem i(item);
        return (!i.isHidden() && !i.isDeleted()) || i.isSelected() ||
               (savedItem.value(QLatin1String("Id")) == item.value(QLatin1String("Id")) &&
                SelectableMDOListItem(savedItem).isSelected());
    };
    QList<Row> rows;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonObject savedItem = saved.at(i).toObject();
        const QJsonArray children = item.value(kChildren).toArray();
        const QJsonArray savedChildren = savedItem.value(kChildren).toArray();
        QList<Row> shownChildren;
        for (int c = 0; c < children.size(); ++c) {
            if (shown(children.at(c).toObject(), savedChildren.at(c).toObject()))
                shownChildren.append({i, c});
        }
        if (!shown(item, savedItem) && shownChildren.isEmpty())
            continue;
        rows.append({i, -1});
        rows.append(shownChildren);
    }
    return rows;
}

void InterestListModel::refresh()
{
    const QList<Row> rows = rowsNow();
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

JsonPath InterestListModel::pathOf(const Row &row) const
{
    JsonPath path = JsonPath(kInterests).index(row.item);
    if (row.child >= 0)
        path = path.key(kChildren).index(row.child);
    return path;
}

QJsonObject InterestListModel::itemOf(int row) const
{
    return m_document->value(pathOf(m_rows.at(row))).toObject();
}

int InterestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant InterestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const SelectableMDOListItem item(itemOf(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return item.name();
    case Qt::ToolTipRole:
        if (!isEditable(index.row())) {
            const FieldRights::Access list = m_document->rights().field(kInterests);
            return list.reason;
        }
        if (item.isHidden() || item.isDeleted())
            return tr("No longer offered; kept because it is selected");
        return item.toolTip().isEmpty() ? QVariant() : QVariant(item.toolTip());
    case Qt::CheckStateRole:
        return item.isSelected() ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return item.id();
    case DepthRole:
        return m_rows.at(index.row()).child >= 0 ? 1 : 0;
    }
    return QVariant();
}

bool InterestListModel::isEditable(int row) const
{
    return m_document->rights().field(kInterests).editable &&
           m_document->rights().nested(itemOf(row)).field(kSelected).editable;
}

bool InterestListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !isEditable(index.row()))
        return false;
    const bool selected = value.toInt() == Qt::Checked;
    const SelectableMDOListItem item(itemOf(index.row()));
    if (item.isSelected() == selected)
        return true;
    m_document->setValue(pathOf(m_rows.at(index.row())).key(kSelected), selected,
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
