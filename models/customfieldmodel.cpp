#include "customfieldmodel.h"

#include "customfieldencoding.h"
#include "fieldcatalogue.h"

#include <QRegularExpression>

namespace {

const QString kDisplayText = QStringLiteral(":DisplayText");
const QString kDisplayTooltip = QStringLiteral(":DisplayTooltip");
// The server's copy of the value it sent, for its change detection: sent back untouched.
const QString kOriginal = QStringLiteral(":org");

CustomFieldValue::Type valueType(CustomFieldDefinition::Type type)
{
    using T = CustomFieldDefinition::Type;
    switch (type) {
    case T::Integer:
    case T::List:
    case T::Relation:
        return CustomFieldValue::Type::Integer;
    case T::Decimal:
        return CustomFieldValue::Type::Decimal;
    case T::Date:
        return CustomFieldValue::Type::Date;
    case T::DateTime:
        return CustomFieldValue::Type::DateTime;
    case T::Checkbox:
        return CustomFieldValue::Type::Boolean;
    default:
        return CustomFieldValue::Type::Text;
    }
}

bool isDefinedType(const CustomFieldDefinition *d)
{
    return d && d->type != CustomFieldDefinition::Type::Unknown &&
           d->type != CustomFieldDefinition::Type::Other;
}

} // namespace

CustomFieldModel::CustomFieldModel(EntityDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_keys = shownKeys();
    connect(document, &EntityDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &EntityDocument::reset, this, [this] {
        m_keys = shownKeys();
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

void CustomFieldModel::setLayout(const CustomFieldLayout &layout)
{
    if (layout == m_layout)
        return;
    beginResetModel();
    m_layout = layout;
    m_keys = shownKeys();
    endResetModel();
}

QStringList CustomFieldModel::shownKeys() const
{
    QStringList keys = m_layout.ordered(keysOf(m_document->working()));
    keys.removeIf([this](const QString &key) {
        const CustomFieldDefinition *d = m_layout.find(key);
        return d && d->hidden;
    });
    return keys;
}

bool CustomFieldModel::isSiblingKey(const QString &key)
{
    return key.endsWith(kDisplayText) || key.endsWith(kDisplayTooltip) || key.endsWith(kOriginal);
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
    return FieldCatalogue::customFieldLabel(key, m_layout.labels());
}

FieldRights::Access CustomFieldModel::access(const QString &key) const
{
    return m_layout.access(key, m_document->rights().customField(key));
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
    const CustomFieldDefinition *d = m_layout.find(key);
    if (!isDefinedType(d))
        return CustomFieldValue::decode(rawValue(key));
    const QVariant typed = CustomFieldEncoding::decode(d->type, rawValue(key));
    CustomFieldValue v = CustomFieldValue::ofType(valueType(d->type), typed);
    return v;
}

QList<std::pair<JsonPath, QJsonValue>>
CustomFieldModel::changesFor(const QString &key, const QVariant &newValue, bool *ok) const
{
    QList<std::pair<JsonPath, QJsonValue>> changes;
    *ok = true;
    const CustomFieldDefinition *d = m_layout.find(key);
    for (const QString &bucket : buckets()) {
        const QJsonObject values = m_document->working().value(bucket).toObject();
        if (!values.contains(key))
            continue;
        const QString previous = values.value(key).toString();
        QString wire;
        if (isDefinedType(d)) {
            wire = CustomFieldEncoding::encode(d->type, CustomFieldEncoding::bucket(bucket),
                                               newValue, previous);
        } else {
            // Unknown type: each bucket keeps the form its value arrived in.
            bool fits = false;
            wire = CustomFieldValue::decode(previous).withValue(newValue, &fits).wire();
            if (!fits) {
                *ok = false;
                return {};
            }
        }
        changes.append({JsonPath(bucket).key(key), wire});
    }
    return changes;
}

bool CustomFieldModel::setValue(const QString &key, const QVariant &newValue)
{
    const int row = rowOf(key);
    if (row < 0 || !access(key).editable)
        return false;
    bool ok = false;
    const auto changes = changesFor(key, newValue, &ok);
    if (!ok)
        return false;
    commit(key, changes);
    return true;
}

bool CustomFieldModel::setChoice(const QString &key, const QVariant &newValue,
                                 const QString &displayText, const QString &displayTooltip)
{
    const int row = rowOf(key);
    if (row < 0 || !access(key).editable)
        return false;
    bool ok = false;
    auto changes = changesFor(key, newValue, &ok);
    if (!ok)
        return false;
    const CustomFieldDefinition *d = m_layout.find(key);
    const bool idList = d ? d->isIdList() : true;
    for (const QString &bucket : buckets()) {
        const QJsonObject values = m_document->working().value(bucket).toObject();
        if (!values.contains(key))
            continue;
        // Lists and relations always carry their shown text; a ListText only where the
        // server sent one.
        if (idList || values.contains(key + kDisplayText))
            changes.append({JsonPath(bucket).key(key + kDisplayText), displayText});
        if ((idList && d && d->isUdf() && d->type == CustomFieldDefinition::Type::List) ||
            values.contains(key + kDisplayTooltip))
            changes.append({JsonPath(bucket).key(key + kDisplayTooltip), displayTooltip});
    }
    commit(key, changes);
    return true;
}

void CustomFieldModel::commit(const QString &key,
                              const QList<std::pair<JsonPath, QJsonValue>> &changes)
{
    if (changes.isEmpty())
        return;
    if (changes.size() == 1)
        m_document->setValue(changes.first().first, changes.first().second,
                             tr("Change %1").arg(label(key)));
    else
        m_document->setValues(changes, tr("Change %1").arg(label(key)));
}

void CustomFieldModel::onValueChanged(const JsonPath &path)
{
    if (path.isEmpty() || !buckets().contains(path.at(0).key))
        return;
    const QStringList keys = shownKeys();
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
    const FieldRights::Access access = this->access(key);
    const CustomFieldDefinition *d = m_layout.find(key);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LabelColumn)
            return label(key);
        if (d && d->type == CustomFieldDefinition::Type::ListText)
            return rawValue(key);
        if (d && !d->isIdList() && isDefinedType(d))
            return value(key).displayText(); // a check box's "[SR_YES]" is no list text
        {
            const QString listText = data(index, ListTextRole).toString();
            return listText.isEmpty() ? value(key).displayText() : listText;
        }
    case Qt::EditRole:
        return index.column() == LabelColumn ? QVariant(label(key)) : value(key).value();
    case Qt::ToolTipRole: {
        QStringList parts;
        if (d && !d->tooltip.isEmpty())
            parts.append(d->tooltip);
        if (!access.reason.isEmpty())
            parts.append(access.reason);
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QLatin1Char('\n')));
    }
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
    case FieldTypeRole:
        return int(d ? d->type : CustomFieldDefinition::Type::Unknown);
    case ListNameRole:
        return d ? d->mdoListName : QString();
    case ChoicesRole:
        return d ? d->choices : QStringList();
    case DescriptionRole:
        return d ? d->tooltip : QString();
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
    if (index.column() == ValueColumn && access(m_keys.at(index.row())).editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CustomFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == LabelColumn ? tr("Field") : tr("Value");
}
