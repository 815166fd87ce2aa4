#include "elementlisteditor.h"

#include "entityelementlistmodel.h"
#include "palettetones.h"
#include "plaintext.h"
#include "rightsapplier.h"
#include "validatingdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ElementListEditor::ElementListEditor(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_heading(new QLabel(title, this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_problems(new QLabel(this))
{
    setObjectName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setBuddy(m_view);
    layout->addWidget(m_heading);
    m_view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setMinimumHeight(90);
    m_view->setMaximumHeight(150);
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    const QString plainTitle = QString(title).remove(QLatin1Char('&'));
    m_add->setAccessibleName(tr("Add to %1").arg(plainTitle));
    m_remove->setAccessibleName(tr("Remove from %1").arg(plainTitle));
    m_up->setAccessibleName(tr("Move up in %1").arg(plainTitle));
    m_down->setAccessibleName(tr("Move down in %1").arg(plainTitle));
    m_add->setToolTip(tr("Add an entry (Insert)"));
    m_remove->setToolTip(tr("Remove the selected entry (Delete)"));
    m_up->setToolTip(tr("Move the selected entry up (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the selected entry down (Ctrl+Down)"));
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setProperty("defaultTip", b->toolTip());
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems in %1").arg(plainTitle));
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, PaletteTones::problemText(warn));
    m_problems->setPalette(warn);
    m_problems->hide();
    layout->addWidget(m_problems);

    connect(m_add, &QPushButton::clicked, this, &ElementListEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &ElementListEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    // Keyboard: Insert adds, Delete removes, Ctrl+Up/Down move, inside the table.
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addEntry(); });
    shortcut(QKeySequence::Delete, [this] { removeCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    setFocusProxy(m_view);
}

void ElementListEditor::setModel(EntityElementListModel *model)
{
    m_model = model;
    m_view->setModel(model);
    delete m_delegate;
    m_delegate = new ValidatingDelegate(model->kind(), this);
    m_view->setItemDelegate(m_delegate);
    connect(m_delegate, &ValidatingDelegate::validationChanged, this,
            &ElementListEditor::updateProblems);
    m_view->horizontalHeader()->setSectionResizeMode(EntityElementListModel::ValueColumn,
                                                     QHeaderView::Interactive);
    m_view->setColumnWidth(EntityElementListModel::ValueColumn, 240);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ElementListEditor::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, [this] {
            updateButtons();
            updateProblems();
        });
    }
    connect(model, &QAbstractItemModel::rowsMoved, this, &ElementListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateProblems();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateButtons();
        updateProblems();
    });
    updateButtons();
    updateProblems();
}

void ElementListEditor::updateButtons()
{
    const bool editable = m_model && m_model->canAddOrRemove();
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int rows = m_model ? m_model->rowCount() : 0;
    m_add->setEnabled(editable);
    const bool removable = m_model && row >= 0 && m_model->canRemove(row);
    m_remove->setEnabled(removable);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < rows - 1);
    const QString reason = m_model ? m_model->listAccess().reason : QString();
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setToolTip(editable ? b->property("defaultTip").toString() : PlainText::toolTip(reason));
    if (editable && row >= 0 && !removable) {
        // The entry's own right: the server's reason, or a plain one.
        const QString own = m_model->elementRights(row).tableRight().reason();
        m_remove->setToolTip(own.isEmpty() ? tr("This entry may not be removed")
                                           : PlainText::toolTip(own));
    }
    RightsApplier::setReadOnly(m_view, !editable);
}

QString ElementListEditor::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void ElementListEditor::updateProblems(const QString &typing)
{
    QStringList lines;
    if (!typing.isEmpty())
        lines.append(typing);
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString problem =
                m_model->index(row, 0).data(EntityElementListModel::ErrorRole).toString();
            if (!problem.isEmpty() && !lines.contains(problem))
                lines.append(tr("%1: %2").arg(m_model->index(row, 0).data().toString(), problem));
            if (m_model->index(row, 0).data(EntityElementListModel::BouncingRole).toBool())
                lines.append(tr("%1: bouncing, mail to it comes back")
                                 .arg(m_model->index(row, 0).data().toString()));
        }
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void ElementListEditor::addEntry()
{
    if (!m_model || !m_model->canAddOrRemove())
        return;
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row, EntityElementListModel::ValueColumn);
    m_view->setCurrentIndex(index);
    m_view->setFocus();
    m_view->edit(index);
}

void ElementListEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid())
        return;
    const int row = current.row();
    if (m_model->removeRows(row, 1) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void ElementListEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRows takes the row the item ends up before.
    if (m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? target + 1 : target))
        m_view->setCurrentIndex(m_model->index(target, current.column()));
}

void ElementListEditor::setMandatory(bool mandatory)
{
    m_mandatory = mandatory;
    m_heading->setText(mandatory ? m_title + RightsApplier::mandatoryMarker() : m_title);
    m_view->setProperty("mandatory", mandatory);
    m_view->setAccessibleDescription(mandatory ? tr("Required") : QString());
}
