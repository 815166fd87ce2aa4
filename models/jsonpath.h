#pragma once

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

// The address of one value inside an entity, such as Phones[2].Value or
// CustomFields."SuperOffice:1". Edits, rights, diffs and drafts all name values this way.
class JsonPath
{
public:
    struct Step
    {
        QString key;    // used when index < 0
        int index = -1; // array position
        bool operator==(const Step &) const = default;
    };

    JsonPath() = default;
    JsonPath(const QString &member) { m_steps.append({member, -1}); }
    JsonPath(const char *member)
        : JsonPath(QString::fromUtf8(member))
    {}

    JsonPath key(const QString &key) const;
    JsonPath index(int index) const;
    JsonPath parent() const;
    JsonPath operator/(const QString &k) const { return key(k); }
    JsonPath operator/(int i) const { return index(i); }

    bool isEmpty() const { return m_steps.isEmpty(); }
    qsizetype size() const { return m_steps.size(); }
    const Step &at(qsizetype i) const { return m_steps.at(i); }
    const Step &last() const { return m_steps.last(); }
    const QList<Step> &steps() const { return m_steps; }
    bool startsWith(const JsonPath &prefix) const;

    // Text form: keys separated by '.', indexes in brackets; keys that hold '.', '[', ']' or '"'
    // are quoted. Round-trips through fromString.
    QString toString() const;
    static JsonPath fromString(const QString &text, bool *ok = nullptr);

    // Undefined QJsonValue when any step is missing or of the wrong type.
    QJsonValue get(const QJsonValue &root) const;
    // Creates missing objects on the way; false when a step meets a value of the wrong type or
    // an index out of range (index == size appends).
    bool set(QJsonValue &root, const QJsonValue &value) const;
    bool set(QJsonObject &root, const QJsonValue &value) const;

    bool operator==(const JsonPath &) const = default;

private:
    static bool setIn(QJsonValue &node, const QList<Step> &steps, qsizetype at,
                      const QJsonValue &value);
    QList<Step> m_steps;
};

size_t qHash(const JsonPath &path, size_t seed = 0);

Q_DECLARE_METATYPE(JsonPath)
