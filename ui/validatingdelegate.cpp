#include "validatingdelegate.h"

#include <QLineEdit>

ValidatingDelegate::ValidatingDelegate(EntityElementListModel::Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{
}

QWidget *ValidatingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    if (index.column() == EntityElementListModel::ValueColumn) {
        edit->setMaxLength(254);
        connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            emit validationChanged(EntityElementListModel::validate(m_kind, text));
        });
    } else {
        edit->setMaxLength(99);
    }
    return edit;
}

void ValidatingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void ValidatingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text().trimmed(), Qt::EditRole);
}
