#pragma once

#include "formsection.h"

#include <QHash>
#include <QPointer>

class CustomFieldDefinitions;
class CustomFieldModel;
class MdoListCache;
class QComboBox;
class QFormLayout;
class QLabel;

// The record's custom fields as the tenant defines them (labels, tooltips, order, types, flags):
// an editor per type, and a picker for list fields whose choice writes the value and its shown
// text as one step. Without definitions the values' own forms decide the editors.
class CustomFieldsSection : public FormSection
{
    Q_OBJECT

public:
    explicit CustomFieldsSection(QWidget *parent = nullptr, EntityKind kind = EntityKind::Contact);

    // The company's definitions (not a person's: theirs are another layout).
    void setDefinitions(CustomFieldDefinitions *definitions);
    // Where list fields' items come from (cached for offline use).
    void setListCache(MdoListCache *cache);

    CustomFieldModel *model() const { return m_model; }
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QLabel *label(const QString &key) const { return m_labels.value(key); }

protected:
    void load() override;
    void applyRights() override;
    void documentChanged() override;

private:
    void rebuild();
    void applyLayout();
    QWidget *createEditor(int row);
    QWidget *createPicker(const QString &key);
    void fillPicker(const QString &key);
    void loadEditor(const QString &key);
    void choose(const QString &key, int index);

    QFormLayout *m_form;
    CustomFieldModel *m_model = nullptr;
    QPointer<CustomFieldDefinitions> m_definitions;
    QPointer<MdoListCache> m_cache;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QStringList m_keys;
    bool m_updating = false;
};
