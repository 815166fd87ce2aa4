#include "personeditor.h"

#include "addresssection.h"
#include "classificationsection.h"
#include "communicationsection.h"
#include "customfielddefinitions.h"
#include "customfieldssection.h"
#include "descriptionsection.h"
#include "displaytext.h"
#include "interestssection.h"
#include "personidentitysection.h"
#include "recordinfosection.h"
#include "webapiclient.h"

#include <QGridLayout>
#include <QLineEdit>

PersonEditor::PersonEditor(PersonSession *session, MdoListCache *lists, WebApiClient *client,
                           QWidget *parent, CustomFieldDefinitions *customFields)
    : EntityEditor(session, lists, parent)
    , m_session(session)
    , m_client(client)
    , m_customFields(customFields)
{
    setObjectName(QStringLiteral("personEditor"));
    // Moving to another company changes what the tab says about the person.
    connect(this, &EntityEditor::documentReady, this, [this](EntityDocument *document) {
        connect(document, &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
            if (!path.isEmpty() && path.at(0).key == QLatin1String("Contact"))
                emit titleChanged();
        });
    });
}

QString PersonEditor::companyName() const
{
    return document() ? document()->person().contactName() : QString();
}

QString PersonEditor::description() const
{
    const QString name = DisplayText::line(title());
    const QString company = DisplayText::line(companyName());
    //: A person tab's tooltip: the person's name and company
    return company.isEmpty() ? tr("Person: %1").arg(name)
                             : tr("Person: %1, at %2").arg(name, company);
}

QList<FormSection *> PersonEditor::buildSections(QWidget *content, QGridLayout *grid)
{
    const EntityKind person = EntityKind::Person;
    auto *identity = new PersonIdentitySection(content);
    auto *classification = new ClassificationSection(content, person);
    auto *communication = new CommunicationSection(content, person);
    auto *address = new AddressSection(content, person);
    auto *interests = new InterestsSection(content, person);
    auto *description = new DescriptionSection(content, person);
    auto *custom = new CustomFieldsSection(content, person);
    auto *record = new RecordInfoSection(content, person);
    grid->addWidget(identity, 0, 0, 2, 1);
    grid->addWidget(classification, 0, 1);
    grid->addWidget(description, 1, 1);
    grid->addWidget(communication, 2, 0, 1, 2);
    grid->addWidget(address, 3, 0);
    grid->addWidget(interests, 3, 1);
    grid->addWidget(custom, 4, 0);
    grid->addWidget(record, 4, 1);
    grid->setRowStretch(5, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    identity->setListCache(lists());
    identity->setClient(m_client);
    classification->setListCache(lists());
    custom->setListCache(lists());
    custom->setDefinitions(m_customFields);
    return {identity, classification, description, communication,
            address,  interests,      custom,      record};
}

QWidget *PersonEditor::firstField() const
{
    const auto *identity = hasForm() ? section<PersonIdentitySection>() : nullptr;
    return identity ? identity->lineEdit(QStringLiteral("Firstname")) : nullptr;
}

bool PersonEditor::isNameMember(const QString &member) const
{
    return member == QLatin1String("Firstname") || member == QLatin1String("MiddleName") ||
           member == QLatin1String("Lastname");
}

QString PersonEditor::text(Text which) const
{
    switch (which) {
    case Text::SaveFailed:
        return tr("The person was not saved. Your changes are kept.");
    case Text::OpenFailed:
        return tr("The person could not be opened.");
    case Text::CreateFailed:
        return tr("A new person could not be started.");
    case Text::ConflictNotSaved:
        return tr("Not saved: someone changed this person on the server too, and you have not "
                  "chosen which values to keep. Your changes are kept.");
    case Text::EarlierCreate:
        return tr("The company already has a person of this name: %1. Is it the same person?");
    case Text::ExistingOpened:
        return tr("The existing person is open in its own tab. This new one was not saved; "
                  "close it when you no longer need it.");
    case Text::Deleted:
        return tr("This person is marked as deleted in SuperOffice.");
    case Text::ViewOnly:
        return tr("You can view this person but not change it: %1");
    }
    return QString();
}
