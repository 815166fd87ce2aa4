#pragma once

#include "address.h"
#include "associate.h"
#include "carrier.h"
#include "country.h"
#include "entitydate.h"
#include "entityelement.h"
#include "listreference.h"
#include "person.h"
#include "savedutmparameters.h"
#include "selectablemdolistitem.h"

#include <QMap>

// A SuperOffice company (ContactEntity): the JSON object the server sent, with typed access to
// every member the editor knows. Lossless: members it does not know, nulls and date strings are
// kept exactly as received and written back unchanged.
class ContactEntity : public Carrier
{
public:
    using Carrier::Carrier;

    // ContactId 0: not saved yet.
    int contactId() const { return int(integer(QStringLiteral("ContactId"))); }
    bool isNew() const { return contactId() == 0; }
    QString name() const { return string(QStringLiteral("Name")); }
    QString department() const { return string(QStringLiteral("Department")); }
    QString orgNr() const { return string(QStringLiteral("OrgNr")); }
    QString number1() const { return string(QStringLiteral("Number1")); }
    QString number2() const { return string(QStringLiteral("Number2")); }
    QString kananame() const { return string(QStringLiteral("Kananame")); }
    QString description() const { return string(QStringLiteral("Description")); }
    bool noMailing() const { return boolean(QStringLiteral("NoMailing")); }
    bool xstop() const { return boolean(QStringLiteral("Xstop")); }
    int deleted() const { return int(integer(QStringLiteral("Deleted"))); }
    int source() const { return int(integer(QStringLiteral("Source"))); }
    int activeInterests() const { return int(integer(QStringLiteral("ActiveInterests"))); }
    int groupId() const { return int(integer(QStringLiteral("GroupId"))); }
    int activeStatusMonitorId() const
    {
        return int(integer(QStringLiteral("ActiveStatusMonitorId")));
    }
    int activeErpLinks() const { return int(integer(QStringLiteral("ActiveErpLinks"))); }
    int dbiAgentId() const { return int(integer(QStringLiteral("DbiAgentId"))); }
    QString dbiKey() const { return string(QStringLiteral("DbiKey")); }

    EntityDate createdDate() const { return date(QStringLiteral("CreatedDate")); }
    EntityDate updatedDate() const { return date(QStringLiteral("UpdatedDate")); }
    EntityDate dbiLastSyncronized() const { return date(QStringLiteral("DbiLastSyncronized")); }
    EntityDate dbiLastModified() const { return date(QStringLiteral("DbiLastModified")); }
    EntityDate date(const QString &member) const { return EntityDate::fromWire(string(member)); }

    QList<EntityElement> emails() const { return elements(QStringLiteral("Emails")); }
    QList<EntityElement> urls() const { return elements(QStringLiteral("Urls")); }
    QList<EntityElement> phones() const { return elements(QStringLiteral("Phones")); }
    QList<EntityElement> faxes() const { return elements(QStringLiteral("Faxes")); }
    QList<EntityElement> elements(const QString &member) const;
    QList<SelectableMDOListItem> interests() const;
    QList<Person> persons() const;
    Person supportPerson() const { return Person(object(QStringLiteral("SupportPerson"))); }

    Associate associate() const { return Associate(object(QStringLiteral("Associate"))); }
    Associate supportAssociate() const
    {
        return Associate(object(QStringLiteral("SupportAssociate")));
    }
    Associate createdBy() const { return Associate(object(QStringLiteral("CreatedBy"))); }
    Associate updatedBy() const { return Associate(object(QStringLiteral("UpdatedBy"))); }
    Business business() const { return Business(object(QStringLiteral("Business"))); }
    Category category() const { return Category(object(QStringLiteral("Category"))); }
    TicketPriority ticketPriority() const
    {
        return TicketPriority(object(QStringLiteral("TicketPriority")));
    }
    CustomerLanguage customerLanguage() const
    {
        return CustomerLanguage(object(QStringLiteral("CustomerLanguage")));
    }
    Country country() const { return Country(object(QStringLiteral("Country"))); }
    Address address() const { return Address(object(QStringLiteral("Address"))); }
    // UtmParameters, or InitialUtmParameters from servers before 11.4.
    SavedUtmParameters utmParameters() const;

    QStringList bounceEmails() const { return strings(QStringLiteral("BounceEmails")); }
    QStringList domains() const { return strings(QStringLiteral("Domains")); }
    QMap<QString, QString> userDefinedFields() const
    {
        return dictionary(QStringLiteral("UserDefinedFields"));
    }
    QMap<QString, QString> extraFields() const { return dictionary(QStringLiteral("ExtraFields")); }
    QMap<QString, QString> customFields() const
    {
        return dictionary(QStringLiteral("CustomFields"));
    }
    QMap<QString, QString> dictionary(const QString &member) const;

    FieldRights rights() const { return Carrier::rights(isNew()); }

    void setName(const QString &name) { setValue(QStringLiteral("Name"), name); }
};
