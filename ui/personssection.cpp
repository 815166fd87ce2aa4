#include "personssection.h"

#include "contactdocument.h"
#include "fieldcatalogue.h"
#include "persontablemodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

PersonsSection::PersonsSection(QWidget *parent)
    : FormSection(FieldCatalogue::label(QStringLiteral("Persons")), parent)
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("Persons"));
    m_view->setAccessibleName(FieldCatalogue::label(QStringLiteral("Persons")));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(120);
    layout->addWidget(m_view);
}

void PersonsSection::documentChanged()
{
    delete m_model;
    m_model = document() ? new PersonTableModel(document(), this) : nullptr;
    m_view->setModel(m_model);
    if (m_model)
        m_view->setColumnWidth(PersonTableModel::NameColumn, 200);
}

void PersonsSection::load()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const QString persons = FieldCatalogue::label(QStringLiteral("Persons"));
    //: A section title and how many entries it has: "Persons (3)"
    setTitle(rows ? tr("%1 (%2)").arg(persons).arg(rows) : persons);
}

void PersonsSection::applyRights()
{
    if (document())
        setVisible(FieldCatalogue::access(QStringLiteral("Persons"), document()->rights()).visible);
}
