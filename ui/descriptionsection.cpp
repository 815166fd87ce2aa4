#include "descriptionsection.h"

#include "fieldbinder.h"
#include "fieldcatalogue.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

DescriptionSection::DescriptionSection(QWidget *parent, EntityKind kind)
    : FormSection(FieldCatalogue::label(QStringLiteral("Description"), kind), parent, kind)
    , m_edit(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(80);
    m_edit->setMaximumHeight(160);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    binder()->bindPlainText(m_edit, QStringLiteral("Description"), label);
}

void DescriptionSection::load()
{
    binder()->load();
}

void DescriptionSection::applyRights()
{
    binder()->applyRights();
}
