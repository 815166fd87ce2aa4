#include "fieldbinder.h"

#include "displaytext.h"
#include "entitydocument.h"
#include "fieldcatalogue.h"
#include "noteedit.h"
#include "plaintext.h"
#include "rightsapplier.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>

#include "entitydate.h"

namespace {

// Turns down the editor's claim on the undo and redo keys (ShortcutOverride), so the key
// reaches the window's actions.
class UndoKeysToWindow : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// The trailing action of a line edit whose text holds hidden characters (updateHiddenWarning).
const char *const kHiddenWarning = "hiddenCharacters";

// An editable combo's current item when its text last changed (bindTextChoice).
const char *const kShownIndex = "shownIndex";

} // namespace

void FieldBinder::leaveUndoToWindow(QWidget *editor)
{
    // Once per editor (the filter has no meta-object of its own for findChild to tell it apart).
    static const char *const kInstalled = "undoKeysToWindow";
    if (editor->property(kInstalled).toBool())
        return;
    editor->setProperty(kInstalled, true);
    editor->installEventFilter(new UndoKeysToWindow(editor));
}

FieldBinder::FieldBinder(EntityKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{}

void FieldBinder::setDocument(EntityDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document)
        connect(document, &EntityDocument::valueChanged, this, &FieldBinder::onValueChanged);
    load();
    applyRights();
}

void FieldBinder::add(QWidget *widget, const QString &member, QLabel *label)
{
    const FieldDescriptor *field = FieldCatalogue::find(member, m_kind);
    const QString labelText = FieldCatalogue::formLabel(member, m_kind);
    m_bindings.append(
        {widget, JsonPath(member), label, labelText, field ? field->idKey : QString()});
    widget->setObjectName(member);
    if (label) {
        label->setText(labelText);
        label->setBuddy(widget);
    }
    // Named from the start: the form is on screen before a company has loaded (or when it fails).
    widget->setAccessibleName(FieldCatalogue::plainLabel(labelText));
}

void FieldBinder::bindLineEdit(QLineEdit *edit, const QString &member, QLabel *label)
{
    add(edit, member, label);
    leaveUndoToWindow(edit);
    const JsonPath path(member);
    onTextChanged(edit, this, [this, path](const QString &text) {
        if (m_document && !m_updating)
            m_document->setValue(path, text);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->breakMerge();
    });
}

void FieldBinder::bindPlainText(QPlainTextEdit *edit, const QString &member, QLabel *label)
{
    add(edit, member, label);
    leaveUndoToWindow(edit);
    const JsonPath path(member);
    // Every change of the text: typing, pasting and the accessibility interface alike.
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, path] {
        if (!m_document || m_updating || edit->isReadOnly())
            return;
        // A collapsed note shows only its beginning: that is never the value.
        if (auto *note = qobject_cast<NoteEdit *>(edit); note && note->isCollapsed())
            return;
        m_document->setValue(path, edit->toPlainText());
    });
    edit->installEventFilter(this);
}

void FieldBinder::bindCheckBox(QCheckBox *box, const QString &member)
{
    add(box, member, nullptr);
    box->setText(FieldCatalogue::formLabel(member, m_kind));
    const JsonPath path(member);
    connect(box, &QCheckBox::toggled, this, [this, path](bool checked) {
        if (m_document && !m_updating) {
            m_document->breakMerge();
            m_document->setValue(path, checked);
            m_document->breakMerge();
        }
    });
}

void FieldBinder::bindCombo(QComboBox *combo, const QString &member, QLabel *label)
{
    add(combo, member, label);
    connect(combo, &QComboBox::activated, this, [this, combo, member](int index) {
        if (!m_document || m_updating || index < 0)
            return;
        // Keep the carrier's own members (rights, unknowns), take the chosen item's.
        QJsonObject carrier = m_document->working().value(member).toObject();
        const QJsonObject chosen = combo->itemData(index).toJsonObject();
        for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
            carrier.insert(it.key(), it.value());
        m_document->breakMerge();
        m_document->setValue(JsonPath(member), carrier);
        m_document->breakMerge();
    });
}

void FieldBinder::bindTextChoice(QComboBox *combo, const QString &member, QLabel *label)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    add(combo, member, label);
    leaveUndoToWindow(combo);
    leaveUndoToWindow(combo->lineEdit());
    const JsonPath path(member);
    // Typed text merges into one step; a suggestion picked from the list is a step of its own.
    // The combo moves to the picked item before it shows its text: a text change that comes
    // with a new current item is a pick.
    combo->setProperty(kShownIndex, combo->currentIndex());
    onTextChanged(combo->lineEdit(), this, [this, path, combo](const QString &text) {
        const int index = combo->currentIndex();
        const bool picked = index != combo->property(kShownIndex).toInt() && index >= 0 &&
                            combo->itemText(index) == text;
        combo->setProperty(kShownIndex, combo->currentIndex());
        if (!m_document || m_updating)
            return;
        if (picked)
            m_document->breakMerge();
        m_document->setValue(path, text);
        if (picked)
            m_document->breakMerge();
    });
    connect(combo, &QComboBox::textActivated, this, [this, path](const QString &text) {
        if (!m_document || m_updating || m_document->value(path).toString() == text)
            return;
        m_document->breakMerge();
        m_document->setValue(path, text);
        m_document->breakMerge();
    });
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->breakMerge();
    });
}

void FieldBinder::bindDate(QDateEdit *edit, const QString &member, QLabel *label)
{
    add(edit, member, label);
    leaveUndoToWindow(edit);
    const JsonPath path(member);
    connect(edit, &QDateEdit::dateChanged, this, [this, edit, path](QDate date) {
        if (!m_document || m_updating)
            return;
        QString wire;
        if (date <= edit->minimumDate()) {
            // Cleared: an entity that had no date keeps its own way of saying so.
            const QJsonValue before = path.get(m_document->base().json());
            wire = EntityDate::fromWire(before.toString()).isEmpty() && before.isString()
                       ? before.toString()
                       : QStringLiteral("0001-01-01T00:00:00");
        } else {
            wire = EntityDate::fromDateTime(QDateTime(date, QTime(0, 0))).wireText();
        }
        if (m_document->value(path).toString() != wire)
            m_document->setValue(path, wire);
    });
    connect(edit, &QDateEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->breakMerge();
    });
}

void FieldBinder::loadOne(const Binding &b)
{
    if (!b.widget || !m_document)
        return;
    const QJsonValue v = b.path.get(m_document->working());
    m_updating = true;
    if (auto *line = qobject_cast<QLineEdit *>(b.widget)) {
        const QString text = v.isString()   ? v.toString()
                             : v.isDouble() ? QString::number(v.toDouble())
                                            : QString();
        if (line->text() != text) {
            const int cursor = line->cursorPosition();
            line->setText(text);
            line->setCursorPosition(qMin(cursor, int(text.size())));
        }
        updateHiddenWarning(line, b.path, text);
    } else if (auto *note = qobject_cast<NoteEdit *>(b.widget)) {
        const QString text = v.toString();
        if (note->noteLength() != text.size() || note->note() != text)
            note->setNote(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(b.widget)) {
        const QString text = v.toString();
        if (plain->toPlainText() != text) {
            QTextCursor cursor = plain->textCursor();
            const int position = cursor.position();
            plain->setPlainText(text);
            cursor = plain->textCursor();
            cursor.setPosition(qMin(position, int(text.size())));
            plain->setTextCursor(cursor);
        }
    } else if (auto *box = qobject_cast<QCheckBox *>(b.widget)) {
        box->setChecked(v.toBool());
    } else if (auto *date = qobject_cast<QDateEdit *>(b.widget)) {
        const EntityDate day = EntityDate::fromWire(v.toString());
        const QDate shown =
            day.isEmpty() || !day.isValid() ? date->minimumDate() : day.dateTime().date();
        if (date->date() != shown)
            date->setDate(shown);
    } else if (auto *choice = qobject_cast<QComboBox *>(b.widget); choice && choice->isEditable()) {
        const QString text = v.toString();
        if (choice->currentText() != text) {
            const int cursor = choice->lineEdit()->cursorPosition();
            choice->setCurrentIndex(choice->findText(text));
            choice->setEditText(text);
            choice->lineEdit()->setCursorPosition(qMin(cursor, int(text.size())));
        }
        choice->setProperty(kShownIndex, choice->currentIndex());
    } else if (auto *combo = qobject_cast<QComboBox *>(b.widget)) {
        const QJsonObject carrier = v.toObject();
        const qint64 id = carrier.value(b.idKey).toInteger();
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toJsonObject().value(b.idKey).toInteger() == id) {
                index = i;
                break;
            }
        }
        if (index < 0 && id != 0) {
            // The list has not arrived (or lacks it): still show the current value.
            QString text = carrier.value(QLatin1String("Value")).toString();
            for (const char *key : {"FullName", "Name"}) {
                if (text.isEmpty())
                    text = carrier.value(QLatin1String(key)).toString();
            }
            combo->addItem(DisplayText::line(text), carrier);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
    m_updating = false;
}

void FieldBinder::updateHiddenWarning(QLineEdit *line, const JsonPath &path, const QString &text)
{
    // The edit holds the real value, so the user can fix it, and shows it as Qt lays it out: a
    // right-to-left override reverses it there too. The warning says what it really holds.
    QAction *warning = line->findChild<QAction *>(QLatin1String(kHiddenWarning));
    const bool hidden = DisplayText::hasHiddenCharacters(text);
    if (!hidden) {
        if (warning)
            warning->setVisible(false);
        return;
    }
    if (!warning) {
        warning = line->addAction(line->style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                  QLineEdit::TrailingPosition);
        warning->setObjectName(QLatin1String(kHiddenWarning));
        connect(warning, &QAction::triggered, this, [this, line, path] {
            if (!m_document || line->isReadOnly())
                return;
            // One step of its own: Ctrl+Z brings them back.
            m_document->breakMerge();
            m_document->setValue(path, DisplayText::withoutHiddenCharacters(line->text()),
                                 tr("Remove hidden characters"));
            m_document->breakMerge();
        });
    }
    warning->setText(tr("Remove hidden characters"));
    warning->setToolTip(PlainText::toolTip(
        //: %1: the field's text with each hidden character shown as a replacement mark
        tr("This text holds characters that change how it is shown (each is shown as � "
           "here): %1\nClick to remove them.")
            .arg(DisplayText::line(text))));
    warning->setVisible(true);
}

void FieldBinder::load()
{
    for (const Binding &b : std::as_const(m_bindings))
        loadOne(b);
}

FieldRights::Access FieldBinder::access(const JsonPath &path) const
{
    if (!m_document)
        return FieldRights::Access();
    return FieldCatalogue::access(path.at(0).key, m_document->rights(), m_kind);
}

void FieldBinder::applyRights()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.widget)
            RightsApplier::apply(access(b.path), b.widget, b.label, b.labelText);
    }
}

void FieldBinder::onValueChanged(const JsonPath &path)
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.path == path || b.path.startsWith(path) || path.startsWith(b.path))
            loadOne(b);
    }
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_document)
        m_document->breakMerge();
    return QObject::eventFilter(watched, event);
}
