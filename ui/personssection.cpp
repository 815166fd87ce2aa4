#include "personssection.h"

#include "displaytextproxymodel.h"
#include "entitydocument.h"
#include "fieldcatalogue.h"
#include "persontablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PersonsSection::PersonsSection(QWidget *parent)
    : FormSection(FieldCatalogue::label(QStringLiteral("Persons")), parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_open(new QPushButton(tr("&Open person"), this))
    , m_new(new QPushButton(tr("New &person"), this))
    , m_proxy(new DisplayTextProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("personsFilter"));
    m_filter->setAccessibleName(tr("Filter persons"));
    m_filter->setClearButtonEnabled(true);
    const QKeySequence filterKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_filter->setPlaceholderText(tr("Filter by name, title, e-mail or phone (%1)")
                                     .arg(filterKeys.toString(QKeySequence::NativeText)));
    // Only the shown tab's section answers: shortcuts of hidden widgets are inactive.
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(filterKeys);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);
    bar->addWidget(m_filter, 1);
    m_open->setObjectName(QStringLiteral("openPerson"));
    m_open->setAccessibleName(tr("Open the selected person"));
    m_open->setToolTip(tr("Open the selected person in a tab of its own (Enter)"));
    m_new->setObjectName(QStringLiteral("newPerson"));
    m_new->setAccessibleName(tr("New person at this company"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_new->setToolTip(tr("Add a new person to this company (%1)")
                          .arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    bar->addWidget(m_open);
    bar->addWidget(m_new);
    layout->addLayout(bar);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortRole(PersonTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_view->setObjectName(QStringLiteral("Persons"));
    m_view->setAccessibleName(FieldCatalogue::label(QStringLiteral("Persons")));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(200);
    m_view->setModel(m_proxy);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    // Enter, or a double-click (as the style activates items).
    connect(m_view, &QAbstractItemView::activated, this, &PersonsSection::openIndex);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonsSection::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int id = selectedPersonId())
            emit openPersonRequested(id);
    });
    connect(m_new, &QPushButton::clicked, this, &PersonsSection::newPersonRequested);
    updateButtons();
}

int PersonsSection::selectedPersonId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PersonTableModel::PersonIdRole).toInt();
}

void PersonsSection::openIndex(const QModelIndex &index)
{
    const int id = index.data(PersonTableModel::PersonIdRole).toInt();
    if (id > 0)
        emit openPersonRequested(id);
}

void PersonsSection::documentChanged()
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = document() ? new PersonTableModel(document(), this) : nullptr;
    m_proxy->setSourceModel(m_model);
    if (m_model) {
        m_view->setColumnWidth(PersonTableModel::NameColumn, 160);
        m_view->setColumnWidth(PersonTableModel::TitleColumn, 140);
        m_view->setColumnWidth(PersonTableModel::PositionColumn, 150);
        m_view->setColumnWidth(PersonTableModel::EmailColumn, 230);
        m_view->setColumnWidth(PersonTableModel::PhoneColumn, 130);
        m_view->sortByColumn(PersonTableModel::NameColumn, Qt::AscendingOrder);
        connect(m_model, &QAbstractItemModel::modelReset, this, &PersonsSection::load);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PersonsSection::load);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PersonsSection::load);
    }
    updateButtons();
}

void PersonsSection::load()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const QString persons = FieldCatalogue::label(QStringLiteral("Persons"));
    //: A section title and how many entries it has: "Persons (3)"
    setTitle(rows ? tr("%1 (%2)").arg(persons).arg(rows) : persons);
    updateButtons();
}

void PersonsSection::applyRights()
{
    if (document())
        setVisible(FieldCatalogue::access(QStringLiteral("Persons"), document()->rights()).visible);
    updateButtons();
}

void PersonsSection::updateButtons()
{
    m_open->setEnabled(selectedPersonId() > 0);
    // A person belongs to a company the server knows: a new company is saved first. Offline
    // the new person waits in the outbox like any other edit.
    const bool saved = document() && !document()->isNew();
    m_new->setEnabled(saved);
    m_new->setToolTip(saved ? tr("Add a new person to this company (%1)")
                                  .arg(m_new->shortcut().toString(QKeySequence::NativeText))
                            : tr("Save the company before adding persons to it."));
}
