#pragma once

#include <QString>

// Server text (a company's or person's name, a field's value) as a label, title or list item
// shows it: characters that would reorder or hide what is shown (a right-to-left override
// spelling a name backwards, a NUL cutting it short) are made visible, and text far longer than
// a label can show is cut. The stored value is never touched; only what is shown changes.
namespace DisplayText {

// What stands for a character that must not act on the text around it.
inline constexpr char16_t kReplacement = u'\uFFFD';
// A name in a tab, title or list; a value in a review or merge dialog.
inline constexpr qsizetype kLineLength = 256;
inline constexpr qsizetype kBlockLength = 4096;

// Whether the text holds a character line() shows as kReplacement: bidi embeddings, overrides and
// isolates, NUL and the other control characters (line breaks too), line and paragraph
// separators, and halves of broken surrogate pairs.
bool hasHiddenCharacters(const QString &text);
// The text without those characters, for the user who wants them gone from the stored value.
QString withoutHiddenCharacters(const QString &text);

// One line: each such character as kReplacement, cut to maxLength characters with "…", and,
// when it holds right-to-left letters, isolated (FSI … PDI) so that it cannot move the text
// around it ("* " before a tab's name, " — Contact Editor" after it).
QString line(const QString &text, qsizetype maxLength = kLineLength);
// Several lines (a note in the review dialog): like line() for each, the line breaks kept, cut
// to maxLength characters in all.
QString block(const QString &text, qsizetype maxLength = kBlockLength);

} // namespace DisplayText
