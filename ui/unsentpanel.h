#pragma once

#include <QWidget>

class DisplayTextProxyModel;
class EntitySession;
class QLabel;
class QPushButton;
class QTreeView;
class UnsentChangesModel;

// The Unsent changes panel: every company and person with work not on the server yet, however
// many (name, kind, what changed, where it stands, last edit), one opened on demand, and all of
// them reviewed or sent from here. Tabs stay for what the user opens.
class UnsentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnsentPanel(UnsentChangesModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    UnsentChangesModel *model() const { return m_model; }
    // "3 companies and persons with unsent changes", or that there are none.
    QString summaryText() const;

signals:
    // The draft (or, with no draft on disk, the session) the user wants in a tab.
    void openRequested(qint64 draftId, EntitySession *session);
    void reviewAllRequested();
    void sendAllRequested();
    void countChanged(int count);

private:
    void openCurrent();
    void update();

    UnsentChangesModel *m_model;
    DisplayTextProxyModel *m_proxy;
    QLabel *m_summary;
    QTreeView *m_view;
    QPushButton *m_open;
    QPushButton *m_review;
    QPushButton *m_send;
};
