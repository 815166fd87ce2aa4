#pragma once

#include "formsection.h"
#include "noteedit.h"

class MessageBanner;
class QPushButton;

// The company's note (Description; SuperOffice calls it the note): plain text, several lines.
// A note too long to show quickly shows its beginning, and says so, until the user asks for it
// all.
class DescriptionSection : public FormSection
{
    Q_OBJECT

public:
    explicit DescriptionSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);
    NoteEdit *editor() const { return m_edit; }
    // Says the note is shown in part, with the button that shows all of it.
    MessageBanner *collapsedBanner() const { return m_collapsed; }

protected:
    void load() override;
    void applyRights() override;

private:
    void updateCollapsed();

    NoteEdit *m_edit;
    MessageBanner *m_collapsed;
    QPushButton *m_expand;
};
