#pragma once

#include "entitydocument.h"

#include <QAbstractListModel>

// The company's or person's interests (Interests, list "contint" or "persint") as a checkable
// list; checking one is an undoable edit of its Selected flag. An interest's ChildItems follow
// it one level deeper (DepthRole), and what the list no longer offers (Hidden or Deleted) is left
// out unless it is selected, now or as the server has it, so nothing chosen disappears.
class InterestListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DepthRole, // 0: an interest; 1: one of its ChildItems
    };

    explicit InterestListModel(EntityDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        int item = -1;  // index in Interests
        int child = -1; // index in its ChildItems; -1 for the interest itself
        bool operator==(const Row &) const = default;
    };
    QList<Row> rowsNow() const;
    JsonPath pathOf(const Row &row) const;
    QJsonObject itemOf(int row) const;
    bool isEditable(int row) const;
    void refresh();

    EntityDocument *m_document;
    QList<Row> m_rows;
};
