#include "listcatalog.h"

#include "userdirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QString kCountry = QStringLiteral("country");
const QString kAssociate = QStringLiteral("associate");

QString localized(const QString &en, const QString &nb, const QString &language)
{
    if (language == QLatin1String("nb"))
        return nb.isEmpty() ? en : nb;
    if (language == QLatin1String("en") || en == nb || nb.isEmpty())
        return en;
    return QStringLiteral("US:\"%1\";NO:\"%2\"").arg(en, nb);
}

QJsonObject overlaid(QJsonObject base, const QJsonObject &top)
{
    for (auto it = top.constBegin(); it != top.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

ListCatalog::ListCatalog(const UserDirectory &users)
{
    QFile file(QStringLiteral(":/sandbox/data/lists.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("contact-sandbox: the bundled lists are missing");
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.key() == kCountry || it.key() == QLatin1String("associates"))
            continue;
        QList<Item> items;
        for (const QJsonValue &v : it->toArray()) {
            const QJsonObject o = v.toObject();
            items.append({o.value(QLatin1String("id")).toInt(),
                          o.value(QLatin1String("en")).toString(),
                          o.value(QLatin1String("nb")).toString()});
        }
        m_lists.insert(it.key(), items);
    }
    int rank = 0;
    for (const QJsonValue &v : all.value(kCountry).toArray()) {
        const QJsonObject o = v.toObject();
        CountryInfo c;
        c.id = o.value(QLatin1String("id")).toInt();
        c.iso2 = o.value(QLatin1String("iso2")).toString();
        c.iso3 = o.value(QLatin1String("iso3")).toString();
        c.en = o.value(QLatin1String("en")).toString();
        c.nb = o.value(QLatin1String("nb")).toString();
        c.orgNrText = o.value(QLatin1String("orgNrText")).toString();
        c.dial = o.value(QLatin1String("dial")).toString();
        c.domain = o.value(QLatin1String("domain")).toString();
        c.layout = o.value(QLatin1String("layout")).toString();
        c.zipPrefix = o.value(QLatin1String("zipPrefix")).toString();
        c.layoutId = o.value(QLatin1String("layoutId")).toInt();
        c.currencyId = o.value(QLatin1String("currencyId")).toInt();
        c.rank = ++rank;
        m_countries.append(c);
    }
    for (const SandboxUser &u : users.users())
        m_associates.append(
            {u.associateId, u.personId, u.groupId, u.initials, u.fullName, u.userName});
    for (const QJsonValue &v : all.value(QLatin1String("associates")).toArray()) {
        const QJsonObject o = v.toObject();
        AssociateInfo a{o.value(QLatin1String("associateId")).toInt(),
                        o.value(QLatin1String("personId")).toInt(),
                        o.value(QLatin1String("groupId")).toInt(),
                        o.value(QLatin1String("initials")).toString(),
                        o.value(QLatin1String("fullName")).toString(),
                        QString()};
        if (associateInfo(a.associateId))
            continue; // a configured user took the id
        m_associates.append(a);
        if (!m_otherAssociateId)
            m_otherAssociateId = a.associateId;
    }
}

bool ListCatalog::isList(const QString &list) const
{
    return m_lists.contains(list) || list == kCountry || list == kAssociate;
}

QString ListCatalog::name(const QString &list, int id, const QString &language) const
{
    if (list == kCountry) {
        const CountryInfo *c = countryInfo(id);
        return c ? (language == QLatin1String("nb") ? c->nb : c->en) : QString();
    }
    if (list == kAssociate) {
        const AssociateInfo *a = associateInfo(id);
        return a ? a->fullName : QString();
    }
    for (const Item &item : m_lists.value(list)) {
        if (item.id == id)
            return localized(item.en, item.nb, language);
    }
    return QString();
}

bool ListCatalog::contains(const QString &list, int id) const
{
    if (list == kCountry)
        return countryInfo(id);
    if (list == kAssociate)
        return associateInfo(id);
    for (const Item &item : m_lists.value(list)) {
        if (item.id == id)
            return true;
    }
    return false;
}

int ListCatalog::idByName(const QString &list, const QString &englishName) const
{
    for (const Item &item : m_lists.value(list)) {
        if (item.en.compare(englishName, Qt::CaseInsensitive) == 0)
            return item.id;
    }
    return 0;
}

const QList<std::pair<QString, QString>> &ListCatalog::entityReferences()
{
    static const QList<std::pair<QString, QString>> refs = {
        {QStringLiteral("Business"), QStringLiteral("business")},
        {QStringLiteral("Category"), QStringLiteral("category")},
        {QStringLiteral("TicketPriority"), QStringLiteral("ticketpriority")},
        {QStringLiteral("CustomerLanguage"), QStringLiteral("customerlanguage")},
    };
    return refs;
}

QString ListCatalog::tierName(const QString &wire, const QString &language) const
{
    static const QRegularExpression re(QStringLiteral("^\\[I:(\\d+)\\]$"));
    const auto m = re.match(wire);
    return m.hasMatch() ? name(QStringLiteral("udlist:tier"), m.captured(1).toInt(), language)
                        : QString();
}

QJsonObject ListCatalog::mdoItem(int id, const QString &name, int rank)
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Name"), name},
            {QStringLiteral("ToolTip"), QString()},
            {QStringLiteral("Deleted"), false},
            {QStringLiteral("Rank"), rank},
            {QStringLiteral("Type"), QString()},
            {QStringLiteral("ChildItems"), QJsonArray()},
            {QStringLiteral("IconHint"), QString()},
            {QStringLiteral("ColorBlock"), 0},
            {QStringLiteral("ExtraInfo"), QString()},
            {QStringLiteral("StyleHint"), QString()},
            {QStringLiteral("FullName"), QString()},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

QJsonArray ListCatalog::mdoList(const QString &list, const QString &query,
                                const QString &language) const
{
    QJsonArray out;
    const QString q = query.trimmed();
    auto matches = [&](const QString &text) {
        return q.isEmpty() || text.contains(q, Qt::CaseInsensitive);
    };
    if (list == kCountry) {
        for (const CountryInfo &c : m_countries) {
            const QString n = language == QLatin1String("nb") ? c.nb : c.en;
            if (!matches(n) && !matches(c.en))
                continue;
            QJsonObject item = mdoItem(c.id, n, c.rank);
            item.insert(QStringLiteral("ExtraInfo"), c.iso2);
            item.insert(QStringLiteral("FullName"), c.en);
            // Not an MDOListItem member: the OrgNr label, so a client can relabel the field
            // without fetching the Country carrier.
            item.insert(QStringLiteral("OrgNrText"), c.orgNrText);
            item.insert(QStringLiteral("TwoLetterISOCountry"), c.iso2);
            out.append(item);
        }
        return out;
    }
    if (list == kAssociate) {
        int rank = 0;
        for (const AssociateInfo &a : m_associates) {
            ++rank;
            if (!matches(a.fullName) && !matches(a.initials))
                continue;
            QJsonObject item = mdoItem(a.associateId, a.fullName, rank);
            item.insert(QStringLiteral("ToolTip"), a.initials);
            item.insert(QStringLiteral("FullName"), a.fullName);
            item.insert(QStringLiteral("ExtraInfo"), a.initials);
            item.insert(QStringLiteral("Type"), QStringLiteral("InternalAssociate"));
            out.append(item);
        }
        return out;
    }
    int rank = 0;
    for (const Item &i : m_lists.value(list)) {
        ++rank;
        const QString n = localized(i.en, i.nb, language);
        if (!matches(n) && !matches(i.en) && !matches(i.nb))
            continue;
        out.append(mdoItem(i.id, n, rank));
    }
    return out;
}

QJsonObject ListCatalog::listReference(const QString &list, int id, const QString &language) const
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Value"), id ? name(list, id, language) : QString()},
            {QStringLiteral("Tooltip"), QString()},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

QJsonObject ListCatalog::listReference(const QString &list, int id, const QString &language,
                                       const QJsonObject &held) const
{
    return overlaid(held, listReference(list, id, language));
}

QJsonObject ListCatalog::country(int countryId, const QString &language,
                                 const QJsonObject &held) const
{
    return overlaid(held, country(countryId, language));
}

const ListCatalog::CountryInfo *ListCatalog::countryInfo(int countryId) const
{
    for (const CountryInfo &c : m_countries) {
        if (c.id == countryId)
            return &c;
    }
    return nullptr;
}

const ListCatalog::CountryInfo *ListCatalog::countryByIso2(const QString &iso2) const
{
    for (const CountryInfo &c : m_countries) {
        if (c.iso2.compare(iso2, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QJsonObject ListCatalog::country(int countryId, const QString &language) const
{
    const CountryInfo *c = countryInfo(countryId);
    if (!c)
        c = countryInfo(578);
    return {{QStringLiteral("CountryId"), c->id},
            {QStringLiteral("Name"), language == QLatin1String("nb") ? c->nb : c->en},
            {QStringLiteral("CurrencyId"), c->currencyId},
            {QStringLiteral("EnglishName"), c->en},
            {QStringLiteral("TwoLetterISOCountry"), c->iso2},
            {QStringLiteral("ThreeLetterISOCountry"), c->iso3},
            {QStringLiteral("ImageDescription"), QString()},
            {QStringLiteral("OrgNrText"), c->orgNrText},
            {QStringLiteral("InterAreaPrefix"), QStringLiteral("00")},
            {QStringLiteral("DialInPrefix"), c->dial},
            {QStringLiteral("ZipPrefix"), c->zipPrefix},
            {QStringLiteral("DomainName"), c->domain},
            // As real servers (Norway 4, the UK 3): one layout at home and abroad.
            {QStringLiteral("AddressLayoutId"), c->layoutId},
            {QStringLiteral("DomesticAddressLayoutId"), c->layoutId},
            {QStringLiteral("ForeignAddressLayoutId"), c->layoutId},
            {QStringLiteral("Rank"), c->rank},
            {QStringLiteral("Tooltip"), QString()},
            {QStringLiteral("Deleted"), false},
            {QStringLiteral("TableRight"), QJsonValue()},
            {QStringLiteral("FieldProperties"), QJsonObject()}};
}

const ListCatalog::AssociateInfo *ListCatalog::associateInfo(int associateId) const
{
    for (const AssociateInfo &a : m_associates) {
        if (a.associateId == associateId)
            return &a;
    }
    return nullptr;
}

int ListCatalog::otherAssociateId() const
{
    return m_otherAssociateId;
}

QJsonObject ListCatalog::associate(int associateId) const
{
    const AssociateInfo *a = associateInfo(associateId);
    if (!a)
        return QJsonObject();
    return {
        {QStringLiteral("AssociateId"), a->associateId},
        {QStringLiteral("Name"), a->initials},
        {QStringLiteral("PersonId"), a->personId},
        {QStringLiteral("Rank"), 0},
        {QStringLiteral("Tooltip"), QString()},
        {QStringLiteral("Type"), QStringLiteral("InternalAssociate")},
        {QStringLiteral("GroupIdx"), a->groupId},
        {QStringLiteral("FullName"), a->fullName},
        {QStringLiteral("FormalName"), a->fullName},
        {QStringLiteral("Deleted"), false},
        {QStringLiteral("EjUserId"), 0},
        {QStringLiteral("UserName"),
         a->userName.isEmpty() ? QJsonValue() : QJsonValue(a->userName)},
        {QStringLiteral("TableRight"), QJsonObject{{QStringLiteral("Mask"), QStringLiteral("FULL")},
                                                   {QStringLiteral("Reason"), QString()}}},
        {QStringLiteral("FieldProperties"), QJsonObject()}};
}

QJsonArray ListCatalog::interests(const QSet<int> &selected, const QString &language,
                                  const QString &list) const
{
    QJsonArray out;
    int rank = 0;
    for (const Item &i : m_lists.value(list)) {
        QJsonObject item = mdoItem(i.id, localized(i.en, i.nb, language), ++rank);
        if (list != QLatin1String("contint")) {
            // As real servers mark person interests.
            item.insert(QStringLiteral("Type"), list);
            item.insert(QStringLiteral("IconHint"), list);
        }
        item.insert(QStringLiteral("Selected"), selected.contains(i.id));
        item.insert(QStringLiteral("LastChanged"), QStringLiteral("0001-01-01T00:00:00"));
        item.insert(QStringLiteral("Hidden"), false);
        out.append(item);
    }
    return out;
}
