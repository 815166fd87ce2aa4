#pragma once

#include "customfieldlayout.h"
#include "customfieldvalue.h"
#include "entitydocument.h"

#include <QAbstractTableModel>

// The company's custom fields (CustomFields, or UserDefinedFields and ExtraFields from servers
// that send only those) as rows of key, label and typed value, named, ordered and typed as the
// tenant defines them when a layout is set. An edit is written to every bucket that holds the
// key in that bucket's own encoding; the ":org" twins are never touched.
class CustomFieldModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TypeRole,       // CustomFieldValue::Type as int
        TypedValueRole, // QString, qlonglong, double, QDate, QDateTime or bool
        WireRole,       // the encoded string
        ListTextRole,   // the ":DisplayText" sibling of a list field
        EditableRole,
        MandatoryRole,
        ReasonRole,
        MaxLengthRole,
        FieldTypeRole,   // CustomFieldDefinition::Type as int (Unknown without a definition)
        ListNameRole,    // the MDO list of a list or relation field
        ChoicesRole,     // a ListText field's choices
        DescriptionRole, // the tenant's tooltip
    };

    explicit CustomFieldModel(EntityDocument *document, QObject *parent = nullptr);

    // The tenant's definitions (labels, order, types, flags); empty: the keys as they come.
    void setLayout(const CustomFieldLayout &layout);
    const CustomFieldLayout &layout() const { return m_layout; }
    const CustomFieldDefinition *definition(const QString &key) const { return m_layout.find(key); }

    // The key's label, as FieldCatalogue names custom fields.
    QString label(const QString &key) const;
    // The field rights and the tenant's flags together; the stricter wins.
    FieldRights::Access access(const QString &key) const;
    QStringList keys() const { return m_keys; }
    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    CustomFieldValue value(const QString &key) const;
    // Encodes value in the key's existing form and pushes an undoable edit; false when the
    // value does not fit or the field is read-only.
    bool setValue(const QString &key, const QVariant &value);
    // A picker's choice as one undoable step: the value (an item id for lists and relations,
    // the text for ListText) and the ":DisplayText" (and, for UDF lists, ":DisplayTooltip")
    // the form, review and the server show.
    bool setChoice(const QString &key, const QVariant &value, const QString &displayText,
                   const QString &displayTooltip = QString());

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QStringList buckets();
    static bool isSiblingKey(const QString &key);
    // The keys of an entity's custom fields, in display order.
    static QStringList keysOf(const QJsonObject &entity);

private:
    QStringList shownKeys() const;
    QList<std::pair<JsonPath, QJsonValue>> changesFor(const QString &key, const QVariant &value,
                                                      bool *ok) const;
    void commit(const QString &key, const QList<std::pair<JsonPath, QJsonValue>> &changes);
    void onValueChanged(const JsonPath &path);
    QString rawValue(const QString &key) const;

    EntityDocument *m_document;
    CustomFieldLayout m_layout;
    QStringList m_keys;
};
