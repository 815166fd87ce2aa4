#pragma once

#include "elementlistmodel.h"

#include <QCoreApplication>

// Phones, Faxes, Emails or Urls of one company as an editable two-column list (value,
// description). Adding, removing, moving and editing are undoable steps; a phone's or e-mail's
// StrippedValue follows its value in the same step. Each entry's own rights count (one may not
// be removed or changed), and an e-mail address the company's BounceEmails lists is marked.
class EntityElementListModel : public ElementListModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, DescriptionColumn, ColumnCount };
    enum Role {
        ErrorRole = Qt::UserRole + 1,
        BouncingRole, // bool: mail to this e-mail address comes back (BounceEmails)
    };
    enum class Kind { Phone, Fax, Email, Url };

    // member: "Phones", "Faxes", "Emails" or "Urls".
    EntityElementListModel(EntityDocument *document, const QString &member,
                           QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Why a value is not a valid e-mail address, web address or phone number; empty when it is.
    static QString validate(Kind kind, const QString &value);
    // The StrippedValue a server keeps beside Value: a phone's digits with a leading +, an
    // e-mail address trimmed; empty for web addresses (which have none).
    static QString stripped(Kind kind, const QString &value);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    bool canAddOrRemove() const;
    // The list allows removing and so does the entry's own TableRight.
    bool canRemove(int row) const;
    bool isCellEditable(int row, int column) const;
    bool isBouncing(int row) const;

private:
    Kind m_kind;
};
