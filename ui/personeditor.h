#pragma once

#include "entityeditor.h"
#include "personsession.h"

#include <QPointer>

class CustomFieldDefinitions;
class WebApiClient;

// One open person in a tab: EntityEditor's banners and save over a PersonSession, with the
// person's form (name, company, how to reach them, address, interests, custom fields).
class PersonEditor : public EntityEditor
{
    Q_OBJECT

public:
    // client is where the company search asks when the person moves to another company;
    // customFields the connection's definitions of persons' custom fields.
    PersonEditor(PersonSession *session, MdoListCache *lists, WebApiClient *client,
                 QWidget *parent = nullptr, CustomFieldDefinitions *customFields = nullptr);

    PersonSession *session() const { return m_session; }
    int personId() const { return m_session->personId(); }
    int contactId() const { return m_session->contactId(); }
    // The company's name as the person's document has it.
    QString companyName() const;
    QString description() const override;

protected:
    QList<FormSection *> buildSections(QWidget *form, QGridLayout *grid) override;
    QWidget *firstField() const override;
    bool isNameMember(const QString &member) const override;
    QString text(Text which) const override;

private:
    PersonSession *m_session;
    QPointer<WebApiClient> m_client;
    QPointer<CustomFieldDefinitions> m_customFields;
};
