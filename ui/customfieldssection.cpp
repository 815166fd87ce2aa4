#include "customfieldssection.h"

#include "customfielddefinitions.h"
#include "customfieldmodel.h"
#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "mdolistcache.h"
#include "plaintext.h"
#include "rightsapplier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace {

// Dates can be empty; the edit shows its minimum (one day before 1900) as "not set".
const QDate kEmptyDate(1899, 12, 31);

using DefType = CustomFieldDefinition::Type;

} // namespace

CustomFieldsSection::CustomFieldsSection(QWidget *parent, EntityKind kind)
    : FormSection(FieldCatalogue::label(QStringLiteral("CustomFields"), kind), parent, kind)
    , m_form(new QFormLayout(this))
{}

void CustomFieldsSection::setDefinitions(CustomFieldDefinitions *definitions)
{
    if (m_definitions)
        m_definitions->disconnect(this);
    m_definitions = definitions;
    if (definitions)
        connect(definitions, &CustomFieldDefinitions::changed, this,
                &CustomFieldsSection::applyLayout);
    applyLayout();
}

void CustomFieldsSection::setListCache(MdoListCache *cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (!cache)
        return;
    connect(cache, &MdoListCache::listReady, this, [this](const QString &listName) {
        if (!m_model)
            return;
        for (const QString &key : std::as_const(m_keys)) {
            const CustomFieldDefinition *d = m_model->definition(key);
            if (d && d->isIdList() && d->mdoListName == listName)
                fillPicker(key);
        }
    });
    rebuild();
}

void CustomFieldsSection::applyLayout()
{
    if (m_model)
        m_model->setLayout(m_definitions ? m_definitions->layout() : CustomFieldLayout());
}

void CustomFieldsSection::documentChanged()
{
    delete m_model;
    m_model = nullptr;
    if (!document())
        return;
    m_model = new CustomFieldModel(document(), this);
    if (m_definitions)
        m_model->setLayout(m_definitions->layout());
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomFieldsSection::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    loadEditor(m_model->keys().value(row));
            });
    rebuild();
}

void CustomFieldsSection::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    m_keys = m_model ? m_model->keys() : QStringList();
    for (int row = 0; row < m_keys.size(); ++row) {
        const QString key = m_keys.at(row);
        auto *label = new QLabel(m_model->label(key), this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(key + QStringLiteral(":label"));
        QWidget *editor = createEditor(row);
        editor->setObjectName(key);
        FieldBinder::leaveUndoToWindow(editor);
        label->setBuddy(editor);
        m_form->addRow(label, editor);
        m_editors.insert(key, editor);
        m_labels.insert(key, label);
        loadEditor(key);
    }
    setVisible(!m_keys.isEmpty());
    applyRights();
}

QWidget *CustomFieldsSection::createPicker(const QString &key)
{
    auto *combo = new QComboBox(this);
    // Long list texts must not widen the form.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    connect(combo, &QComboBox::activated, this, [this, key](int index) { choose(key, index); });
    const CustomFieldDefinition *d = m_model->definition(key);
    if (m_cache && d->isIdList() && !d->mdoListName.isEmpty())
        m_cache->request(d->mdoListName);
    return combo;
}

QWidget *CustomFieldsSection::createEditor(int row)
{
    const QString key = m_keys.at(row);
    const QModelIndex index = m_model->index(row, CustomFieldModel::ValueColumn);
    const CustomFieldDefinition *d = m_model->definition(key);
    if (d && d->isPicker())
        return createPicker(key);
    auto type = CustomFieldValue::Type(index.data(CustomFieldModel::TypeRole).toInt());
    // Without a definition, a list field is known by its ":DisplayText" sibling, empty when
    // nothing is chosen; without this check an empty list field would offer a number box that
    // writes raw list ids.
    bool isList = false;
    if (!d) {
        for (const QString &bucket : CustomFieldModel::buckets()) {
            if (document()->working().value(bucket).toObject().contains(
                    key + QStringLiteral(":DisplayText")))
                isList = true;
        }
    }
    auto commit = [this, key](const QVariant &value) {
        if (!m_updating && m_model)
            m_model->setValue(key, value);
    };
    if (isList) {
        // The list's other values are not known without the tenant's definitions.
        auto *combo = new QComboBox(this);
        combo->setEnabled(false);
        return combo;
    }
    if (d && d->type == DefType::Other) {
        // Blobs, attachments and links are shown, not edited here.
        auto *edit = new QLineEdit(this);
        edit->setReadOnly(true);
        return edit;
    }
    switch (type) {
    case CustomFieldValue::Type::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [commit](bool on) { commit(on); });
        return box;
    }
    case CustomFieldValue::Type::Date: {
        auto *edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kEmptyDate);
        edit->setSpecialValueText(tr("Not set"));
        connect(edit, &QDateEdit::dateChanged, this, [commit](const QDate &date) {
            commit(date == kEmptyDate ? QVariant() : QVariant(date));
        });
        return edit;
    }
    case CustomFieldValue::Type::DateTime: {
        auto *edit = new QDateTimeEdit(this);
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(QDateTime(kEmptyDate, QTime(0, 0)));
        edit->setSpecialValueText(tr("Not set"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [commit](const QDateTime &dt) {
            commit(dt.date() == kEmptyDate ? QVariant() : QVariant(dt));
        });
        return edit;
    }
    case CustomFieldValue::Type::Integer:
    case CustomFieldValue::Type::Decimal: {
        auto *edit = new QLineEdit(this);
        auto *validator = new QDoubleValidator(edit);
        if (type == CustomFieldValue::Type::Integer)
            validator->setDecimals(0);
        edit->setValidator(validator);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        FieldBinder::onTextChanged(edit, this, [commit, type](const QString &text) {
            bool ok = false;
            const double n = QLocale().toDouble(text, &ok);
            if (text.isEmpty())
                commit(QVariant());
            else if (ok)
                commit(type == CustomFieldValue::Type::Integer ? QVariant(qlonglong(n))
                                                               : QVariant(n));
        });
        connect(edit, &QLineEdit::editingFinished, this, [this] { document()->breakMerge(); });
        return edit;
    }
    case CustomFieldValue::Type::Text:
        break;
    }
    auto *edit = new QLineEdit(this);
    FieldBinder::onTextChanged(edit, this, [commit](const QString &text) { commit(text); });
    connect(edit, &QLineEdit::editingFinished, this, [this] { document()->breakMerge(); });
    return edit;
}

void CustomFieldsSection::fillPicker(const QString &key)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(key));
    const CustomFieldDefinition *d = m_model ? m_model->definition(key) : nullptr;
    if (!combo || !d || !d->isPicker())
        return;
    m_updating = true;
    combo->clear();
    if (d->isIdList()) {
        combo->addItem(tr("(none)"), qlonglong(0));
        if (m_cache) {
            for (const MDOListItem &item : m_cache->items(d->mdoListName)) {
                if (item.isDeleted())
                    continue;
                combo->addItem(item.name(), qlonglong(item.id()));
                combo->setItemData(combo->count() - 1, PlainText::toolTip(item.toolTip()),
                                   Qt::ToolTipRole);
            }
        }
    } else {
        combo->addItem(tr("(none)"), QString());
        for (const QString &choice : d->choices)
            combo->addItem(choice, choice);
    }
    m_updating = false;
    loadEditor(key);
}

void CustomFieldsSection::choose(const QString &key, int index)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(key));
    const CustomFieldDefinition *d = m_model ? m_model->definition(key) : nullptr;
    if (m_updating || !combo || !d || index < 0)
        return;
    const QVariant value = combo->itemData(index);
    const bool none = index == 0;
    // The tooltip item data is what PlainText made of the list's text; keep the raw one.
    QString tooltip;
    if (d->isIdList() && !none && m_cache) {
        for (const MDOListItem &item : m_cache->items(d->mdoListName)) {
            if (item.id() == value.toLongLong())
                tooltip = item.toolTip();
        }
    }
    const QString text = none ? QString() : combo->itemText(index);
    if (d->isIdList() && m_model->index(m_model->rowOf(key), CustomFieldModel::ValueColumn)
                                 .data(CustomFieldModel::TypedValueRole)
                                 .toLongLong() == value.toLongLong())
        return;
    m_model->setChoice(key, value, text, tooltip);
}

void CustomFieldsSection::loadEditor(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor || !m_model)
        return;
    const QModelIndex index = m_model->index(m_model->rowOf(key), CustomFieldModel::ValueColumn);
    const QVariant value = index.data(CustomFieldModel::TypedValueRole);
    const CustomFieldDefinition *d = m_model->definition(key);
    m_updating = true;
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && d && d->isPicker()) {
        // The chosen item, or (before the list has come, or for an item gone from it) the
        // value with the text the server sent.
        const QVariant wanted = d->isIdList() ? QVariant(value.toLongLong())
                                              : QVariant(index.data(Qt::EditRole).toString());
        int at = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (d->isIdList() ? combo->itemData(i).toLongLong() == wanted.toLongLong()
                              : combo->itemData(i).toString() == wanted.toString())
                at = i;
        }
        if (at < 0) {
            if (combo->count() == 0)
                combo->addItem(tr("(none)"),
                               d->isIdList() ? QVariant(qlonglong(0)) : QVariant(QString()));
            const QString shown = d->isIdList()
                                      ? index.data(CustomFieldModel::ListTextRole).toString()
                                      : wanted.toString();
            if (d->isIdList() ? wanted.toLongLong() != 0 : !wanted.toString().isEmpty()) {
                combo->addItem(shown.isEmpty() ? wanted.toString() : shown, wanted);
                at = combo->count() - 1;
            } else {
                at = 0;
            }
        }
        combo->setCurrentIndex(at);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->clear();
        const QString chosen = index.data(CustomFieldModel::ListTextRole).toString();
        combo->addItem(chosen.isEmpty() ? tr("(none)") : chosen);
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value.toBool());
    } else if (auto *dt = qobject_cast<QDateTimeEdit *>(editor)) {
        if (qobject_cast<QDateEdit *>(editor))
            dt->setDate(value.isNull() ? kEmptyDate : value.toDate());
        else
            dt->setDateTime(value.isNull() ? QDateTime(kEmptyDate, QTime(0, 0))
                                           : value.toDateTime());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const auto type = CustomFieldValue::Type(index.data(CustomFieldModel::TypeRole).toInt());
        QString text;
        if (d && d->type == DefType::Other)
            text = index.data(Qt::DisplayRole).toString();
        else if (type == CustomFieldValue::Type::Text)
            text = value.toString();
        else if (!value.isNull())
            text = type == CustomFieldValue::Type::Integer
                       ? QLocale().toString(value.toLongLong())
                       : QLocale().toString(value.toDouble(), 'g', 15);
        if (line->text() != text &&
            !(line->hasFocus() && QLocale().toDouble(line->text()) == value.toDouble() &&
              type != CustomFieldValue::Type::Text))
            line->setText(text);
    }
    m_updating = false;
}

void CustomFieldsSection::load()
{
    for (const QString &key : std::as_const(m_keys))
        loadEditor(key);
}

void CustomFieldsSection::applyRights()
{
    if (!document() || !m_model)
        return;
    for (const QString &key : std::as_const(m_keys)) {
        QWidget *editor = m_editors.value(key);
        QLabel *label = m_labels.value(key);
        FieldRights::Access access = m_model->access(key);
        const CustomFieldDefinition *d = m_model->definition(key);
        if (qobject_cast<QComboBox *>(editor) && !(d && d->isPicker()))
            access.editable = false;
        if (d && d->type == DefType::Other)
            access.editable = false;
        RightsApplier::apply(access, editor, label, m_model->label(key));
        // The tenant's tooltip first, then what the rights say (server text: plain).
        const QString tooltip = d ? d->tooltip : QString();
        if (!tooltip.isEmpty()) {
            const QString rights = editor->accessibleDescription();
            const QString text = rights.isEmpty() ? tooltip : tooltip + QLatin1Char('\n') + rights;
            editor->setToolTip(PlainText::toolTip(text));
            editor->setAccessibleDescription(text);
            if (label)
                label->setToolTip(PlainText::toolTip(text));
        }
    }
}
