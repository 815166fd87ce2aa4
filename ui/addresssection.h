#pragma once

#include "address.h"
#include "formsection.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

// The company's or person's address, laid out as the server sent it (the country's
// LocalizedAddress lines, or the structured forms), with the formatted result below. A person's
// has "uses its own address" above it; unticked, the person uses the company's address. Values
// kept from another country's layout that have no place in this one are listed apart ("not in
// this country's address"), each with a way to move it into a field or drop it.
class AddressSection : public FormSection
{
    Q_OBJECT

public:
    explicit AddressSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);

    QLineEdit *editor(Address::Part part) const { return m_edits.value(int(part)); }
    QString formattedText() const;
    // The caption shown beside a part (empty for the second field on a line).
    QString caption(Address::Part part) const;
    // The parts listed as not in this country's address.
    QList<Address::Part> unplacedShown() const { return m_unplacedParts; }
    // Moves an unplaced part's value into a part of the layout (after what it holds), or drops
    // it: one undoable step each.
    void moveUnplaced(Address::Part from, Address::Part to);
    void dropUnplaced(Address::Part part);

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void rebuild();
    void store(Address::Part part, const QString &text);
    void updateFormatted();
    void updateUnplaced();

    QWidget *m_fields;
    QGridLayout *m_grid;
    QLabel *m_formatted;
    QLabel *m_formattedLabel;
    QCheckBox *m_ownAddress = nullptr; // persons
    QLabel *m_usesCompany = nullptr;   // persons
    QHash<int, QLineEdit *> m_edits;
    QHash<int, QLabel *> m_labels;
    QWidget *m_unplaced;
    QList<Address::Part> m_unplacedParts;
    QList<QList<Address::Part>> m_layout;
    bool m_updating = false;
};
