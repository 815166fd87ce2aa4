#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

class UserDirectory;

// The sandbox's MDO lists (business, category, country, associate, contint, ticketpriority,
// customerlanguage, the tier list of a user-defined field, and the person lists mrmrs, perspos,
// salutation and persint) with English and Norwegian names, and the carriers built from them
// (Country, list references, Associate, Interests).
class ListCatalog
{
public:
    struct Item
    {
        int id = 0;
        QString en;
        QString nb;
    };
    struct CountryInfo
    {
        int id = 0;
        // layout names AddressLayout's country layouts ("no", "gb", ...); dial is the country
        // calling code without "+" or "00", as real servers' DialInPrefix.
        QString iso2, iso3, en, nb, orgNrText, dial, domain, layout, zipPrefix;
        int currencyId = 0;
        int layoutId = 0;
        int rank = 0;
    };
    struct AssociateInfo
    {
        int associateId = 0;
        int personId = 0;
        int groupId = 0;
        QString initials;
        QString fullName;
        QString userName;
    };

    explicit ListCatalog(const UserDirectory &users);

    // Without a language a name comes back as the raw multi-language string, as the real server
    // does: US:"Supplier";NO:"Leverandør".
    QString name(const QString &list, int id, const QString &language) const;
    bool contains(const QString &list, int id) const;
    // The id of the item with this English name; 0 when there is none.
    int idByName(const QString &list, const QString &englishName) const;
    bool isList(const QString &list) const;

    // MDOListItem[] for GET MDOList/{list}; query filters on the name (contains, ignoring case).
    QJsonArray mdoList(const QString &list, const QString &query, const QString &language) const;

    QJsonObject listReference(const QString &list, int id, const QString &language) const;
    QJsonObject country(int countryId, const QString &language) const;
    // The same laid over a carrier that a client sent or the store holds, so the members the
    // catalog does not set are kept.
    QJsonObject listReference(const QString &list, int id, const QString &language,
                              const QJsonObject &held) const;
    QJsonObject country(int countryId, const QString &language, const QJsonObject &held) const;
    const CountryInfo *countryInfo(int countryId) const;
    const CountryInfo *countryByIso2(const QString &iso2) const;
    QJsonObject associate(int associateId) const;
    const AssociateInfo *associateInfo(int associateId) const;
    // The associate that stands in for "someone else" when the test hook edits a contact.
    int otherAssociateId() const;
    // Every interest of a company (list contint) or a person (persint), with Selected set for the
    // given ids.
    QJsonArray interests(const QSet<int> &selected, const QString &language,
                         const QString &list = QStringLiteral("contint")) const;

    // The shown name of a tier field value ("[I:2]"); empty when the text is not one.
    QString tierName(const QString &wire, const QString &language) const;

    static QJsonObject mdoItem(int id, const QString &name, int rank);
    // The ContactEntity members that hold an item of a list, with that list: {"Business",
    // "business"}, ...
    static const QList<std::pair<QString, QString>> &entityReferences();

private:
    QHash<QString, QList<Item>> m_lists;
    QList<CountryInfo> m_countries;
    QList<AssociateInfo> m_associates;
    int m_otherAssociateId = 0;
};
