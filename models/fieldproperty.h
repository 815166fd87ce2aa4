#pragma once

#include <QJsonObject>
#include <QString>

// One FieldProperties entry: the user's right on a field, its .NET type and storage length.
class FieldProperty
{
public:
    FieldProperty() = default;
    static FieldProperty fromJson(const QJsonValue &value);
    QJsonObject toJson() const;

    bool isStated() const { return m_maskStated; } // a usable FieldRight mask was given
    int mask() const { return m_mask; }
    QString reason() const { return m_reason; }
    QString fieldType() const { return m_fieldType; }
    int fieldLength() const { return m_fieldLength; }
    // Only a String with a positive FieldLength limits input; 0 means no limit.
    int maxLength() const;

    void setMask(int mask)
    {
        m_mask = mask;
        m_maskStated = true;
    }
    void setReason(const QString &reason) { m_reason = reason; }
    void setFieldType(const QString &type) { m_fieldType = type; }
    void setFieldLength(int length) { m_fieldLength = length; }

    bool operator==(const FieldProperty &other) const = default;

private:
    bool m_maskStated = false;
    int m_mask = 0;
    QString m_reason;
    QString m_fieldType;
    int m_fieldLength = 0;
};
