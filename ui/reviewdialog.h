#pragma once

#include "entitychange.h"

#include <QDialog>
#include <QPointer>

class EntitySession;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// What the user changed, before it is saved: for one company or for every company with unsent
// work, each changed field as before → after (list entries added, removed or changed; custom
// fields by label), and any single change can be dropped. Works offline: it only reads drafts.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const QList<EntitySession *> &sessions, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Drops the change on this row (a change row, not a company row).
    bool dropChange(QTreeWidgetItem *item);
    int changeCount() const;

signals:
    void saveRequested(const QList<EntitySession *> &sessions);

private:
    void rebuild();
    void updateButtons();

    QList<QPointer<EntitySession>> m_sessions;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_drop;
    QPushButton *m_save;
    QList<QList<EntityChange>> m_changes;
};
