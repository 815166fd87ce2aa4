#pragma once

#include "elementlistmodel.h"

// The company's persons as a read-only table: name, title, e-mail, direct phone, mobile.
class PersonTableModel : public ElementListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TitleColumn,
        EmailColumn,
        DirectPhoneColumn,
        MobileColumn,
        ColumnCount
    };
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    explicit PersonTableModel(ContactDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
