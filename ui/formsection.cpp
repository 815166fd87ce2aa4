#include "formsection.h"

#include "contactdocument.h"
#include "fieldbinder.h"

FormSection::FormSection(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_binder(new FieldBinder(this))
{}

void FormSection::setDocument(ContactDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_binder->setDocument(document);
    documentChanged();
    if (!document)
        return;
    connect(document, &ContactDocument::reset, this, [this] {
        load();
        applyRights();
    });
    connect(document, &ContactDocument::rightsChanged, this, &FormSection::applyRights);
    load();
    applyRights();
}
