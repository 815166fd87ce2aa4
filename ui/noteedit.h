#pragma once

#include <QPlainTextEdit>

// The note's text box. Laying out text costs the window time and memory for every character,
// and a line without break opportunities costs time for its length squared: a note of any size
// or shape the server sends must not freeze the window. A note whose words are too long to
// wrap at is wrapped anywhere; a note too long to lay out quickly shows its beginning, read-only,
// until the user asks for all of it (expand()). The note itself is always kept whole.
class NoteEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Longer notes are collapsed (about a third of a second to lay out on a desktop).
    static constexpr qsizetype kCollapseAbove = 256 * 1024;
    // What a collapsed note shows: many screens of the box.
    static constexpr qsizetype kPreviewLength = 16 * 1024;
    // A run of characters without white space longer than this wraps the note anywhere.
    static constexpr qsizetype kLongestWord = 1000;

    explicit NoteEdit(QWidget *parent = nullptr);

    // Shows text (collapsed when it is long); the user's cursor stays where it was.
    void setNote(const QString &text);
    // The whole note: what setNote() gave while collapsed, else what the box holds.
    QString note() const;
    qsizetype noteLength() const;
    bool isCollapsed() const { return m_collapsed; }
    // Lays out the whole note for editing: the user's choice, whatever it costs. Later notes
    // (undo, redo, the server's answer) are shown whole too.
    void expand();

    // Read-only for the user's rights; a collapsed note is read-only whatever they are.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // The wrap mode text of this shape gets.
    static QTextOption::WrapMode wrapModeFor(QStringView text);

signals:
    void collapsedChanged(bool collapsed);

protected:
    // Pasted or dropped text changes the wrap mode first when it needs to: laid out with the
    // wrong one, a long line freezes the window before any signal is heard.
    void insertFromMimeData(const QMimeData *source) override;

private:
    void showText(const QString &text);
    void updateReadOnly();

    QString m_full; // only while collapsed
    bool m_collapsed = false;
    bool m_expanded = false; // by the user: long notes are shown whole from then on
    bool m_editable = true;
};
