#include "contacteditor.h"

#include "addresssection.h"
#include "classificationsection.h"
#include "communicationsection.h"
#include "customfielddefinitions.h"
#include "customfieldssection.h"
#include "descriptionsection.h"
#include "displaytext.h"
#include "identitysection.h"
#include "interestssection.h"
#include "messagebanner.h"
#include "personssection.h"
#include "plaintext.h"
#include "recordinfosection.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

ContactEditor::ContactEditor(ContactSession *session, MdoListCache *lists, QWidget *parent,
                             CustomFieldDefinitions *customFields)
    : EntityEditor(session, lists, parent)
    , m_session(session)
    , m_customFields(customFields)
{
    connect(m_session, &ContactSession::possibleDuplicates, this,
            &ContactEditor::showPossibleDuplicates);
    connect(m_session, &ContactSession::saved, this,
            [this] { emit savedContact(contactId(), title()); });
    connect(this, &EntityEditor::existingRequested, this, &ContactEditor::openContactRequested);
}

QList<FormSection *> ContactEditor::buildSections(QWidget *content, QGridLayout *grid)
{
    auto *identity = new IdentitySection(content);
    auto *classification = new ClassificationSection(content);
    auto *communication = new CommunicationSection(content);
    auto *address = new AddressSection(content);
    auto *interests = new InterestsSection(content);
    auto *description = new DescriptionSection(content);
    auto *custom = new CustomFieldsSection(content);
    auto *persons = new PersonsSection(content);
    auto *record = new RecordInfoSection(content);
    grid->addWidget(identity, 0, 0);
    grid->addWidget(classification, 0, 1);
    grid->addWidget(communication, 1, 0, 1, 2);
    grid->addWidget(address, 2, 0);
    grid->addWidget(interests, 2, 1);
    grid->addWidget(description, 3, 0);
    grid->addWidget(custom, 3, 1);
    grid->addWidget(persons, 4, 0, 1, 2);
    grid->addWidget(record, 5, 0, 1, 2);
    grid->setRowStretch(6, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    classification->setListCache(lists());
    custom->setListCache(lists());
    custom->setDefinitions(m_customFields);
    // The country comes with its rules: the session asks the server for them.
    connect(classification, &ClassificationSection::countryChosen, m_session,
            &ContactSession::changeCountry);
    connect(identity->nameEdit(), &QLineEdit::editingFinished, m_session,
            &ContactSession::checkForDuplicates);
    connect(persons, &PersonsSection::openPersonRequested, this,
            &ContactEditor::openPersonRequested);
    connect(persons, &PersonsSection::newPersonRequested, this, &ContactEditor::newPersonRequested);
    return {identity,    classification, communication, address, interests,
            description, custom,         persons,       record};
}

QWidget *ContactEditor::firstField() const
{
    const auto *identity = hasForm() ? section<IdentitySection>() : nullptr;
    return identity ? identity->nameEdit() : nullptr;
}

bool ContactEditor::isNameMember(const QString &member) const
{
    return member == QLatin1String("Name");
}

QString ContactEditor::text(Text which) const
{
    switch (which) {
    case Text::SaveFailed:
        return tr("The company was not saved. Your changes are kept.");
    case Text::OpenFailed:
        return tr("The company could not be opened.");
    case Text::CreateFailed:
        return tr("A new company could not be started.");
    case Text::ConflictNotSaved:
        return tr("Not saved: someone changed this company on the server too, and you have not "
                  "chosen which values to keep. Your changes are kept.");
    case Text::EarlierCreate:
        return tr("An earlier attempt to create this company got no answer, and the server now "
                  "has: %1. Was it created then?");
    case Text::ExistingOpened:
        return tr("The existing company is open in its own tab. This new one was not saved; "
                  "close it when you no longer need it.");
    case Text::Deleted:
        return tr("This company is marked as deleted in SuperOffice.");
    case Text::ViewOnly:
        return tr("You can view this company but not change it: %1");
    }
    return QString();
}

void ContactEditor::showPossibleDuplicates(const QList<DuplicateEntry> &matches)
{
    QStringList names;
    for (const DuplicateEntry &d : matches.mid(0, 3))
        names.append(DisplayText::line(d.name()));
    banner()->clearButtons();
    banner()->show(MessageBanner::Kind::Warning,
                   tr("This company may already exist: %1. Open the existing one instead?")
                       .arg(names.join(QStringLiteral("; "))));
    for (const DuplicateEntry &d : matches.mid(0, 3)) {
        const int id = d.contactId();
        connect(
            banner()->addButton(tr("Open %1").arg(PlainText::label(DisplayText::line(d.name())))),
            &QPushButton::clicked, this, [this, id] { emit openContactRequested(id); });
    }
    connect(banner()->addButton(tr("&Keep new")), &QPushButton::clicked, banner(), &QWidget::hide);
}
