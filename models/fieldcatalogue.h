#pragma once

#include "customfieldlayout.h"
#include "entitykind.h"
#include "fielddescriptor.h"
#include "fieldrights.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Carrier;

// The one list of a company's and a person's user-facing members with their labels, kinds,
// lists, sections and rights keys, and the labels of custom fields. The forms, review, merge and
// the mandatory check all read it, so a label is written once. Every lookup names the kind of
// record; the company is the default.
class FieldCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(FieldCatalogue)

public:
    // Every described member, in the order review lists them.
    static const QList<FieldDescriptor> &fields(EntityKind kind = EntityKind::Contact);
    static QList<FieldDescriptor> fields(FieldDescriptor::Section section,
                                         EntityKind kind = EntityKind::Contact);
    // The member's descriptor (names match case-insensitively), looked up in the kind's list and
    // then the other kind's; null for undescribed members.
    static const FieldDescriptor *find(const QString &member,
                                       EntityKind kind = EntityKind::Contact);
    // A member's label (no mnemonic marker). A custom field given as "<bucket>.<key>" gets its
    // custom field label; an undescribed member is its own label.
    static QString label(const QString &member, EntityKind kind = EntityKind::Contact);
    static QString formLabel(const QString &member, EntityKind kind = EntityKind::Contact);

    // A custom field's label: the tenant's own label for the key when tenantLabels (from the
    // server's field definitions) has one, else "Custom field 2" for "SuperOffice:2", else a
    // readable form of the key ("x_customer_since" -> "Customer since").
    static QString customFieldLabel(const QString &key,
                                    const QHash<QString, QString> &tenantLabels = {});
    // The connection's custom-field definitions for a kind of record: label() names
    // "<bucket>.<key>" members with them, so review, merge and banners name them as the form
    // does, and missingMandatory() honours their mandatory and hidden flags.
    static void setTenantCustomFields(EntityKind kind, const CustomFieldLayout &layout);
    static const CustomFieldLayout &tenantCustomFields(EntityKind kind);
    // The name missingMandatory() gives a custom field: "CustomFields.<key>", as its rights.
    static QString customFieldMember(const QString &key);

    // What the user may do with a member: its rights, read-only for what the server maintains.
    static FieldRights::Access access(const QString &member, const FieldRights &rights,
                                      EntityKind kind = EntityKind::Contact);
    // Members the user must fill but left blank, in catalogue order, then blank mandatory custom
    // fields as customFieldMember(key) (mandatory by their rights or the tenant's definition). A
    // list is blank without an entry that has a value, an address without any part, Domains without
    // a domain.
    static QStringList missingMandatory(const Carrier &entity, const FieldRights &rights,
                                        EntityKind kind = EntityKind::Contact);

    // A label's words without mnemonic markers ("&Name" -> "Name", "R&&D" -> "R&D").
    static QString plainLabel(const QString &labelText);
};
