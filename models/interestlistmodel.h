#pragma once

#include "elementlistmodel.h"

// The company's interests (Interests, list "contint") as a checkable list; checking one is an
// undoable edit of its Selected flag.
class InterestListModel : public ElementListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit InterestListModel(EntityDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool isEditable(int row) const;
};
