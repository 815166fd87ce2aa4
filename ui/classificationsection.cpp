#include "classificationsection.h"

#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "mdolistcache.h"
#include "plaintext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>

ClassificationSection::ClassificationSection(QWidget *parent, EntityKind kind)
    : FormSection(kind == EntityKind::Person ? tr("Position and country") : tr("Classification"),
                  parent, kind)
{
    auto *form = new QFormLayout(this);
    // A person's pickers (position, country) sit in different catalogue sections; all of them
    // are shown here so the list handling stays in one place.
    QList<FieldDescriptor> pickers;
    if (kind == EntityKind::Contact) {
        pickers = FieldCatalogue::fields(FieldDescriptor::Section::Classification, kind);
    } else {
        for (const FieldDescriptor &field : FieldCatalogue::fields(kind)) {
            if (field.kind == FieldDescriptor::Kind::Picker)
                pickers.append(field);
        }
    }
    for (const FieldDescriptor &field : std::as_const(pickers)) {
        auto *combo = new QComboBox(this);
        combo->setMinimumContentsLength(20);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *caption = new QLabel(this);
        form->addRow(caption, combo);
        m_pickers.append({field.member, field.listName, field.idKey, field.offersNone, combo});
        binder()->bindCombo(combo, field.member, caption);
    }
}

QComboBox *ClassificationSection::picker(const QString &member) const
{
    for (const Picker &p : m_pickers) {
        if (p.member == member)
            return p.combo;
    }
    return nullptr;
}

void ClassificationSection::setListCache(MdoListCache *cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (!cache)
        return;
    connect(cache, &MdoListCache::listReady, this, [this](const QString &listName) {
        for (const Picker &p : std::as_const(m_pickers)) {
            if (p.listName == listName)
                fill(p);
        }
        binder()->load();
    });
    for (const Picker &p : std::as_const(m_pickers))
        cache->request(p.listName);
}

QJsonObject ClassificationSection::carrierFor(const Picker &picker, const MDOListItem &item)
{
    if (picker.idKey == QLatin1String("AssociateId"))
        return {{QStringLiteral("AssociateId"), item.id()},
                {QStringLiteral("Name"), item.name()},
                {QStringLiteral("FullName"),
                 item.fullName().isEmpty() ? item.name() : item.fullName()}};
    if (picker.idKey == QLatin1String("CountryId"))
        return {{QStringLiteral("CountryId"), item.id()}, {QStringLiteral("Name"), item.name()}};
    return {{QStringLiteral("Id"), item.id()},
            {QStringLiteral("Value"), item.name()},
            {QStringLiteral("Tooltip"), item.toolTip()}};
}

void ClassificationSection::fill(const Picker &picker)
{
    if (!m_cache)
        return;
    QComboBox *combo = picker.combo;
    combo->clear();
    if (picker.optional) {
        QJsonObject none{{picker.idKey, 0}};
        none.insert(picker.idKey == QLatin1String("AssociateId") ? QStringLiteral("FullName")
                                                                 : QStringLiteral("Value"),
                    QString());
        combo->addItem(tr("(none)"), none);
    }
    for (const MDOListItem &item : m_cache->items(picker.listName)) {
        if (item.isDeleted())
            continue;
        const QString text = item.fullName().isEmpty() ? item.name() : item.fullName();
        combo->addItem(text, carrierFor(picker, item));
        if (!item.toolTip().isEmpty())
            combo->setItemData(combo->count() - 1, PlainText::toolTip(item.toolTip()),
                               Qt::ToolTipRole);
    }
}

void ClassificationSection::load()
{
    binder()->load();
}

void ClassificationSection::applyRights()
{
    binder()->applyRights();
}
