#pragma once

#include "formsection.h"

#include <QPointer>

class MdoListCache;
class QComboBox;

// How the company is classified and who looks after it: category, business, country, owner,
// support contact, ticket priority and customer language, each a picker over its MDO list.
class ClassificationSection : public FormSection
{
    Q_OBJECT

public:
    explicit ClassificationSection(QWidget *parent = nullptr,
                                   EntityKind kind = EntityKind::Contact);

    void setListCache(MdoListCache *cache);
    QComboBox *picker(const QString &member) const;

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
    static QJsonObject carrierFor(const Picker &picker, const class MDOListItem &item);

    QList<Picker> m_pickers;
    QPointer<MdoListCache> m_cache;
};
