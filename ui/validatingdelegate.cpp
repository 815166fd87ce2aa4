#include "validatingdelegate.h"

#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QToolTip>

ValidatingDelegate::ValidatingDelegate(EntityElementListModel::Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{}

QWidget *ValidatingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
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
    // What is typed reaches the company (and its draft) at once, not only when the cell closes.
    connect(edit, &QLineEdit::textEdited, this,
            [this, edit] { emit const_cast<ValidatingDelegate *>(this)->commitData(edit); });
    return edit;
}

void ValidatingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void ValidatingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text().trimmed(), Qt::EditRole);
}

bool ValidatingDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString tip = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (!event || event->type() != QEvent::ToolTip || tip.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), PlainText::toolTip(tip), view, option.rect);
    return true;
}
