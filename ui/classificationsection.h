#pragma once

#include "formsection.h"

#include <QPointer>

class MdoListCache;
class QComboBox;

// How the company is classified and who looks after it: category, business, country, owner,
// support contact, ticket priority and customer language, each a picker over its MDO list. A
// company's country is not set here but asked for (countryChosen), since the new country's rules
// come with it; the owner and support contact take the whole associate from the list.
class ClassificationSection : public FormSection
{
    Q_OBJECT

public:
    explicit ClassificationSection(QWidget *parent = nullptr,
                                   EntityKind kind = EntityKind::Contact);

    void setListCache(MdoListCache *cache);
    QComboBox *picker(const QString &member) const;

signals:
    // A company's country picker: the user chose this Country carrier (from the list item).
    void countryChosen(const QJsonObject &country);

protected:
    void load() override;
    void applyRights() override;

private:
    struct Picker
    {
        QString member;
        QString listName;
        QString idKey;
        bool optional; // offers "none"
        QComboBox *combo;
    };
    void fill(const Picker &picker);
    void setAssociate(const QString &member, const QJsonObject &chosen);
    static QJsonObject carrierFor(const Picker &picker, const class MDOListItem &item);

    QList<Picker> m_pickers;
    QPointer<MdoListCache> m_cache;
};
