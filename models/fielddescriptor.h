#pragma once

#include <QString>

// What the editor knows about one user-facing member of a company or a person: its label, the kind of
// value it holds, the MDO list behind a picker, the form section that shows it and the key its
// rights are stated under. FieldCatalogue holds one for every such member.
struct FieldDescriptor
{
    enum class Kind {
        Text,          // a string member
        MultiLineText, // Description
        Picker,        // a carrier chosen from an MDO list: {Id|AssociateId|CountryId, ...}
        Flag,          // a bool member
        Date,          // read-only date
        Day,           // a date the user picks (a person's birth date)
        TextChoice,    // a string member with suggestions from an MDO list (Mrmrs, Salutation)
        Company,       // the company a person belongs to: the light Contact carrier {ContactId, ...}
        Info,          // read-only fact about the record (an id, who changed it, a source)
        ElementList,   // Phones, Emails, Urls, Faxes, ...: entries of {Value, Description}
        Domains,       // a list of strings
        Address,
        Interests,
        Persons,
        CustomFields,
    };

    enum class Section {
        Identity,
        Classification,
        Communication,
        Address,
        Description,
        Interests,
        CustomFields,
        Persons,
        RecordInfo,
    };

    QString member;
    Kind kind = Kind::Text;
    Section section = Section::Identity;
    // Untranslated (FieldCatalogue context), with the form's mnemonic marker: "N&ote".
    const char *labelSource = nullptr;
    // One entry of a list member, for review rows ("Phone added"); null for other kinds.
    const char *entryLabelSource = nullptr;
    QString listName;        // pickers and text choices: the MDO list
    QString idKey;           // pickers: the carrier's id member
    bool offersNone = false; // pickers: may be set back to "none"
    bool readOnly = false;   // the server maintains it, whatever the rights say
    QString rightsKey;       // the FieldProperties key its rights are stated under

    // Translated, without the mnemonic marker: for review, banners, accessible names.
    QString label() const;
    // Translated, with the mnemonic marker: for the form's captions.
    QString formLabel() const;
    // Translated label of one entry (lists); the label itself for other kinds.
    QString entryLabel() const;
};
