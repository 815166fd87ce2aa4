#pragma once

#include "apijob.h"

// GET Contact?$filter=name begins '...': companies by name for the search box.
class ContactSearchJob : public ApiJob
{
    Q_OBJECT

public:
    struct Row
    {
        int contactId = 0;
        QString name;
        QString department;
        QString city;
        QString orgNr;
    };

    enum class By { NameBeginsWith, OrgNrEquals };

    ContactSearchJob(WebApiClient *client, const QString &text, int top,
                     By by = By::NameBeginsWith);

    QString text() const { return m_text; }
    QList<Row> rows() const { return m_rows; }
    QString description() const override;
    // The OData string literal for a value: single quotes doubled.
    static QString quoted(const QString &value);

protected:
    bool parseResponse(const QByteArray &body, QString *whyNot) override;

private:
    static QString pathFor(const QString &text, int top, By by);
    QString m_text;
    QList<Row> m_rows;
};
