#pragma once

#include "contactdocument.h"

#include <QAbstractListModel>

// The scalar fields of a company (identity, classification, flags, note, record info) as rows,
// each with its value and what the user may do with it. setData pushes an undoable edit.
class ContactFormModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind {
        Text,      // a string member
        MultiLine, // Description
        Flag,      // a bool member
        Reference, // Business, Category, TicketPriority, CustomerLanguage: {Id, Value}
        Associate, // Associate, SupportAssociate: {AssociateId, Name, FullName}
        Country,   // {CountryId, Name}
        Date,      // read-only date
        Number,    // read-only integer
    };
    Q_ENUM(Kind)

    enum Role {
        MemberRole = Qt::UserRole + 1,
        KindRole,
        LabelRole,
        EditableRole,
        VisibleRole,
        MandatoryRole,
        ReasonRole,
        MaxLengthRole,
        ListNameRole, // the MDO list that fills a picker
        IdRole,       // the chosen list item's id (0: none)
        CarrierRole,  // the member's carrier object (QJsonObject) for pickers
    };

    struct Field
    {
        QString member;
        Kind kind;
        const char *label;
        QString listName;
        bool alwaysReadOnly = false;
    };

    explicit ContactFormModel(ContactDocument *document, QObject *parent = nullptr);

    static const QList<Field> &fields();
    static QString fieldLabel(const QString &member);
    int rowOf(const QString &member) const;
    QModelIndex indexOf(const QString &member) const { return index(rowOf(member)); }
    FieldRights::Access access(const QString &member) const;
    // Members the user must fill but left blank, by label.
    QStringList blankMandatoryFields() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // EditRole takes a QString for text, a bool for flags and a QJsonObject carrier (or an id
    // with setReference) for pickers.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const Field &field) const;
    ContactDocument *m_document;
};
