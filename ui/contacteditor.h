#pragma once

#include "contactsession.h"
#include "entityeditor.h"

#include <QPointer>

class CustomFieldDefinitions;

// One open company in a tab: EntityEditor's banners and save over a ContactSession, with the
// company's form sections and the question whether a new company already exists.
class ContactEditor : public EntityEditor
{
    Q_OBJECT

public:
    // The session belongs to the workspace; the editor shows it and asks it to do things.
    // customFields: the tenant's definitions for the custom fields section (none: the values'
    // own forms).
    ContactEditor(ContactSession *session, MdoListCache *lists, QWidget *parent = nullptr,
                  CustomFieldDefinitions *customFields = nullptr);

    ContactSession *session() const { return m_session; }
    int contactId() const { return m_session->contactId(); }

signals:
    void openContactRequested(int contactId);
    void savedContact(int contactId, const QString &name);
    // The persons table asks for one of the company's persons, or a new one.
    void openPersonRequested(int personId);
    void newPersonRequested();

protected:
    QList<FormSection *> buildSections(QWidget *form, QGridLayout *grid) override;
    QWidget *firstField() const override;
    bool isNameMember(const QString &member) const override;
    QString text(Text which) const override;

private:
    void showPossibleDuplicates(const QList<DuplicateEntry> &matches);

    ContactSession *m_session;
    QPointer<CustomFieldDefinitions> m_customFields;
};
