#include "unsentchangesmodel.h"

#include "entitydiff.h"
#include "entitysession.h"
#include "workspace.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace {

// How many changed fields "What changed" names before it only counts the rest.
constexpr int kNamed = 3;

bool listed(const EntitySession *session)
{
    return session->hasUnsentWork() || session->draftState() == Draft::State::Unreadable;
}

} // namespace

UnsentChangesModel::UnsentChangesModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::draftsListed, this, &UnsentChangesModel::refresh);
    connect(workspace, &Workspace::stateChanged, this, &UnsentChangesModel::scheduleRefresh);
    connect(workspace, &Workspace::sessionClosed, this, [this](EntitySession *session) {
        m_edited.remove(session);
        m_followed.remove(session);
        scheduleRefresh();
    });
    refresh();
}

int UnsentChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnsentChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 UnsentChangesModel::draftId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).draftId : 0;
}

EntitySession *UnsentChangesModel::session(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).session.data() : nullptr;
}

int UnsentChangesModel::rowOf(const EntitySession *session) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (session && m_rows.at(i).session == session)
            return int(i);
    }
    return -1;
}

QString UnsentChangesModel::stateText(Draft::State state, bool busy)
{
    if (busy)
        return tr("Sending…");
    switch (state) {
    case Draft::State::Queued:
        return tr("In the outbox");
    case Draft::State::Conflict:
        return tr("Needs your decision");
    case Draft::State::Failed:
        return tr("Not saved");
    case Draft::State::Unreadable:
        return tr("Cannot be read");
    case Draft::State::Editing:
        break;
    }
    return tr("Not sent yet");
}

QVariant UnsentChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Changes:
        return tr("What changed");
    case State:
        return tr("State");
    case LastEdit:
        return tr("Last edit");
    default:
        return {};
    }
}

QString UnsentChangesModel::changesOf(const Row &row) const
{
    if (row.changesKnown)
        return row.changes;
    EntitySession *session = row.session;
    if (!session || !session->document())
        return QString();
    const EntityDocument *doc = session->document();
    QStringList labels;
    for (const EntityChange &change :
         EntityDiff::compute(doc->base().json(), doc->working(), {}, doc->kind())) {
        if (!labels.contains(change.label))
            labels.append(change.label);
    }
    if (labels.isEmpty())
        row.changes =
            session->draftState() == Draft::State::Editing ? QString() : tr("Nothing changed");
    else if (labels.size() <= kNamed)
        row.changes = labels.join(QStringLiteral(", "));
    else
        row.changes = tr("%1 and %n more", nullptr, int(labels.size() - kNamed))
                          .arg(labels.mid(0, kNamed).join(QStringLiteral(", ")));
    row.changesKnown = true;
    return row.changes;
}

QVariant UnsentChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const EntitySession *session = row.session;
    const EntityKind kind = session ? session->kind() : row.summary.kind;
    if (role == DraftIdRole)
        return row.draftId;
    if (role == Qt::ToolTipRole) {
        const QString message = session ? session->draftMessage() : row.summary.message;
        return index.column() == State && !message.isEmpty() ? QVariant(message) : QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name: {
        if (session)
            return session->displayName();
        if (!row.summary.name.trimmed().isEmpty())
            return row.summary.name;
        return kind == EntityKind::Person ? tr("New person") : tr("New company");
    }
    case Kind:
        return kind == EntityKind::Person ? tr("Person") : tr("Company");
    case Changes:
        // Sorting never computes: only what was shown already takes part.
        if (role == SortRole)
            return row.changes;
        return session ? changesOf(row) : tr("Loading…");
    case State: {
        const Draft::State state = session ? session->draftState() : row.summary.state;
        return stateText(state, session && session->isBusy());
    }
    case LastEdit:
        if (role == SortRole)
            return row.lastEdit;
        return QLocale().toString(row.lastEdit.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

void UnsentChangesModel::scheduleRefresh()
{
    // Hundreds of sessions change at once while drafts load or the outbox runs: one pass after.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &UnsentChangesModel::refresh);
}

void UnsentChangesModel::follow(EntitySession *session)
{
    if (m_followed.contains(session))
        return;
    m_followed.insert(session);
    const auto watch = [this, session](EntityDocument *doc) {
        connect(doc, &EntityDocument::edited, this, [this, session] {
            m_edited.insert(session, QDateTime::currentDateTimeUtc());
            const int row = rowOf(session);
            if (row >= 0)
                m_rows[row].changesKnown = false;
            scheduleRefresh();
        });
    };
    if (session->document())
        watch(session->document());
    connect(session, &EntitySession::documentReady, this, watch);
    connect(session, &EntitySession::busyChanged, this, &UnsentChangesModel::scheduleRefresh);
}

void UnsentChangesModel::refresh()
{
    m_refreshPending = false;
    // What each draft looked like in the store, for the sessions that came from one.
    QHash<qint64, const Row *> before;
    // And what each session's row looked like, for sessions that have no draft on disk.
    QHash<const EntitySession *, const Row *> beforeSession;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.draftId > 0)
            before.insert(row.draftId, &row);
        if (row.session)
            beforeSession.insert(row.session.data(), &row);
    }
    QList<Row> next;
    QSet<qint64> loaded;
    for (EntitySession *session : m_workspace->sessions()) {
        follow(session);
        if (session->draftId() > 0)
            loaded.insert(session->draftId());
        if (!listed(session))
            continue;
        Row row;
        row.draftId = session->draftId();
        row.session = session;
        if (const Row *old = before.value(row.draftId); old && row.draftId > 0) {
            row.summary = old->summary;
            row.lastEdit = old->lastEdit;
            if (old->session == session) {
                row.changes = old->changes;
                row.changesKnown = old->changesKnown;
            }
        } else if (const Row *own = beforeSession.value(session)) {
            row.lastEdit = own->lastEdit;
            row.changes = own->changes;
            row.changesKnown = own->changesKnown;
        }
        if (m_edited.contains(session))
            row.lastEdit = m_edited.value(session);
        if (!row.lastEdit.isValid())
            row.lastEdit = QDateTime::currentDateTimeUtc();
        row.shownName = session->displayName();
        row.shownState = session->draftState();
        row.shownBusy = session->isBusy();
        next.append(row);
    }
    for (const DraftSummary &summary : m_workspace->pendingDrafts()) {
        if (loaded.contains(summary.id) || !summary.hasUnsentWork())
            continue;
        Row row;
        row.draftId = summary.id;
        row.summary = summary;
        row.lastEdit = summary.updated;
        row.shownName = summary.name;
        row.shownState = summary.state;
        next.append(row);
    }
    // The store's order (oldest draft first), then sessions that have no draft on disk.
    std::stable_sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
        if ((a.draftId > 0) != (b.draftId > 0))
            return a.draftId > 0;
        return a.draftId < b.draftId;
    });
    // Rows that went (sent, discarded) and came (a new edit) are removed and inserted one by
    // one, so a view keeps its selection and scroll position; the rest only change their data.
    // A row is its draft, or its session when it has none on disk.
    const auto key = [](const Row &row) {
        return row.draftId > 0 ? row.draftId
                               : -qint64(reinterpret_cast<quintptr>(row.session.data()) >> 1);
    };
    const auto same = [&key](const Row &a, const Row &b) { return key(a) == key(b); };
    const auto keys = [&key](const QList<Row> &list) {
        QSet<qint64> out;
        out.reserve(list.size());
        for (const Row &row : list)
            out.insert(key(row));
        return out;
    };
    const QSet<qint64> nextKeys = keys(next);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (nextKeys.contains(key(m_rows.at(i))))
            continue;
        beginRemoveRows(QModelIndex(), int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    const QSet<qint64> currentKeys = keys(m_rows);
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (i < m_rows.size() && same(m_rows.at(i), next.at(i)))
            continue;
        if (currentKeys.contains(key(next.at(i))))
            break; // moved, not only added: the reset below puts it right
        beginInsertRows(QModelIndex(), int(i), int(i));
        m_rows.insert(i, next.at(i));
        endInsertRows();
    }
    bool sameRows = next.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < next.size(); ++i)
        sameRows = same(next.at(i), m_rows.at(i));
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    // Only the rows that show something new are announced: while drafts load, a few a turn.
    QList<int> changed;
    for (qsizetype i = 0; i < next.size(); ++i) {
        const Row &a = next.at(i);
        const Row &b = m_rows.at(i);
        if (a.session != b.session || a.lastEdit != b.lastEdit || a.shownName != b.shownName ||
            a.shownState != b.shownState || a.shownBusy != b.shownBusy ||
            a.changesKnown != b.changesKnown)
            changed.append(int(i));
    }
    m_rows = std::move(next);
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        emit dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
        i = j + 1;
    }
}
