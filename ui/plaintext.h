#pragma once

#include <QString>
#include <QTextDocument>

// Tooltips are rich text whenever they look like HTML (Qt::mightBeRichText), so server text in
// a tooltip (a company name, a reason, a list item's tooltip) could render markup and ask for
// remote images. These helpers keep such text to the characters it holds.
namespace PlainText {

// The text as a tooltip shows it verbatim: unchanged when Qt would not read it as rich text,
// else escaped inside a paragraph that keeps its line breaks.
inline QString toolTip(const QString &text)
{
    if (text.isEmpty() || !Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

// The text as a button, tab or label with mnemonics shows it: every "&" stays a character
// instead of marking a shortcut.
inline QString label(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace PlainText
