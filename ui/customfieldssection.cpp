#include "customfieldssection.h"

#include "customfieldmodel.h"
#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
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

} // namespace

CustomFieldsSection::CustomFieldsSection(QWidget *parent, EntityKind kind)
    : FormSection(FieldCatalogue::label(QStringLiteral("CustomFields"), kind), parent, kind)
    , m_form(new QFormLayout(this))
{}

void CustomFieldsSection::documentChanged()
{
    delete m_model;
    m_model = nullptr;
    if (!document())
        return;
    m_model = new CustomFieldModel(document(), this);
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

QWidget *CustomFieldsSection::createEditor(int row)
{
    const QString key = m_keys.at(row);
    const QModelIndex index = m_model->index(row, CustomFieldModel::ValueColumn);
    const auto type = CustomFieldValue::Type(index.data(CustomFieldModel::TypeRole).toInt());
    // A list field has a ":DisplayText" sibling, empty when nothing is chosen; without this
    // check an empty list field would offer a number box that writes raw list ids.
    bool isList = false;
    for (const QString &bucket : CustomFieldModel::buckets()) {
        if (document()->working().value(bucket).toObject().contains(key +
                                                                    QStringLiteral(":DisplayText")))
            isList = true;
    }
    auto commit = [this, key](const QVariant &value) {
        if (!m_updating && m_model)
            m_model->setValue(key, value);
    };
    if (isList) {
        // The list's other values are not known here: show the chosen one.
        auto *combo = new QComboBox(this);
        combo->setEnabled(false);
        return combo;
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
        connect(edit, &QLineEdit::textEdited, this, [commit, type](const QString &text) {
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
    connect(edit, &QLineEdit::textEdited, this, [commit](const QString &text) { commit(text); });
    connect(edit, &QLineEdit::editingFinished, this, [this] { document()->breakMerge(); });
    return edit;
}

void CustomFieldsSection::loadEditor(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor || !m_model)
        return;
    const QModelIndex index = m_model->index(m_model->rowOf(key), CustomFieldModel::ValueColumn);
    const QVariant value = index.data(CustomFieldModel::TypedValueRole);
    m_updating = true;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
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
        if (type == CustomFieldValue::Type::Text)
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
        FieldRights::Access access = document()->rights().customField(key);
        if (qobject_cast<QComboBox *>(editor))
            access.editable = false;
        RightsApplier::apply(access, editor, label, m_model->label(key));
    }
}
