#include "reviewdialog.h"

#include "contactsession.h"
#include "displaytext.h"
#include "entitydiff.h"
#include "plaintext.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString kindText(EntityChange::Kind kind)
{
    switch (kind) {
    case EntityChange::Kind::Added:
        return ReviewDialog::tr("added");
    case EntityChange::Kind::Removed:
        return ReviewDialog::tr("removed");
    case EntityChange::Kind::Changed:
        break;
    }
    return ReviewDialog::tr("changed");
}

} // namespace

ReviewDialog::ReviewDialog(const QList<EntitySession *> &sessions, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_drop(new QPushButton(tr("&Drop change"), this))
    , m_save(new QPushButton(this))
{
    for (EntitySession *s : sessions)
        m_sessions.append(s);
    setWindowTitle(
        sessions.size() == 1
            ? tr("Review changes to %1").arg(DisplayText::line(sessions.first()->displayName()))
            : tr("Review all changes"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("changes"));
    m_tree->setAccessibleName(tr("Changes"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(sessions.size() > 1);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 220);
    m_tree->setColumnWidth(1, 260);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_drop->setToolTip(tr("Put the selected field back as it was (Delete)"));
    m_save->setText(sessions.size() == 1 ? tr("&Save") : tr("&Save all"));
    buttons->addButton(m_drop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    auto *dropAction = new QAction(this);
    dropAction->setShortcut(QKeySequence::Delete);
    m_tree->addAction(dropAction);
    connect(dropAction, &QAction::triggered, this, [this] { dropChange(m_tree->currentItem()); });
    connect(m_drop, &QPushButton::clicked, this, [this] { dropChange(m_tree->currentItem()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReviewDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        QList<EntitySession *> list;
        for (const auto &s : std::as_const(m_sessions)) {
            if (s)
                list.append(s);
        }
        emit saveRequested(list);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const auto &s : std::as_const(m_sessions)) {
        if (s && s->document())
            connect(s->document(), &EntityDocument::edited, this, &ReviewDialog::rebuild);
    }
    rebuild();
    resize(820, 480);
}

int ReviewDialog::changeCount() const
{
    int n = 0;
    for (const auto &list : m_changes)
        n += int(list.size());
    return n;
}

void ReviewDialog::rebuild()
{
    m_tree->clear();
    m_changes.clear();
    for (int e = 0; e < m_sessions.size(); ++e) {
        EntitySession *session = m_sessions.at(e);
        QList<EntityChange> changes;
        if (session && session->document()) {
            EntityDocument *doc = session->document();
            changes = EntityDiff::compute(doc->base().json(), doc->working(), {}, doc->kind());
        }
        m_changes.append(changes);
        if (!session || changes.isEmpty())
            continue;
        QTreeWidgetItem *parent = nullptr;
        if (m_sessions.size() > 1) {
            parent = new QTreeWidgetItem(
                m_tree, {DisplayText::line(session->displayName()), QString(), QString()});
            QString state;
            switch (session->draftState()) {
            case Draft::State::Queued:
                state = tr("in the outbox");
                break;
            case Draft::State::Conflict:
                state = tr("needs your decision");
                break;
            case Draft::State::Failed:
                state = tr("not saved: %1").arg(DisplayText::line(session->draftMessage()));
                break;
            default:
                break;
            }
            parent->setText(1, state);
            parent->setFirstColumnSpanned(state.isEmpty());
            parent->setExpanded(true);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
        }
        for (int c = 0; c < changes.size(); ++c) {
            const EntityChange &change = changes.at(c);
            // Server text: hidden characters shown, and a note of megabytes cut to what a row
            // can show (laying it all out would freeze the dialog).
            const QString field = DisplayText::line(change.label);
            const QString label = change.kind == EntityChange::Kind::Changed
                                      ? field
                                      : tr("%1 (%2)").arg(field, kindText(change.kind));
            const QString before = DisplayText::block(change.before);
            const QString after = DisplayText::block(change.after);
            QStringList columns{label, before, after};
            auto *item = parent ? new QTreeWidgetItem(parent, columns)
                                : new QTreeWidgetItem(m_tree, columns);
            item->setData(0, Qt::UserRole, e);
            item->setData(0, Qt::UserRole + 1, c);
            item->setToolTip(1, PlainText::toolTip(before));
            item->setToolTip(2, PlainText::toolTip(after));
        }
    }
    const int n = changeCount();
    m_summary->setText(
        n == 0 ? tr("There are no unsaved changes.")
               : tr("%n change(s) not saved yet. Select one and press Delete to drop it.", nullptr,
                    n));
    m_save->setEnabled(n > 0);
    updateButtons();
}

void ReviewDialog::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_drop->setEnabled(item && item->data(0, Qt::UserRole + 1).isValid());
}

bool ReviewDialog::dropChange(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, Qt::UserRole + 1).isValid())
        return false;
    const int e = item->data(0, Qt::UserRole).toInt();
    const int c = item->data(0, Qt::UserRole + 1).toInt();
    EntitySession *session = m_sessions.value(e);
    if (!session || !session->document() || c >= m_changes.value(e).size())
        return false;
    EntityDocument *doc = session->document();
    const EntityChange change = m_changes.at(e).at(c);
    if (!doc->rights().canEditRecord())
        return false;
    // One undoable step, so a wrong drop is one Ctrl+Z away.
    doc->setValues(EntityDiff::revert(doc->base().json(), doc->working(), change),
                   tr("Drop change to %1").arg(change.label));
    rebuild();
    return true;
}
