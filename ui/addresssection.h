#pragma once

#include "address.h"
#include "formsection.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

// The company's or person's address, laid out as the server sent it (the country's
// LocalizedAddress lines, or the structured forms), with the formatted result below. A person's
// has "uses its own address" above it; unticked, the person uses the company's address.
class AddressSection : public FormSection
{
    Q_OBJECT

public:
    explicit AddressSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);

    QLineEdit *editor(Address::Part part) const { return m_edits.value(int(part)); }
    QString formattedText() const;

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void rebuild();
    void store(Address::Part part, const QString &text);
    void updateFormatted();

    QWidget *m_fields;
    QGridLayout *m_grid;
    QLabel *m_formatted;
    QLabel *m_formattedLabel;
    QCheckBox *m_ownAddress = nullptr; // persons
    QLabel *m_usesCompany = nullptr;   // persons
    QHash<int, QLineEdit *> m_edits;
    QHash<int, QLabel *> m_labels;
    QList<QList<Address::Part>> m_layout;
    bool m_updating = false;
};
