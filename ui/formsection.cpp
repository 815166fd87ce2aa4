#include "formsection.h"

#include "entitydocument.h"
#include "fieldbinder.h"

FormSection::FormSection(const QString &title, QWidget *parent, EntityKind kind)
    : QGroupBox(title, parent)
    , m_kind(kind)
    , m_binder(new FieldBinder(kind, this))
{}

void FormSection::setDocument(EntityDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_binder->setDocument(document);
    documentChanged();
    if (!document)
        return;
    connect(document, &EntityDocument::reset, this, [this] {
        load();
        applyRights();
    });
    connect(document, &EntityDocument::rightsChanged, this, &FormSection::applyRights);
    load();
    applyRights();
}
