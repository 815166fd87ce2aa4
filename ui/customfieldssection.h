#pragma once

#include "formsection.h"

#include <QHash>

class CustomFieldModel;
class QFormLayout;

// The company's custom fields: a label and an editor that fits each value's type (text,
// number, decimal, date, date and time, checkbox; list fields show their chosen text).
class CustomFieldsSection : public FormSection
{
    Q_OBJECT

public:
    explicit CustomFieldsSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);

    CustomFieldModel *model() const { return m_model; }
    QWidget *editor(const QString &key) const { return m_editors.value(key); }

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void rebuild();
    QWidget *createEditor(int row);
    void loadEditor(const QString &key);

    QFormLayout *m_form;
    CustomFieldModel *m_model = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, class QLabel *> m_labels;
    QStringList m_keys;
    bool m_updating = false;
};
