#pragma once

#include "formsection.h"

class InterestListModel;
class QCheckBox;
class QListView;

// The company's or person's interests as checkboxes (an interest's child items indented under
// it; what the list no longer offers only when selected), and the mailing flags (no mailings,
// and a company's stop).
class InterestsSection : public FormSection
{
    Q_OBJECT

public:
    explicit InterestsSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);
    QListView *view() const { return m_view; }

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    QListView *m_view;
    QCheckBox *m_noMailing;
    QCheckBox *m_stop;
    InterestListModel *m_model = nullptr;
};
