#pragma once

#include "entitydocument.h"

#include <QGroupBox>
#include <QPointer>

class FieldBinder;

// One group of a company's or a person's form (identity, address, ...). Sections read from and
// write to the open entity's document; they reload when it is reset and re-apply rights when they
// change. The kind names which catalogue their labels and rights come from.
class FormSection : public QGroupBox
{
    Q_OBJECT

public:
    FormSection(const QString &title, QWidget *parent = nullptr,
                EntityKind kind = EntityKind::Contact);
    ~FormSection() override;

    EntityKind kind() const { return m_kind; }

    void setDocument(EntityDocument *document);
    EntityDocument *document() const { return m_document; }

protected:
    // Fill the widgets from the document (called after setDocument and on reset).
    virtual void load() = 0;
    // Show, hide, lock and mark the widgets from the document's rights.
    virtual void applyRights() = 0;
    virtual void documentChanged() {}
    FieldBinder *binder() const { return m_binder; }

private:
    EntityKind m_kind;
    QPointer<EntityDocument> m_document;
    FieldBinder *m_binder;
};
