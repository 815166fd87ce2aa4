#include "carrierlistdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QSet>

namespace {

// Finds where values end without judging them: QJsonDocument parses every piece afterwards and
// refuses anything the split got wrong, since a piece cut in the wrong place is not valid JSON.
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_data(bytes.constData())
        , m_size(bytes.size())
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    QByteArrayView view(qsizetype from, qsizetype to) const
    {
        return QByteArrayView(m_data + from, to - from);
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // At an opening quote: past the closing one.
    bool skipString()
    {
        ++m_pos;
        while (!atEnd()) {
            const char c = m_data[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }

    bool skipValue()
    {
        skipSpace();
        const char first = peek();
        if (first == '"')
            return skipString();
        if (first == '{' || first == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                // Deeper than Qt would take as a whole: let the whole parse give the error.
                if ((c == '{' || c == '[') && ++depth > kMaxDepth)
                    return false;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // A number, true, false or null: up to the next separator.
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

private:
    static constexpr int kMaxDepth = 512;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

struct Split
{
    qsizetype arrayStart = -1; // the '[' of the member's value
    qsizetype arrayEnd = -1;   // just past its ']'
    QList<std::pair<qsizetype, qsizetype>> elements;
};

std::optional<Split> split(const QByteArray &bytes, QLatin1String member)
{
    Scanner in(bytes);
    if (!in.take('{'))
        return std::nullopt;
    Split found;
    if (!in.take('}')) {
        do {
            in.skipSpace();
            if (in.peek() != '"')
                return std::nullopt;
            const qsizetype keyStart = in.pos() + 1;
            if (!in.skipString())
                return std::nullopt;
            // A name spelled with escapes may be this member's (and then the last one wins):
            // only the whole parse can tell.
            const QByteArrayView key = in.view(keyStart, in.pos() - 1);
            if (key.contains('\\'))
                return std::nullopt;
            const bool isMember = key == QByteArrayView(member);
            if (!in.take(':'))
                return std::nullopt;
            if (!isMember) {
                if (!in.skipValue())
                    return std::nullopt;
                continue;
            }
            if (found.arrayStart >= 0 || !in.take('['))
                return std::nullopt;
            found.arrayStart = in.pos() - 1;
            if (!in.take(']')) {
                do {
                    in.skipSpace();
                    const qsizetype start = in.pos();
                    if (in.peek() != '{' || !in.skipValue())
                        return std::nullopt;
                    found.elements.append({start, in.pos()});
                } while (in.take(','));
                if (!in.take(']'))
                    return std::nullopt;
            }
            found.arrayEnd = in.pos();
        } while (in.take(','));
        if (!in.take('}'))
            return std::nullopt;
    }
    in.skipSpace();
    if (!in.atEnd() || found.arrayStart < 0)
        return std::nullopt;
    return found;
}

std::optional<QJsonObject> parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

std::optional<QJsonObject> CarrierListDecoder::decode(const QByteArray &bytes, QLatin1String member,
                                                      const QJsonObject &like)
{
    const std::optional<Split> found = split(bytes, member);
    if (!found)
        return std::nullopt;
    // Everything but the list, with an empty list in its place.
    QByteArray rest;
    rest.reserve(bytes.size() - (found->arrayEnd - found->arrayStart) + 2);
    rest.append(QByteArrayView(bytes).first(found->arrayStart));
    rest.append("[]");
    rest.append(QByteArrayView(bytes).sliced(found->arrayEnd));
    std::optional<QJsonObject> object = parseObject(rest);
    if (!object)
        return std::nullopt;

    const QJsonArray likeList = like.value(member).toArray();
    QJsonArray list;
    QSet<QJsonValue> shared;
    for (const auto &[start, end] : found->elements) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(bytes.constData() + start, end - start), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        QJsonObject element = doc.object();
        if (list.size() < likeList.size()) {
            if (const QJsonValue same = likeList.at(list.size()); same == element) {
                list.append(same);
                continue;
            }
        }
        // Iterating to change it copies it, as the document still holds the parse: Qt copies a
        // JSON object at its exact size, without the growth room a parse leaves.
        for (auto it = element.begin(); it != element.end(); ++it) {
            const QJsonValue value = *it;
            if (!value.isObject() && !value.isArray())
                continue;
            const auto same = shared.constFind(value);
            if (same == shared.cend())
                shared.insert(value);
            else
                *it = *same;
        }
        list.append(element);
    }
    object->insert(QString(member), list);
    return object;
}
