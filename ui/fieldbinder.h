#pragma once

#include "entitykind.h"
#include "fieldrights.h"
#include "jsonpath.h"

#include <QHash>
#include <QJsonValue>
#include <QLineEdit>
#include <QObject>
#include <QPointer>

class EntityDocument;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QWidget;

// Two-way binding of simple editors to members of the open company or person: typing pushes
// undoable edits (one step per field until focus leaves it), and changes from undo, redo or the
// server flow back into the editors without disturbing the cursor.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(EntityKind kind = EntityKind::Contact, QObject *parent = nullptr);

    EntityKind kind() const { return m_kind; }

    void setDocument(EntityDocument *document);

    // Each editor is named after its member and takes its caption and accessible name from
    // FieldCatalogue; label (the caption beside it) may be null.
    void bindLineEdit(QLineEdit *edit, const QString &member, QLabel *label);
    void bindPlainText(QPlainTextEdit *edit, const QString &member, QLabel *label);
    void bindCheckBox(QCheckBox *box, const QString &member);
    // A picker over a reference member (Category, Country, Associate, ...). Items carry the
    // carrier to set as Qt::UserRole data (a QJsonObject), with the catalogue's id member.
    void bindCombo(QComboBox *combo, const QString &member, QLabel *label);
    // An editable combo over a string member (Mrmrs, Salutation): the items are suggestions,
    // what is typed is the value.
    void bindTextChoice(QComboBox *combo, const QString &member, QLabel *label);
    // A date the user picks (BirthDate). The edit's minimum date is "no date" (shown with its
    // special value text) and stores the empty date.
    void bindDate(QDateEdit *edit, const QString &member, QLabel *label);

    // Leaves Ctrl+Z and Ctrl+Shift+Z in this editor to the window's Undo and Redo, which undo
    // the document's named steps; the editor's own undo would only replay its typing as a new
    // step. Every editor bound here gets it; sections call it for editors they wire themselves.
    static void leaveUndoToWindow(QWidget *editor);

    // Calls store(text) for every change of the edit's text while it is not read-only: typing,
    // pasting, the clear button and text set through the accessibility interface (dictation
    // tools) alike; textEdited hears only the keyboard. Text a section loads is the document's
    // already: its store must tell loads apart (or find the value unchanged).
    template <typename Store>
    static void onTextChanged(QLineEdit *edit, QObject *context, Store store)
    {
        QObject::connect(edit, &QLineEdit::textChanged, context,
                         [edit, store](const QString &text) {
                             if (!edit->isReadOnly())
                                 store(text);
                         });
    }

    // Re-read every bound editor from the document, and re-apply every field's rights.
    void load();
    void applyRights();
    // The rights of a bound member (top-level members only).
    FieldRights::Access access(const JsonPath &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        JsonPath path;
        QPointer<QLabel> label;
        QString labelText;
        QString idKey; // combos
    };
    void add(QWidget *widget, const QString &member, QLabel *label);
    void loadOne(const Binding &binding);
    void updateHiddenWarning(QLineEdit *line, const JsonPath &path, const QString &text);
    void onValueChanged(const JsonPath &path);

    EntityKind m_kind;
    QPointer<EntityDocument> m_document;
    QList<Binding> m_bindings;
    bool m_updating = false;
};
