#include "entityelementlistmodel.h"

#include "entityelement.h"
#include "palettetones.h"
#include "rightmask.h"

#include <QColor>
#include <QGuiApplication>
#include <QRegularExpression>

#include <algorithm>
#include <QUrl>

namespace {

const QString kValue = QStringLiteral("Value");
const QString kDescription = QStringLiteral("Description");

EntityElementListModel::Kind kindOf(const QString &member)
{
    if (member.compare(QLatin1String("Emails"), Qt::CaseInsensitive) == 0)
        return EntityElementListModel::Kind::Email;
    if (member.compare(QLatin1String("Urls"), Qt::CaseInsensitive) == 0)
        return EntityElementListModel::Kind::Url;
    if (member.compare(QLatin1String("Faxes"), Qt::CaseInsensitive) == 0)
        return EntityElementListModel::Kind::Fax;
    return EntityElementListModel::Kind::Phone;
}

} // namespace

EntityElementListModel::EntityElementListModel(EntityDocument *document, const QString &member,
                                               QObject *parent)
    : ElementListModel(document, member, parent)
    , m_kind(kindOf(member))
{}

QString EntityElementListModel::validate(Kind kind, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    switch (kind) {
    case Kind::Email: {
        static const QRegularExpression re(QStringLiteral(
            R"(^[^@\s<>()\[\],;:"]+@[^@\s<>()\[\],;:"]+\.[^@\s<>()\[\],;:".]{2,}$)"));
        return re.match(v).hasMatch() ? QString()
                                      : tr("Not a valid e-mail address (name@example.com).");
    }
    case Kind::Url: {
        const QUrl url = QUrl::fromUserInput(v);
        const bool schemeOk = !v.contains(QLatin1String("://")) ||
                              url.scheme() == QLatin1String("http") ||
                              url.scheme() == QLatin1String("https");
        const bool hostOk =
            url.isValid() && url.host().contains(QLatin1Char('.')) && !v.contains(QLatin1Char(' '));
        return schemeOk && hostOk ? QString() : tr("Not a valid web address (www.example.com).");
    }
    case Kind::Phone:
    case Kind::Fax: {
        static const QRegularExpression re(
            QStringLiteral(R"(^\+?[0-9 ()./\-]{3,}(\s*(x|ext\.?)\s*[0-9]+)?$)"));
        return re.match(v).hasMatch()
                   ? QString()
                   : tr("A phone number may only hold digits, spaces, +, -, ( ) and /.");
    }
    }
    return QString();
}

QString EntityElementListModel::stripped(Kind kind, const QString &value)
{
    switch (kind) {
    case Kind::Email:
        return value.trimmed();
    case Kind::Phone:
    case Kind::Fax: {
        const QString v = value.trimmed();
        QString out;
        if (v.startsWith(QLatin1Char('+')))
            out.append(QLatin1Char('+'));
        for (QChar c : v) {
            if (c.isDigit())
                out.append(c);
        }
        return out;
    }
    case Kind::Url:
        break;
    }
    return QString();
}

bool EntityElementListModel::isBouncing(int row) const
{
    if (m_kind != Kind::Email)
        return false;
    const QString address = elementValue(row, kValue).toString().trimmed();
    if (address.isEmpty())
        return false;
    const QStringList bounces = document()->entity().bounceEmails();
    return std::any_of(bounces.cbegin(), bounces.cend(), [&address](const QString &b) {
        return b.trimmed().compare(address, Qt::CaseInsensitive) == 0;
    });
}

int EntityElementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityElementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const QString key = index.column() == ValueColumn ? kValue : kDescription;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return elementValue(index.row(), key).toString();
    case ErrorRole:
        if (index.column() == ValueColumn)
            return validate(m_kind, elementValue(index.row(), kValue).toString());
        return QString();
    case BouncingRole:
        return index.column() == ValueColumn && isBouncing(index.row());
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && isBouncing(index.row()))
            return PaletteTones::problemText(QGuiApplication::palette());
        return QVariant();
    case Qt::ToolTipRole: {
        if (index.column() == ValueColumn) {
            const QString error = validate(m_kind, elementValue(index.row(), kValue).toString());
            if (!error.isEmpty())
                return error;
            if (isBouncing(index.row()))
                return tr("Bouncing: mail to this address comes back.");
        }
        if (!isCellEditable(index.row(), index.column())) {
            const FieldRights::Access a = elementRights(index.row()).field(key);
            return a.reason.isEmpty() ? listAccess().reason : a.reason;
        }
        return QVariant();
    }
    default:
        return QVariant();
    }
}

bool EntityElementListModel::isCellEditable(int row, int column) const
{
    const FieldRights::Access list = listAccess();
    if (!list.editable)
        return false;
    const FieldRights::Access a =
        elementRights(row).field(column == ValueColumn ? kValue : kDescription);
    return a.editable;
}

bool EntityElementListModel::canAddOrRemove() const
{
    return listAccess().editable;
}

bool EntityElementListModel::canRemove(int row) const
{
    return canAddOrRemove() && row >= 0 && row < rowCount() &&
           elementRights(row).tableRight().can(RightMask::TableDelete);
}

bool EntityElementListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !isCellEditable(index.row(), index.column()))
        return false;
    const QString key = index.column() == ValueColumn ? kValue : kDescription;
    const QString text = value.toString();
    if (elementValue(index.row(), key).toString() == text)
        return true;
    const QString strip = stripped(m_kind, text);
    if (key == kValue && m_kind != Kind::Url &&
        (!strip.isEmpty() ||
         !elementValue(index.row(), QStringLiteral("StrippedValue")).isUndefined())) {
        // One step: the server's search and dialling read StrippedValue, never a stale one.
        const JsonPath entry = listPath().index(index.row());
        document()->setValues(
            {{entry.key(kValue), text}, {entry.key(QStringLiteral("StrippedValue")), strip}},
            tr("Change %1").arg(document()->memberLabel(member())));
        return true;
    }
    setElementValue(index.row(), key, text);
    return true;
}

Qt::ItemFlags EntityElementListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isCellEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EntityElementListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    if (section == DescriptionColumn)
        return tr("Description");
    switch (m_kind) {
    case Kind::Phone:
        return tr("Phone");
    case Kind::Fax:
        return tr("Fax");
    case Kind::Email:
        return tr("E-mail");
    case Kind::Url:
        return tr("Web address");
    }
    return QVariant();
}

bool EntityElementListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1 || !canAddOrRemove())
        return false;
    QUndoStack *stack = document()->undoStack();
    if (count > 1)
        stack->beginMacro(tr("Add %1").arg(document()->memberLabel(member())));
    for (int i = 0; i < count; ++i)
        document()->insertElement(listPath(), row + i, EntityElement::create(QString()).json());
    if (count > 1)
        stack->endMacro();
    return true;
}

bool EntityElementListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount() || !canAddOrRemove())
        return false;
    for (int i = 0; i < count; ++i) {
        // An entry the server says may not be removed stays: none of the rows go.
        if (!canRemove(row + i))
            return false;
    }
    QUndoStack *stack = document()->undoStack();
    if (count > 1)
        stack->beginMacro(tr("Remove %1").arg(document()->memberLabel(member())));
    for (int i = count - 1; i >= 0; --i)
        document()->removeElement(listPath(), row + i);
    if (count > 1)
        stack->endMacro();
    return true;
}

bool EntityElementListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                      const QModelIndex &destinationParent, int destinationChild)
{
    // Qt's convention: destinationChild is the row the moved item ends up before.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !canAddOrRemove())
        return false;
    if (sourceRow < 0 || sourceRow >= rowCount() || destinationChild < 0 ||
        destinationChild > rowCount())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    document()->moveElement(listPath(), sourceRow, to);
    return true;
}
