#pragma once

#include <QDateTime>
#include <QString>

// A date as SuperOffice writes it: ISO 8601 text with or without an offset ("Z", "+02:00",
// "-0500") and with 0 to 7 fraction digits; "0001-01-01T00:00:00" means empty. Keeps the text it
// was read from so an untouched date is written back byte for byte.
class EntityDate
{
public:
    EntityDate() = default;
    static EntityDate fromWire(const QString &text);
    // A new value, written the way the real server writes dates: no offset, no fraction.
    static EntityDate fromDateTime(const QDateTime &dateTime);

    bool isValid() const { return m_valid; } // parsed (or empty)
    bool isEmpty() const { return m_empty; } // the 0001-01-01 sentinel, blank or null
    bool hasOffset() const { return m_hasOffset; }
    QDateTime dateTime() const { return m_dateTime; }
    QString wireText() const { return m_text; }

    // Shown in the user's locale; empty for an empty date, the raw text for an unreadable one.
    QString displayText(QLocale::FormatType format = QLocale::ShortFormat) const;

private:
    QString m_text;
    QDateTime m_dateTime;
    bool m_valid = false;
    bool m_empty = true;
    bool m_hasOffset = false;
};
