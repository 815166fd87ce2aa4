#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// One user-defined or custom field value in SuperOffice's string encoding: "[I:12]", "[F:1.5]",
// "[D:12/31/2013]", "[DT:12/31/2013 23:59:59.0000000]", "True"/"False", or plain text.
// Decodes for display and editing and encodes an edit back in the form it arrived in.
class CustomFieldValue
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldValue)

public:
    enum class Type { Text, Integer, Decimal, Date, DateTime, Boolean };

    CustomFieldValue() = default;
    static CustomFieldValue decode(const QString &wire);
    static CustomFieldValue ofType(Type type, const QVariant &value);

    Type type() const { return m_type; }
    // QString, qlonglong, double, QDate, QDateTime or bool; null for an empty number or date.
    QVariant value() const { return m_value; }
    bool isEmpty() const
    {
        return m_value.isNull() || (m_type == Type::Text && m_value.toString().isEmpty());
    }
    bool isWellFormed() const { return m_wellFormed; }
    QString wire() const { return m_wire; }

    // The same type and wire form with a new value; a value that does not fit the type leaves
    // *ok false and returns an unchanged copy.
    CustomFieldValue withValue(const QVariant &value, bool *ok = nullptr) const;
    QString displayText() const;

    static QString typeName(Type type);

private:
    QString encode() const;

    Type m_type = Type::Text;
    QVariant m_value = QString();
    QString m_wire;
    bool m_wellFormed = true;
    bool m_dateWithTime = false; // "[D:05/05/1999 00:00:00.0000000]"
    bool m_isoDate = false;      // "[DT:2019-09-11]" rather than "[DT:09/11/2019 ...]"
};
