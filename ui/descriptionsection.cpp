#include "descriptionsection.h"

#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "messagebanner.h"
#include "noteedit.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DescriptionSection::DescriptionSection(QWidget *parent, EntityKind kind)
    : FormSection(FieldCatalogue::label(QStringLiteral("Description"), kind), parent, kind)
    , m_edit(new NoteEdit(this))
    , m_collapsed(new MessageBanner(this))
    , m_expand(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(80);
    m_edit->setMaximumHeight(160);
    m_collapsed->setObjectName(QStringLiteral("noteCollapsed"));
    m_expand = m_collapsed->addButton(QString());
    m_expand->setObjectName(QStringLiteral("expandNote"));
    connect(m_expand, &QPushButton::clicked, m_edit, &NoteEdit::expand);
    connect(m_edit, &NoteEdit::collapsedChanged, this, &DescriptionSection::updateCollapsed);
    layout->addWidget(label);
    layout->addWidget(m_collapsed);
    layout->addWidget(m_edit);
    // A taller neighbour in the form's row leaves room: below the note, not inside the banner.
    layout->addStretch(1);
    binder()->bindPlainText(m_edit, QStringLiteral("Description"), label);
}

void DescriptionSection::load()
{
    binder()->load();
}

void DescriptionSection::applyRights()
{
    binder()->applyRights();
    updateCollapsed();
}

void DescriptionSection::updateCollapsed()
{
    // Hidden with the note when the user may not see it.
    if (!m_edit->isCollapsed() || m_edit->isHidden()) {
        m_collapsed->hide();
        return;
    }
    m_collapsed->show(MessageBanner::Kind::Info,
                      tr("This note has %L1 characters: only its beginning is shown, so that the "
                         "window stays quick. The whole note is kept, and saved as it is.")
                          .arg(m_edit->noteLength()));
    const bool editable = m_edit->isEditable();
    m_expand->setText(editable ? tr("&Edit all of it") : tr("Show &all of it"));
    m_expand->setAccessibleName(editable ? tr("Edit all of the note") : tr("Show all of the note"));
    m_expand->setToolTip(tr("Showing a note this long can take a few seconds."));
}
