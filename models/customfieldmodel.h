#pragma once

#include "entitydocument.h"
#include "customfieldvalue.h"

#include <QAbstractTableModel>

// The company's custom fields (CustomFields, or UserDefinedFields and ExtraFields from servers
// that send only those) as rows of key, label and typed value. An edit is encoded in the form
// the value arrived in and written to every bucket that holds the key.
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
    };

    explicit CustomFieldModel(EntityDocument *document, QObject *parent = nullptr);

    // The key's label, as FieldCatalogue names custom fields.
    QString label(const QString &key) const;
    QStringList keys() const { return m_keys; }
    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    CustomFieldValue value(const QString &key) const;
    // Encodes value in the key's existing form and pushes an undoable edit; false when the
    // value does not fit or the field is read-only.
    bool setValue(const QString &key, const QVariant &value);

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
    void rebuild();
    void onValueChanged(const JsonPath &path);
    QString rawValue(const QString &key) const;

    EntityDocument *m_document;
    QStringList m_keys;
};
