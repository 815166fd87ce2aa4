#include "noteedit.h"

#include <QMimeData>
#include <QTextCursor>

NoteEdit::NoteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

QTextOption::WrapMode NoteEdit::wrapModeFor(QStringView text)
{
    // Qt looks for the next break opportunity from every line it breaks: a run of n characters
    // without one costs n² / (characters per line).
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kLongestWord)
            return QTextOption::WrapAnywhere;
    }
    return QTextOption::WrapAtWordBoundaryOrAnywhere;
}

void NoteEdit::setNote(const QString &text)
{
    // Once the user has asked for all of it, undo and redo do not take it away again.
    const bool collapse = !m_expanded && text.size() > kCollapseAbove;
    const int position = textCursor().position();
    m_full = collapse ? text : QString();
    showText(collapse ? text.left(kPreviewLength) : text);
    if (!collapse) {
        QTextCursor cursor = textCursor();
        cursor.setPosition(qMin(position, int(text.size())));
        setTextCursor(cursor);
    }
    if (collapse != m_collapsed) {
        m_collapsed = collapse;
        updateReadOnly();
        emit collapsedChanged(collapse);
    }
}

void NoteEdit::showText(const QString &text)
{
    // The wrap mode before the text: the text is laid out once, in the mode it needs.
    const QTextOption::WrapMode mode = wrapModeFor(text);
    if (wordWrapMode() != mode)
        setWordWrapMode(mode);
    setPlainText(text);
}

QString NoteEdit::note() const
{
    return m_collapsed ? m_full : toPlainText();
}

qsizetype NoteEdit::noteLength() const
{
    // The document counts the paragraph separator at its end.
    return m_collapsed ? m_full.size() : qMax(0, document()->characterCount() - 1);
}

void NoteEdit::expand()
{
    if (!m_collapsed)
        return;
    const QString text = m_full;
    m_full.clear();
    m_collapsed = false;
    m_expanded = true;
    // Shown in full before listeners hear of it: what they read is the whole note.
    const bool blocked = blockSignals(true);
    showText(text);
    blockSignals(blocked);
    moveCursor(QTextCursor::Start);
    updateReadOnly();
    emit collapsedChanged(false);
}

void NoteEdit::setEditable(bool editable)
{
    m_editable = editable;
    updateReadOnly();
}

void NoteEdit::updateReadOnly()
{
    setReadOnly(!m_editable || m_collapsed);
}

void NoteEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText() && wordWrapMode() != QTextOption::WrapAnywhere &&
        wrapModeFor(source->text()) == QTextOption::WrapAnywhere)
        setWordWrapMode(QTextOption::WrapAnywhere);
    QPlainTextEdit::insertFromMimeData(source);
}
