#include "displaytext.h"

namespace {

constexpr char16_t kFirstStrongIsolate = u'\u2068';
constexpr char16_t kPopDirectionalIsolate = u'\u2069';

// One code point of text at i (a broken surrogate half alone); *length is 1 or 2.
char32_t codePointAt(const QString &text, qsizetype i, int *length)
{
    const QChar c = text.at(i);
    *length = 1;
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    return c.unicode();
}

bool isHidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (NUL cuts what is shown)
           || (c >= 0x202a && c <= 0x202e)      // LRE RLE PDF LRO RLO
           || (c >= 0x2066 && c <= 0x2069)      // LRI RLI FSI PDI
           || c == 0x2028 || c == 0x2029        // line and paragraph separators
           || (c >= 0xd800 && c <= 0xdfff);     // a surrogate half without its pair
}

bool isRightToLeft(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

// Shows one line (or, with keepBreaks, several) of text within maxLength characters.
QString shown(const QString &text, qsizetype maxLength, bool keepBreaks)
{
    QString out;
    // Only what can be shown is read: a 50 MB value costs no more than a short one.
    out.reserve(qMin(text.size(), maxLength) + 3);
    bool rightToLeft = false;
    bool cut = false;
    qsizetype i = 0;
    while (i < text.size()) {
        if (out.size() >= maxLength) {
            cut = true;
            break;
        }
        int length = 1;
        const char32_t c = codePointAt(text, i, &length);
        if (keepBreaks && (c == u'\n' || c == u'\t')) {
            out.append(QChar(c));
        } else if (keepBreaks && c == u'\r') {
            // CR LF is one break; a CR alone is one too.
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                out.append(u'\n');
        } else if (isHidden(c)) {
            out.append(DisplayText::kReplacement);
        } else {
            rightToLeft = rightToLeft || isRightToLeft(c);
            out.append(text.constData() + i, length);
        }
        i += length;
    }
    if (cut)
        out.append(u'…');
    if (rightToLeft) {
        out.prepend(kFirstStrongIsolate);
        out.append(kPopDirectionalIsolate);
    }
    return out;
}

} // namespace

namespace DisplayText {

bool hasHiddenCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        int length = 1;
        if (isHidden(codePointAt(text, i, &length)))
            return true;
        i += length;
    }
    return false;
}

QString withoutHiddenCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        int length = 1;
        if (!isHidden(codePointAt(text, i, &length)))
            out.append(text.constData() + i, length);
        i += length;
    }
    return out;
}

QString line(const QString &text, qsizetype maxLength)
{
    return shown(text, maxLength, false);
}

QString block(const QString &text, qsizetype maxLength)
{
    return shown(text, maxLength, true);
}

} // namespace DisplayText
