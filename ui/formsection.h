#pragma once

#include "contactdocument.h"

#include <QGroupBox>
#include <QPointer>

class FieldBinder;

// One group of the company form (identity, address, ...). Sections read from and write to the
// open company's document; they reload when it is reset and re-apply rights when they change.
class FormSection : public QGroupBox
{
    Q_OBJECT

public:
    FormSection(const QString &title, QWidget *parent = nullptr);

    void setDocument(ContactDocument *document);
    ContactDocument *document() const { return m_document; }

protected:
    // Fill the widgets from the document (called after setDocument and on reset).
    virtual void load() = 0;
    // Show, hide, lock and mark the widgets from the document's rights.
    virtual void applyRights() = 0;
    virtual void documentChanged() {}
    FieldBinder *binder() const { return m_binder; }

private:
    QPointer<ContactDocument> m_document;
    FieldBinder *m_binder;
};
