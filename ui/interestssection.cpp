#include "interestssection.h"

#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "interestdelegate.h"
#include "interestlistmodel.h"
#include "plaintext.h"
#include "rightsapplier.h"

#include <QCheckBox>
#include <QListView>
#include <QVBoxLayout>

InterestsSection::InterestsSection(QWidget *parent, EntityKind kind)
    : FormSection(tr("Interests and mailings"), parent, kind)
    , m_view(new QListView(this))
    , m_noMailing(new QCheckBox(this))
    , m_stop(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("Interests"));
    m_view->setAccessibleName(FieldCatalogue::label(QStringLiteral("Interests"), kind));
    m_view->setItemDelegate(new InterestDelegate(m_view));
    m_view->setMinimumHeight(80);
    m_view->setMaximumHeight(160);
    layout->addWidget(m_view);
    m_noMailing->setToolTip(kind == EntityKind::Person
                                ? tr("The person does not want advertising")
                                : tr("The company does not want advertising"));
    layout->addWidget(m_noMailing);
    binder()->bindCheckBox(m_noMailing, QStringLiteral("NoMailing"));
    // Stop is a company's flag; a person has only NoMailing.
    layout->addWidget(m_stop);
    if (kind == EntityKind::Contact)
        binder()->bindCheckBox(m_stop, QStringLiteral("Xstop"));
    else
        m_stop->hide();
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
    const auto access =
        FieldCatalogue::access(QStringLiteral("Interests"), document()->rights(), kind());
    m_view->setVisible(access.visible);
    m_view->setToolTip(access.editable ? QString() : PlainText::toolTip(access.reason));
}
