#include "interestssection.h"

#include "contactdocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "interestlistmodel.h"
#include "plaintext.h"
#include "rightsapplier.h"

#include <QCheckBox>
#include <QListView>
#include <QVBoxLayout>

InterestsSection::InterestsSection(QWidget *parent)
    : FormSection(tr("Interests and mailings"), parent)
    , m_view(new QListView(this))
    , m_noMailing(new QCheckBox(this))
    , m_stop(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("Interests"));
    m_view->setAccessibleName(FieldCatalogue::label(QStringLiteral("Interests")));
    m_view->setMinimumHeight(80);
    m_view->setMaximumHeight(160);
    layout->addWidget(m_view);
    m_noMailing->setToolTip(tr("The company does not want advertising"));
    layout->addWidget(m_noMailing);
    layout->addWidget(m_stop);
    binder()->bindCheckBox(m_noMailing, QStringLiteral("NoMailing"));
    binder()->bindCheckBox(m_stop, QStringLiteral("Xstop"));
}

void InterestsSection::documentChanged()
{
    delete m_model;
    m_model = document() ? new InterestListModel(document(), this) : nullptr;
    m_view->setModel(m_model);
}

void InterestsSection::load()
{
    binder()->load();
}

void InterestsSection::applyRights()
{
    binder()->applyRights();
    if (!document())
        return;
    const auto access = FieldCatalogue::access(QStringLiteral("Interests"), document()->rights());
    m_view->setVisible(access.visible);
    m_view->setToolTip(access.editable ? QString() : PlainText::toolTip(access.reason));
}
