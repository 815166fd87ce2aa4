#pragma once

#include "elementlistmodel.h"

// The company's persons as a read-only table: name, title, position, e-mail, phone (the direct
// phone, else the mobile) and whether the person has retired. PersonIdRole gives the row's id;
// SortRole a column's text from a cache, so sorting thousands of persons reads each one once.
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
    enum Role { PersonIdRole = Qt::UserRole + 1, RetiredRole, SortRole };

    explicit PersonTableModel(EntityDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const QJsonObject &json, int column) const;
    void forget(int first, int last);

    // Per column, the text of every row once asked for by SortRole; empty until then.
    mutable QList<QStringList> m_sortTexts;
};
