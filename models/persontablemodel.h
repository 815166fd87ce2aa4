#pragma once

#include "elementlistmodel.h"

// The company's persons as a read-only table: name, title, position, e-mail, phone (the direct
// phone, else the mobile) and whether the person has retired. PersonIdRole gives the row's id.
class PersonTableModel : public ElementListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TitleColumn,
        PositionColumn,
        EmailColumn,
        PhoneColumn,
        RetiredColumn,
        ColumnCount
    };
    enum Role { PersonIdRole = Qt::UserRole + 1, RetiredRole };

    explicit PersonTableModel(EntityDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
