#include "countrylayoutcache.h"

#include "draftstore.h"

namespace {

const QString kKind = QStringLiteral("countrylayout");
const QString kCountry = QStringLiteral("Country");
const QString kAddress = QStringLiteral("Address");

} // namespace

CountryLayoutCache::CountryLayoutCache(DraftStore *store, const QString &server)
    : m_store(store && store->isOpen() ? store : nullptr)
    , m_server(server)
{}

void CountryLayoutCache::remember(const QJsonObject &company) const
{
    const Country country(company.value(kCountry).toObject());
    const Address address(company.value(kAddress).toObject());
    // Only a real layout: the structured forms alone say nothing about the country.
    if (!m_store || country.countryId() <= 0 || !address.hasLocalized())
        return;
    m_store->cachePut(
        m_server, kKind, QString::number(country.countryId()),
        QJsonObject{{kCountry, country.json()}, {kAddress, address.blankLayout().json()}});
}

std::optional<CountryLayoutCache::Rules> CountryLayoutCache::rules(int countryId) const
{
    if (!m_store || countryId <= 0)
        return std::nullopt;
    const auto cached = m_store->cacheGet(m_server, kKind, QString::number(countryId));
    if (!cached || !cached->isObject())
        return std::nullopt;
    const QJsonObject o = cached->toObject();
    return Rules{Country(o.value(kCountry).toObject()), Address(o.value(kAddress).toObject())};
}
