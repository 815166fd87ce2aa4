#include "formsection.h"

#include "entitydocument.h"
#include "fieldbinder.h"

FormSection::FormSection(const QString &title, QWidget *parent, EntityKind kind)
    : QGroupBox(title, parent)
    , m_kind(kind)
    , m_binder(new FieldBinder(kind, this))
{}

FormSection::~FormSection()
{
    // QWidget's destructor, which runs after this one, takes the focus from an edit in the
    // section, and the edit reports editingFinished: a slot of the section would then run on
    // what is left of it (UBSan: member call on a destroyed FormSection when a window closed
    // with the cursor in an address field).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

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
