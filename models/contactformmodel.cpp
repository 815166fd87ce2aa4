#include "contactformmodel.h"

#include "associate.h"
#include "country.h"
#include "customfieldmodel.h"
#include "entitydate.h"
#include "listreference.h"

#include <QJsonDocument>

const QList<ContactFormModel::Field> &ContactFormModel::fields()
{
    static const QList<Field> all = {
        {QStringLiteral("Name"), Kind::Text, QT_TR_NOOP("Name"), QString()},
        {QStringLiteral("Department"), Kind::Text, QT_TR_NOOP("Department"), QString()},
        {QStringLiteral("OrgNr"), Kind::Text, QT_TR_NOOP("Org. number"), QString()},
        {QStringLiteral("Number1"), Kind::Text, QT_TR_NOOP("Number 1"), QString()},
        {QStringLiteral("Number2"), Kind::Text, QT_TR_NOOP("Number 2"), QString()},
        {QStringLiteral("Kananame"), Kind::Text, QT_TR_NOOP("Kana name"), QString()},
        {QStringLiteral("Category"), Kind::Reference, QT_TR_NOOP("Category"),
         QStringLiteral("category")},
        {QStringLiteral("Business"), Kind::Reference, QT_TR_NOOP("Business"),
         QStringLiteral("business")},
        {QStringLiteral("Country"), Kind::Country, QT_TR_NOOP("Country"),
         QStringLiteral("country")},
        {QStringLiteral("Associate"), Kind::Associate, QT_TR_NOOP("Owner"),
         QStringLiteral("associate")},
        {QStringLiteral("SupportAssociate"), Kind::Associate, QT_TR_NOOP("Support contact"),
         QStringLiteral("associate")},
        {QStringLiteral("TicketPriority"), Kind::Reference, QT_TR_NOOP("Ticket priority"),
         QStringLiteral("ticketpriority")},
        {QStringLiteral("CustomerLanguage"), Kind::Reference, QT_TR_NOOP("Customer language"),
         QStringLiteral("customerlanguage")},
        {QStringLiteral("NoMailing"), Kind::Flag, QT_TR_NOOP("No mailings"), QString()},
        {QStringLiteral("Xstop"), Kind::Flag, QT_TR_NOOP("Stop"), QString()},
        {QStringLiteral("Description"), Kind::MultiLine, QT_TR_NOOP("Description"), QString()},
        {QStringLiteral("ContactId"), Kind::Number, QT_TR_NOOP("Company ID"), QString(), true},
        {QStringLiteral("CreatedDate"), Kind::Date, QT_TR_NOOP("Created"), QString(), true},
        {QStringLiteral("CreatedBy"), Kind::Associate, QT_TR_NOOP("Created by"), QString(), true},
        {QStringLiteral("UpdatedDate"), Kind::Date, QT_TR_NOOP("Updated"), QString(), true},
        {QStringLiteral("UpdatedBy"), Kind::Associate, QT_TR_NOOP("Updated by"), QString(), true},
        {QStringLiteral("Source"), Kind::Number, QT_TR_NOOP("Source"), QString(), true},
        {QStringLiteral("Deleted"), Kind::Number, QT_TR_NOOP("Deleted"), QString(), true},
    };
    return all;
}

QString ContactFormModel::fieldLabel(const QString &member)
{
    for (const Field &f : fields()) {
        if (f.member == member)
            return tr(f.label);
    }
    return member;
}

ContactFormModel::ContactFormModel(ContactDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &ContactDocument::valueChanged, this, [this](const JsonPath &path) {
        if (path.isEmpty())
            return;
        const int row = rowOf(path.at(0).key);
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    });
    auto all = [this] { emit dataChanged(index(0), index(rowCount() - 1)); };
    connect(document, &ContactDocument::reset, this, all);
    connect(document, &ContactDocument::rightsChanged, this, all);
}

int ContactFormModel::rowOf(const QString &member) const
{
    const QList<Field> &all = fields();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].member.compare(member, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

FieldRights::Access ContactFormModel::access(const QString &member) const
{
    FieldRights::Access a = m_document->rights().field(member);
    const int row = rowOf(member);
    if (row >= 0 && fields().at(row).alwaysReadOnly)
        a.editable = false;
    return a;
}

QStringList ContactFormModel::blankMandatoryFields() const
{
    QStringList blank;
    for (const Field &f : fields()) {
        const FieldRights::Access a = access(f.member);
        if (!a.mandatory || !a.visible)
            continue;
        const QJsonValue v = m_document->working().value(f.member);
        bool empty = false;
        switch (f.kind) {
        case Kind::Text:
        case Kind::MultiLine:
            empty = v.toString().trimmed().isEmpty();
            break;
        case Kind::Reference:
            empty = ListReference(v.toObject()).id() == 0;
            break;
        case Kind::Associate:
            empty = ::Associate(v.toObject()).associateId() == 0;
            break;
        case Kind::Country:
            empty = ::Country(v.toObject()).countryId() == 0;
            break;
        case Kind::Flag:
        case Kind::Date:
        case Kind::Number:
            break;
        }
        if (empty)
            blank.append(tr(f.label));
    }
    // Custom fields the server marks mandatory count too.
    const CustomFieldModel custom(m_document);
    for (const QString &key : custom.keys()) {
        const FieldRights::Access a = m_document->rights().customField(key);
        if (a.mandatory && a.visible && custom.value(key).isEmpty())
            blank.append(custom.label(key));
    }
    return blank;
}

int ContactFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(fields().size());
}

QString ContactFormModel::displayText(const Field &field) const
{
    const QJsonValue v = m_document->working().value(field.member);
    switch (field.kind) {
    case Kind::Text:
    case Kind::MultiLine:
        return v.isString() ? v.toString() : QString();
    case Kind::Flag:
        return v.toBool() ? tr("Yes") : tr("No");
    case Kind::Reference:
        return ListReference(v.toObject()).value();
    case Kind::Associate:
        return ::Associate(v.toObject()).displayName();
    case Kind::Country:
        return ::Country(v.toObject()).name();
    case Kind::Date:
        return EntityDate::fromWire(v.toString()).displayText();
    case Kind::Number:
        return v.isDouble() ? QString::number(v.toInteger()) : v.toVariant().toString();
    }
    return QString();
}

QVariant ContactFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const Field &f = fields().at(index.row());
    const QJsonValue v = m_document->working().value(f.member);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(f);
    case Qt::EditRole:
        switch (f.kind) {
        case Kind::Flag:
            return v.toBool();
        case Kind::Reference:
        case Kind::Associate:
        case Kind::Country:
            return data(index, IdRole);
        default:
            return displayText(f);
        }
    case Qt::ToolTipRole:
    case ReasonRole:
        return access(f.member).reason;
    case MemberRole:
        return f.member;
    case KindRole:
        return QVariant::fromValue(f.kind);
    case LabelRole:
        return tr(f.label);
    case EditableRole:
        return access(f.member).editable;
    case VisibleRole:
        return access(f.member).visible;
    case MandatoryRole:
        return access(f.member).mandatory;
    case MaxLengthRole:
        return access(f.member).maxLength;
    case ListNameRole:
        return f.listName;
    case IdRole: {
        const QJsonObject o = v.toObject();
        if (f.kind == Kind::Associate)
            return int(o.value(QLatin1String("AssociateId")).toInteger());
        if (f.kind == Kind::Country)
            return int(o.value(QLatin1String("CountryId")).toInteger());
        return int(o.value(QLatin1String("Id")).toInteger());
    }
    case CarrierRole:
        return v.toObject();
    }
    return QVariant();
}

bool ContactFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const Field &f = fields().at(index.row());
    if (!access(f.member).editable)
        return false;
    QJsonValue json;
    switch (f.kind) {
    case Kind::Text:
    case Kind::MultiLine: {
        QString text = value.toString();
        const int max = access(f.member).maxLength;
        if (max > 0 && text.size() > max)
            return false;
        json = text;
        break;
    }
    case Kind::Flag:
        json = value.toBool();
        break;
    case Kind::Reference:
    case Kind::Associate:
    case Kind::Country: {
        if (value.typeId() != QMetaType::QJsonObject)
            return false;
        // Keep the carrier's own members (rights, unknowns) and take the chosen item's.
        QJsonObject carrier = m_document->working().value(f.member).toObject();
        const QJsonObject chosen = value.toJsonObject();
        for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
            carrier.insert(it.key(), it.value());
        json = carrier;
        break;
    }
    case Kind::Date:
    case Kind::Number:
        return false;
    }
    m_document->setValue(JsonPath(f.member), json, tr("Change %1").arg(tr(f.label).toLower()));
    return true;
}

Qt::ItemFlags ContactFormModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (access(fields().at(index.row()).member).editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ContactFormModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MemberRole, "member");
    names.insert(KindRole, "kind");
    names.insert(LabelRole, "label");
    names.insert(EditableRole, "editable");
    names.insert(VisibleRole, "visible");
    names.insert(MandatoryRole, "mandatory");
    names.insert(ReasonRole, "reason");
    names.insert(MaxLengthRole, "maxLength");
    names.insert(ListNameRole, "listName");
    names.insert(IdRole, "id");
    names.insert(CarrierRole, "carrier");
    return names;
}
