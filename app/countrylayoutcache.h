#pragma once

#include "address.h"
#include "country.h"

#include <optional>

class DraftStore;

// Each country's rules as a server last gave them (the whole Country carrier and the address
// layout without values), kept per connection in the draft store so a country can be changed
// offline in the right layout.
class CountryLayoutCache
{
public:
    struct Rules
    {
        Country country;
        Address layout; // blank
    };

    // server: ConnectionProfile::credentialKey. Without a store nothing is kept or found.
    CountryLayoutCache(DraftStore *store, const QString &server);

    // Remembers the country and the layout of a company the server sent (opened, saved or
    // changed to another country); a company without a country or an address adds nothing.
    void remember(const QJsonObject &company) const;
    std::optional<Rules> rules(int countryId) const;

private:
    DraftStore *m_store;
    QString m_server;
};
