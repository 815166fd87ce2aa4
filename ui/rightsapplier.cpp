#include "rightsapplier.h"

#include "fieldcatalogue.h"
#include "noteedit.h"
#include "plaintext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

void RightsApplier::setReadOnly(QWidget *editor, bool readOnly)
{
    // Read-only text fields keep their text selectable but look like the window behind them,
    // so they do not invite typing.
    auto look = [readOnly](QWidget *w) {
        QPalette p = w->parentWidget() ? w->parentWidget()->palette() : w->palette();
        if (readOnly)
            p.setColor(QPalette::Base, p.color(QPalette::Window));
        w->setPalette(p);
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setReadOnly(readOnly);
        look(line);
    } else if (auto *note = qobject_cast<NoteEdit *>(editor)) {
        note->setEditable(!readOnly);
        look(note);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setReadOnly(readOnly);
        look(plain);
    } else if (auto *text = qobject_cast<QTextEdit *>(editor)) {
        text->setReadOnly(readOnly);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        spin->setReadOnly(readOnly);
    } else if (auto *view = qobject_cast<QAbstractItemView *>(editor)) {
        view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked |
                                             QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::AnyKeyPressed);
    } else {
        // Combos and check boxes have no read-only mode: disable them, the tooltip explains.
        editor->setEnabled(!readOnly);
    }
}

void RightsApplier::apply(const FieldRights::Access &access, QWidget *editor, QLabel *label,
                          const QString &labelText)
{
    editor->setVisible(access.visible);
    if (label)
        label->setVisible(access.visible);
    setReadOnly(editor, !access.editable);
    // A value longer than the limit is shown cut, not changed: the cut is no edit (editors hear
    // every change of their text, see FieldBinder::onTextChanged).
    auto limit = [&access](QLineEdit *line) {
        const QSignalBlocker quiet(line);
        line->setMaxLength(access.maxLength > 0 ? access.maxLength : 32767);
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        limit(line);
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit())
        limit(combo->lineEdit());

    QString description;
    if (!access.editable && !access.reason.isEmpty())
        description = tr("Read-only: %1").arg(access.reason);
    else if (!access.editable)
        description = tr("Read-only");
    if (access.mandatory) {
        const QString required =
            access.reason.isEmpty() || access.reason.startsWith(QLatin1String("[SR_"))
                ? tr("Required")
                : tr("Required: %1").arg(access.reason);
        description = description.isEmpty() ? required : description + QLatin1Char('\n') + required;
    }
    // The reason is server text: shown as its characters, never as markup.
    editor->setToolTip(PlainText::toolTip(description));
    editor->setAccessibleName(plainLabel(labelText));
    editor->setAccessibleDescription(description);
    editor->setProperty("mandatory", access.mandatory);
    if (label) {
        label->setTextFormat(Qt::PlainText);
        label->setText(access.mandatory ? labelText + mandatoryMarker() : labelText);
        label->setToolTip(PlainText::toolTip(description));
    }
}

QString RightsApplier::plainLabel(const QString &labelText)
{
    return FieldCatalogue::plainLabel(labelText);
}
