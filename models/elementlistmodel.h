#pragma once

#include "entitydocument.h"

#include <QAbstractTableModel>
#include <QJsonArray>

// Base for item models over one list member of a EntityDocument (Phones, Persons, Interests):
// turns the document's insert/remove/move/reset announcements into row signals. Rows read the
// document's array directly; no per-row copies are kept.
class ElementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ElementListModel(EntityDocument *document, const QString &member, QObject *parent = nullptr);

    EntityDocument *document() const { return m_document; }
    QString member() const { return m_list.at(0).key; }
    JsonPath listPath() const { return m_list; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QJsonObject element(int row) const;
    // Rights of the list member itself and of one element (its own TableRight/FieldProperties).
    FieldRights::Access listAccess() const;
    FieldRights elementRights(int row) const;

protected:
    QJsonValue elementValue(int row, const QString &key) const;
    void setElementValue(int row, const QString &key, const QJsonValue &value,
                         const QString &text = QString());

private:
    void onValueChanged(const JsonPath &path);
    void refreshCache();

    EntityDocument *m_document;
    JsonPath m_list;
    QJsonArray m_cache; // shares the document's array until it changes
    bool m_moving = false;
};
