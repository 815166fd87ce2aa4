#include "customfieldmodel.h"

#include "fieldcatalogue.h"

#include <QRegularExpression>

namespace {

const QString kDisplayText = QStringLiteral(":DisplayText");
const QString kDisplayTooltip = QStringLiteral(":DisplayTooltip");

} // namespace

CustomFieldModel::CustomFieldModel(EntityDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_keys = keysOf(document->working());
    connect(document, &EntityDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &EntityDocument::reset, this, [this] {
        m_keys = keysOf(m_document->working());
        endResetModel();
    });
    connect(document, &EntityDocument::valueChanged, this, &CustomFieldModel::onValueChanged);
    connect(document, &EntityDocument::rightsChanged, this, [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

QStringList CustomFieldModel::buckets()
{
    return {QStringLiteral("CustomFields"), QStringLiteral("UserDefinedFields"),
            QStringLiteral("ExtraFields")};
}

bool CustomFieldModel::isSiblingKey(const QString &key)
{
    return key.endsWith(kDisplayText) || key.endsWith(kDisplayTooltip);
}

QStringList CustomFieldModel::keysOf(const QJsonObject &entity)
{
    QStringList keys;
    const QJsonObject custom = entity.value(QLatin1String("CustomFields")).toObject();
    // CustomFields combines the other two; servers that predate it send only those.
    const QStringList sources = custom.isEmpty() ? QStringList{QStringLiteral("UserDefinedFields"),
                                                               QStringLiteral("ExtraFields")}
                                                 : QStringList{QStringLiteral("CustomFields")};
    for (const QString &bucket : sources) {
        const QJsonObject o = entity.value(bucket).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!isSiblingKey(it.key()) && !keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    // "SuperOffice:2" before "SuperOffice:10".
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        static const QRegularExpression tail(QStringLiteral("^(.*?)(\\d+)$"));
        const auto ma = tail.match(a);
        const auto mb = tail.match(b);
        if (ma.hasMatch() && mb.hasMatch() && ma.captured(1) == mb.captured(1))
            return ma.captured(2).toLongLong() < mb.captured(2).toLongLong();
        return a < b;
    });
    return keys;
}

QString CustomFieldModel::label(const QString &key) const
{
    return FieldCatalogue::customFieldLabel(key);
}

QString CustomFieldModel::rawValue(const QString &key) const
{
    for (const QString &bucket : buckets()) {
        const QJsonValue v = m_document->working().value(bucket).toObject().value(key);
        if (!v.isUndefined())
            return v.isString() ? v.toString() : v.toVariant().toString();
    }
    return QString();
}

CustomFieldValue CustomFieldModel::value(const QString &key) const
{
    return CustomFieldValue::decode(rawValue(key));
}

bool CustomFieldModel::setValue(const QString &key, const QVariant &newValue)
{
    const int row = rowOf(key);
    if (row < 0 || !m_document->rights().customField(key).editable)
        return false;
    bool ok = false;
    const CustomFieldValue updated = value(key).withValue(newValue, &ok);
    if (!ok)
        return false;
    QList<std::pair<JsonPath, QJsonValue>> changes;
    for (const QString &bucket : buckets()) {
        if (m_document->working().value(bucket).toObject().contains(key))
            changes.append({JsonPath(bucket).key(key), updated.wire()});
    }
    if (changes.size() == 1)
        m_document->setValue(changes.first().first, changes.first().second,
                             tr("Change %1").arg(label(key)));
    else
        m_document->setValues(changes, tr("Change %1").arg(label(key)));
    return true;
}

void CustomFieldModel::onValueChanged(const JsonPath &path)
{
    if (path.isEmpty() || !buckets().contains(path.at(0).key))
        return;
    const QStringList keys = keysOf(m_document->working());
    if (keys != m_keys) {
        beginResetModel();
        m_keys = keys;
        endResetModel();
        return;
    }
    if (path.size() >= 2) {
        const int row = rowOf(path.at(1).key);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (!m_keys.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int CustomFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int CustomFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const QString key = m_keys.at(index.row());
    const FieldRights::Access access = m_document->rights().customField(key);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LabelColumn)
            return label(key);
        {
            const QString listText = data(index, ListTextRole).toString();
            return listText.isEmpty() ? value(key).displayText() : listText;
        }
    case Qt::EditRole:
        return index.column() == LabelColumn ? QVariant(label(key)) : value(key).value();
    case Qt::ToolTipRole:
        return access.reason.isEmpty() ? QVariant() : QVariant(access.reason);
    case KeyRole:
        return key;
    case TypeRole:
        return int(value(key).type());
    case TypedValueRole:
        return value(key).value();
    case WireRole:
        return rawValue(key);
    case ListTextRole:
        for (const QString &bucket : buckets()) {
            const QJsonValue v =
                m_document->working().value(bucket).toObject().value(key + kDisplayText);
            if (v.isString())
                return v.toString();
        }
        return QString();
    case EditableRole:
        return access.editable;
    case MandatoryRole:
        return access.mandatory;
    case ReasonRole:
        return access.reason;
    case MaxLengthRole:
        return access.maxLength;
    }
    return QVariant();
}

bool CustomFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ValueColumn || role != Qt::EditRole)
        return false;
    return setValue(m_keys.at(index.row()), value);
}

Qt::ItemFlags CustomFieldModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn &&
        m_document->rights().customField(m_keys.at(index.row())).editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CustomFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == LabelColumn ? tr("Field") : tr("Value");
}
