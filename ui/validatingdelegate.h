#pragma once

#include "entityelementlistmodel.h"

#include <QStyledItemDelegate>

// Edits a phone, e-mail or web address cell in a plain line edit and checks the syntax as the
// user types, reporting the problem (or its absence) through validationChanged.
class ValidatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ValidatingDelegate(EntityElementListModel::Kind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // Cell tooltips (a syntax problem, the server's reason) as plain text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    void validationChanged(const QString &problem) const;

private:
    EntityElementListModel::Kind m_kind;
};
