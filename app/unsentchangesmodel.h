#pragma once

#include "draftsummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>

class EntitySession;
class Workspace;

// Every company and person of the connection with something not on the server yet (edited,
// in the outbox, in conflict, refused, unreadable), listed from the draft store at once and
// followed as their sessions load and change: name, kind, what changed, where it stands, the
// last edit. The Unsent changes panel shows it.
class UnsentChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Changes, State, LastEdit, ColumnCount };
    enum Role {
        DraftIdRole = Qt::UserRole + 1, // qint64; 0 for a session with no draft on disk
        SortRole,                       // what the column sorts by (a date as a date)
    };

    explicit UnsentChangesModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 draftId(int row) const;
    // The row's session; null while its draft still waits to be loaded.
    EntitySession *session(int row) const;
    // The row of a session, or -1.
    int rowOf(const EntitySession *session) const;
    // What the State column says for a session or a draft not loaded yet.
    static QString stateText(Draft::State state, bool busy);

private:
    struct Row
    {
        qint64 draftId = 0;
        QPointer<EntitySession> session;
        DraftSummary summary; // until the session is loaded
        QDateTime lastEdit;
        // What the row showed at the last refresh, to tell which rows changed.
        QString shownName;
        Draft::State shownState = Draft::State::Editing;
        bool shownBusy = false;
        // Computed when first shown and again after the next edit.
        mutable QString changes;
        mutable bool changesKnown = false;
    };

    void scheduleRefresh();
    void refresh();
    void follow(EntitySession *session);
    QString changesOf(const Row &row) const;

    Workspace *m_workspace;
    QList<Row> m_rows;
    // When a session's entity was last edited in this run; before that, the draft's time.
    QHash<const EntitySession *, QDateTime> m_edited;
    QSet<const EntitySession *> m_followed;
    bool m_refreshPending = false;
};
