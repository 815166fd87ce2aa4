#pragma once

#include <QJsonObject>
#include <QString>

// A carrier's TableRight: the user's right on the record as a whole, with the server's reason.
class TableRight
{
public:
    TableRight() = default;
    static TableRight fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    static TableRight full();

    bool isStated() const { return m_stated; }
    int mask() const { return m_mask; }
    QString reason() const { return m_reason; }
    bool can(int flags) const { return !m_stated || (m_mask & flags) == flags; }
    bool operator==(const TableRight &other) const = default;

    void setMask(int mask)
    {
        m_mask = mask;
        m_stated = true;
    }
    void setReason(const QString &reason) { m_reason = reason; }

private:
    bool m_stated = false;
    int m_mask = 0;
    QString m_reason;
};
