#include "classificationsection.h"

#include "displaytext.h"
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
        const bool companyCountry =
            kind == EntityKind::Contact && field.idKey == QLatin1String("CountryId");
        const bool associate = field.idKey == QLatin1String("AssociateId");
        if (!companyCountry && !associate)
            continue;
        // The binder keeps the old carrier's members and lays the chosen item's over them:
        // right for lists, wrong here (a stale PersonId or OrgNrText would stay). The binder
        // still shows the value and applies rights; the choice is handled below.
        disconnect(combo, &QComboBox::activated, binder(), nullptr);
        const QString member = field.member;
        connect(combo, &QComboBox::activated, this, [this, combo, member, companyCountry](int i) {
            if (!document() || i < 0)
                return;
            const QJsonObject chosen = combo->itemData(i).toJsonObject();
            if (companyCountry)
                emit countryChosen(chosen);
            else
                setAssociate(member, chosen);
        });
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
    if (picker.idKey == QLatin1String("AssociateId")) {
        // The associate list's item: Name is the full name, ExtraInfo the initials (the
        // Associate carrier's Name). Members of the carrier the item also holds are taken too.
        const QString fullName = item.fullName().isEmpty() ? item.name() : item.fullName();
        QJsonObject carrier{
            {QStringLiteral("AssociateId"), item.id()},
            {QStringLiteral("Name"), item.extraInfo().isEmpty() ? item.name() : item.extraInfo()},
            {QStringLiteral("FullName"), fullName},
            {QStringLiteral("FormalName"), fullName},
            {QStringLiteral("Tooltip"), item.toolTip()},
            {QStringLiteral("Type"),
             item.type().isEmpty() ? QStringLiteral("InternalAssociate") : item.type()},
            {QStringLiteral("Rank"), item.rank()},
            {QStringLiteral("Deleted"), item.isDeleted()}};
        for (const char *member :
             {"PersonId", "GroupIdx", "EjUserId", "UserName", "FormalName", "AssociateDbId"}) {
            const QString key = QString::fromLatin1(member);
            if (item.has(key))
                carrier.insert(key, item.value(key));
        }
        return carrier;
    }
    if (picker.idKey == QLatin1String("CountryId")) {
        QJsonObject carrier{{QStringLiteral("CountryId"), item.id()},
                            {QStringLiteral("Name"), item.name()}};
        // Some servers put the country's own members on the item: take them, so the org.
        // number's label follows at once even before the country's rules arrive.
        for (const char *member : {"OrgNrText", "TwoLetterISOCountry", "ThreeLetterISOCountry",
                                   "EnglishName", "DomainName"}) {
            const QString key = QString::fromLatin1(member);
            if (item.has(key))
                carrier.insert(key, item.value(key));
        }
        return carrier;
    }
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
        combo->addItem(DisplayText::line(text), carrierFor(picker, item));
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

void ClassificationSection::setAssociate(const QString &member, const QJsonObject &chosen)
{
    // The whole associate is the chosen one's; only the rights the server stated stay.
    const QJsonObject old = document()->working().value(member).toObject();
    QJsonObject carrier = chosen;
    for (const QString &key : {QStringLiteral("TableRight"), QStringLiteral("FieldProperties")}) {
        if (old.contains(key))
            carrier.insert(key, old.value(key));
    }
    if (old == carrier)
        return;
    document()->breakMerge();
    document()->setValue(JsonPath(member), carrier);
    document()->breakMerge();
}
