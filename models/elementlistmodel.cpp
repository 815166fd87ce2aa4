#include "elementlistmodel.h"

#include "listchanges.h"

ElementListModel::ElementListModel(EntityDocument *document, const QString &member, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_list(member)
{
    refreshCache();
    connect(document, &EntityDocument::elementsAboutToBeInserted, this,
            [this](const JsonPath &list, int row) {
                if (list == m_list)
                    beginInsertRows(QModelIndex(), row, row);
            });
    connect(document, &EntityDocument::elementsInserted, this, [this](const JsonPath &list, int) {
        if (list == m_list) {
            refreshCache();
            endInsertRows();
        }
    });
    connect(document, &EntityDocument::elementsAboutToBeRemoved, this,
            [this](const JsonPath &list, int row) {
                if (list == m_list)
                    beginRemoveRows(QModelIndex(), row, row);
            });
    connect(document, &EntityDocument::elementsRemoved, this, [this](const JsonPath &list, int) {
        if (list == m_list) {
            refreshCache();
            endRemoveRows();
        }
    });
    connect(document, &EntityDocument::elementAboutToBeMoved, this,
            [this](const JsonPath &list, int from, int to) {
                if (list != m_list)
                    return;
                // beginMoveRows wants the destination as the row the item is placed before.
                m_moving = beginMoveRows(QModelIndex(), from, from, QModelIndex(),
                                         to > from ? to + 1 : to);
            });
    connect(document, &EntityDocument::elementMoved, this, [this](const JsonPath &list, int, int) {
        if (list != m_list)
            return;
        refreshCache();
        if (m_moving)
            endMoveRows();
        m_moving = false;
    });
    // The document is replaced as a whole after a save, a merge or a revert, but a list in it
    // is mostly as it was: rows that differ are announced, and a reset (which makes a sorted
    // view of 10,000 persons sort them all again) only when the number of rows changed.
    connect(document, &EntityDocument::reset, this, [this] {
        const QJsonArray before = m_cache;
        const QJsonArray after = m_list.get(m_document->working()).toArray();
        if (after.size() != before.size()) {
            beginResetModel();
            m_cache = after;
            endResetModel();
            return;
        }
        m_cache = after;
        // A save's answer may come with the comparison done already, off the window's thread.
        const ListChanges &known = m_document->knownChanges();
        const auto rows = known.isFor(m_list, before, after)
                              ? known.rows()
                              : ListChanges::changedRows(before, after);
        for (const auto &[first, last] : rows)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    });
    connect(document, &EntityDocument::valueChanged, this, &ElementListModel::onValueChanged);
    connect(document, &EntityDocument::rightsChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void ElementListModel::refreshCache()
{
    m_cache = m_list.get(m_document->working()).toArray();
}

void ElementListModel::onValueChanged(const JsonPath &path)
{
    if (!path.startsWith(m_list) && !(m_list.startsWith(path)))
        return;
    if (path.size() <= m_list.size()) {
        // The whole list (or an ancestor) was replaced.
        beginResetModel();
        refreshCache();
        endResetModel();
        return;
    }
    refreshCache();
    const int row = path.at(m_list.size()).index;
    if (row >= 0 && row < rowCount())
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int ElementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cache.size());
}

QJsonObject ElementListModel::element(int row) const
{
    return m_cache.at(row).toObject();
}

QJsonValue ElementListModel::elementValue(int row, const QString &key) const
{
    if (row < 0 || row >= m_cache.size())
        return QJsonValue();
    return m_cache.at(row).toObject().value(key);
}

void ElementListModel::setElementValue(int row, const QString &key, const QJsonValue &value,
                                       const QString &text)
{
    m_document->setValue(m_list.index(row).key(key), value, text);
}

FieldRights::Access ElementListModel::listAccess() const
{
    return m_document->rights().field(member());
}

FieldRights ElementListModel::elementRights(int row) const
{
    return m_document->rights().nested(element(row));
}
